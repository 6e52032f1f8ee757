package org.trailmark.review.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trailmark.model.FlagCategory.PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class AgreementJsonTest {
    private static final String[] FIGURE_KEYS = {"cohen_kappa", "fleiss_kappa", "krippendorff_alpha",
            "boundary_f1_0_5s", "boundary_f1_2s", "flag_iou", "outcome_agreement"};

    @Test
    void aSessionReportHasTheAgreedKeysOverallPerPairAndPerLabeler() throws Exception {
        AgreementReport report = AgreementPool.session(Versions.session(3_000,
                Versions.by("bob").task(0, 1_000, "A").flag(0, 500, PASSWORD),
                Versions.by("alice").task(0, 2_500, "B").flag(250, 500, PASSWORD)), 1_000);

        JsonNode json = new ObjectMapper().readTree(AgreementJson.of(report).toString());

        assertThat(json.get("session_id").asText()).isEqualTo(Versions.SESSION);
        assertThat(json.get("slice_ms").asInt()).isEqualTo(1_000);
        assertThat(json.get("labelers")).extracting(JsonNode::asText).containsExactly("alice", "bob");
        assertThat(json.has("pairs")).isTrue();
        for (String key : FIGURE_KEYS) {
            assertThat(json.has(key)).as(key).isTrue();
            assertThat(json.get("pairs").get(0).has(key)).as(key).isTrue();
            assertThat(json.get("per_labeler").get(0).has(key)).as(key).isTrue();
        }
        JsonNode pair = json.get("pairs").get(0);
        assertThat(pair.get("labelers")).extracting(JsonNode::asText).containsExactly("alice", "bob");
        assertThat(pair.get("flag_iou").get("password").asDouble()).isEqualTo(0.5);
        assertThat(pair.get("outcome_counts").get("unpaired_by_labeler").get("alice").asInt()).isEqualTo(1);
        assertThat(json.get("per_labeler").get(1).get("labeler").asText()).isEqualTo("bob");
    }

    @Test
    void anUndefinedFigureIsNullWithItsReasonUnderNotesAndNeverNaN() {
        AgreementReport report = AgreementPool.session(
                Versions.session(5_000, Versions.by("alice"), Versions.by("bob")), 1_000);

        String text = AgreementJson.of(report).toString();
        JsonNode json = AgreementJson.of(report);

        assertThat(json.get("cohen_kappa").isNull()).isTrue();
        assertThat(json.get("notes").get("cohen_kappa").asText()).contains("chance agreement is 1");
        assertThat(json.get("notes").has("boundary_f1_0_5s")).isTrue();
        assertThat(json.get("flag_iou").size()).isZero();
        assertThat(text).doesNotContain("NaN").doesNotContain("Infinity");
    }

    @Test
    void aPooledReportHasNoSessionIdButCountsItsSessions() {
        AgreementPool pool = new AgreementPool(2_000);
        pool.add(Versions.session("s1", 4_000, Versions.by("alice").task(0, 1_000, "A"), Versions.by("bob")));
        pool.add(Versions.session("s2", 4_000, Versions.by("alice"), Versions.by("bob").task(0, 1_000, "A")));

        JsonNode json = AgreementJson.of(pool.report());

        assertThat(json.get("session_id").isNull()).isTrue();
        assertThat(json.get("sessions").asInt()).isEqualTo(2);
        assertThat(json.get("slice_ms").asInt()).isEqualTo(2_000);
        assertThat(json.get("slices").asInt()).isEqualTo(4);
    }
}
