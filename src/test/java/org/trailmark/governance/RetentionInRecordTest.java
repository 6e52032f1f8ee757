package org.trailmark.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.trailmark.model.SessionLog;
import org.trailmark.store.Backend;
import org.trailmark.store.LegalHold;
import org.trailmark.store.RetentionRule;
import org.trailmark.store.SyntheticSessions;
import org.trailmark.store.Workspace;

/** Retention rules and the legal holds in force, as the record of processing reads them through the repositories. */
class RetentionInRecordTest {
    // the rules and holds are written through their repositories (schema step 11), read by the record
    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.trailmark.store.Backend#both")
    void rulesAndOpenHoldsAreReadFromTheirTables(Backend backend) {
        try (Workspace ws = backend.open(dir)) {
            addTrainingSession(ws, "s1", "subj-a");
            addTrainingSession(ws, "s2", "subj-b");
            ws.retention().set("training", 90, true, "ada");
            ws.retention().set("research", 30, false, "ada");
            long first = ws.holds().placeOnSession("s1", "case 2026-14", "ada").id();
            ws.holds().placeOnSubject("subj-b", "audit request", "ada");
            ws.holds().release(ws.holds().placeOnSession("s2", "closed case", "ada").id(), "ada");

            ProcessingRecord record = ProcessingRecords.of(ws, NOW);

            PurposeRecord training = record.purposes().get(0);
            assertThat(training.title()).isEqualTo("training");
            assertThat(training.retention()).hasValueSatisfying(r -> {
                assertThat(r.days()).isEqualTo(90);
                assertThat(r.keepWhileCited()).isTrue();
                assertThat(r.setBy()).isEqualTo("ada");
            });
            assertThat(training.openHolds()).as("s1's and subj-b's; the released one is not in force").isEqualTo(2);
            assertThat(record.retention().openHolds()).extracting(LegalHold::reason)
                    .containsExactly("case 2026-14", "audit request");
            assertThat(record.retention().rules()).extracting(RetentionRule::purpose)
                    .containsExactly("research", "training");
            assertThat(ProcessingRecordText.write(record))
                    .contains("Retention: erased 90 days after capture, kept while a dataset cites it")
                    .contains("Hold " + first + " on session s1: placed ").contains(" by ada: case 2026-14")
                    .contains("on subject subj-b")
                    .doesNotContain("closed case");
            JsonNode json = ProcessingRecordJson.tree(record);
            assertThat(json.path("retention").path("recorded").asBoolean()).isTrue();
            assertThat(json.path("legal_holds").path("open").size()).isEqualTo(2);
            assertThat(json.path("purposes").get(0).path("retention").path("days").asInt()).isEqualTo(90);
        }
    }

    private static void addTrainingSession(Workspace ws, String id, String subject) {
        SessionLog log = SyntheticSessions.r1Like(200, id.hashCode());
        ws.sessions().add(SyntheticSessions.info(id, subject), log, null, "importer");
    }
}
