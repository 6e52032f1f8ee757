package org.trailmark.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.AccessAction;
import org.trailmark.model.AccessPurpose;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentRecord;
import org.trailmark.model.Flag;
import org.trailmark.review.LabelsExchange;
import org.trailmark.review.ReviewService;
import org.trailmark.store.ConsentReceipt;
import org.trailmark.store.Workspace;

/** "Who has seen your sessions" and consent receipts, as the recorded person gets them. */
class SubjectAccessTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Workspace ws;
    private SubjectService ana;

    @BeforeEach
    void aReviewerLooksAtAnasSessionAndBensAndAnaLooksAtHerOwn() throws Exception {
        ws = Workspace.open(dir.resolve("w.trailmark"));
        SubjectFixtures.addSession(ws, "ana-1", "ana");
        SubjectFixtures.addSession(ws, "ben-1", "ben", SubjectFixtures.OTHER_SUBJECTS_TEXT, "2026-03-02T10:00:00Z");
        ws.access().flush();
        ws.currentUser().actAs("vera");
        ReviewService vera = new ReviewService(ws, "Vera");
        vera.recordView("ana-1");
        vera.recordView("ana-1");
        Flag anasFlag = vera.flags("ana-1").get(0);
        vera.revealFlag(anasFlag.id());
        new LabelsExchange(vera).write("ana-1", dir.resolve("labels.json"));
        vera.recordView("ben-1");
        ws.currentUser().actAs("ana-login");
        ws.access().record("ana-1", AccessAction.REPLAY, AccessPurpose.SUBJECT_SELF_ACCESS);
        ws.consent().grant("ana", ConsentPurpose.TRAINING, "acme", "3", "lead", ConsentRecord.CLI);
        ana = new SubjectService(ws, "ana");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void theOverviewSaysWhoLookedWhyWhatTheyDidAndHowOftenAndNothingAboutOthers() {
        List<SeenBy> views = ana.overview().views();

        SeenBy veraForReview = views.stream().filter(v -> v.user().equals("vera")).findFirst().orElseThrow();
        assertThat(veraForReview.role()).isEqualTo("desktop user");
        assertThat(veraForReview.purpose()).isEqualTo(AccessPurpose.REVIEW);
        assertThat(veraForReview.actions()).containsExactlyInAnyOrder(AccessAction.OPEN, AccessAction.REVEAL);
        assertThat(veraForReview.accesses()).isEqualTo(3);
        assertThat(veraForReview.sessions()).isEqualTo(1);
        assertThat(views).anySatisfy(v -> {
            assertThat(v.user()).isEqualTo("vera");
            assertThat(v.purpose()).isEqualTo(AccessPurpose.EXPORT);
            assertThat(v.actions()).containsExactly(AccessAction.EXPORT);
        });
        assertThat(views).anySatisfy(v -> {
            assertThat(v.isSelf()).isTrue();
            assertThat(v.user()).isEqualTo("ana-login");
        });
        assertThat(ws.access().ofSubject("ana")).noneMatch(a -> a.sessionId().equals("ben-1"));
        assertThat(String.join("\n", ana.overview().plainSentences()))
                .contains("people or roles have opened, replayed, labelled or exported your sessions")
                .doesNotContain("vera");
    }

    @Test
    void withNobodyButTheSubjectLookingTheSentenceSaysSo() {
        SubjectService nobody = new SubjectService(ws, "nobody");

        assertThat(nobody.overview().views()).isEmpty();
        assertThat(nobody.overview().plainSentences())
                .contains("Nobody but you has opened, replayed, labelled or exported your sessions here.");
    }

    @Test
    void theArchiveHoldsTheViewsAndTheReceiptsAsIssuedAndIsItselfRecorded() throws Exception {
        Path file = dir.resolve("ana.json");

        ana.writeArchive(file);

        JsonNode archive = JSON.readTree(file.toFile());
        assertThat(archive.path("views")).anySatisfy(v -> {
            assertThat(v.path("user").asText()).isEqualTo("vera");
            assertThat(v.path("action").asText()).isEqualTo("reveal");
            assertThat(v.path("session_id").asText()).isEqualTo("ana-1");
        });
        assertThat(archive.path("views")).noneMatch(v -> v.path("session_id").asText().equals("ben-1"));
        assertThat(archive.path("consent_receipts")).hasSize(1);
        Map<String, Object> receipt = JSON.convertValue(archive.path("consent_receipts").get(0),
                new TypeReference<LinkedHashMap<String, Object>>() { });
        assertThat(ConsentReceipt.verifies(receipt)).isTrue();
        assertThat(receipt).containsEntry("pii_principal_id", "ana");
        assertThat(archive.path("readme").asText()).contains("- views:", "- consent_receipts:");
        assertThat(ana.views()).anySatisfy(v -> {
            assertThat(v.isSelf()).isTrue();
            assertThat(v.actions()).contains(AccessAction.EXPORT);
        });
    }

    @Test
    void aReceiptIsSavedExactlyAsIssuedAndOnlyTheSubjectsOwn() throws Exception {
        ws.consent().grant("ben", ConsentPurpose.TRAINING, null, null, "lead", ConsentRecord.CLI);
        ReceiptLine line = ana.receiptLines().get(0);
        Path file = dir.resolve("receipt.json");

        ana.writeReceipt(line.receiptId(), file);

        Map<String, Object> saved = JSON.readValue(Files.readString(file),
                new TypeReference<LinkedHashMap<String, Object>>() { });
        assertThat(ConsentReceipt.verifies(saved)).isTrue();
        assertThat(line.purpose()).isEqualTo("training");
        assertThat(line.isGrant()).isTrue();
        assertThat(line.method()).isEqualTo("command line");
        String bensReceipt = ws.consent().receipts("ben").get(0).receiptId();
        assertThatThrownBy(() -> ana.writeReceipt(bensReceipt, dir.resolve("ben.json")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.exists(dir.resolve("ben.json"))).isFalse();
    }
}
