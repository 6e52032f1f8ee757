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
import org.trailmark.store.RetentionFixture;
import org.trailmark.store.RetentionTables;
import org.trailmark.store.SyntheticSessions;
import org.trailmark.store.Workspace;

/** Retention rules and legal holds: read when the workspace has their tables, "none recorded" when it has not. */
class RetentionInRecordTest {
    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.trailmark.store.Backend#both")
    void aWorkspaceWithoutTheTablesSaysNothingIsRecorded(Backend backend) {
        try (Workspace ws = backend.open(dir)) {
            addTrainingSession(ws, "s1", "subj-a");

            ProcessingRecord record = ProcessingRecords.of(ws, NOW);

            assertThat(record.retention()).isEqualTo(RetentionTables.Retention.NOTHING);
            assertThat(record.purposes().get(0).retention()).isEmpty();
            assertThat(ProcessingRecordText.write(record))
                    .contains("Retention: " + RecordSections.NO_RETENTION, "Legal holds in force: no holds")
                    .contains("Retention rules\n  " + RecordSections.NO_RETENTION);
            JsonNode json = ProcessingRecordJson.tree(record);
            assertThat(json.path("retention").path("recorded").asBoolean()).isFalse();
            assertThat(json.path("legal_holds").path("recorded").asBoolean()).isFalse();
            assertThat(json.path("purposes").get(0).path("retention").isNull()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("org.trailmark.store.Backend#both")
    void rulesAndOpenHoldsAreReadFromTheirTables(Backend backend) {
        try (Workspace ws = backend.open(dir)) {
            addTrainingSession(ws, "s1", "subj-a");
            addTrainingSession(ws, "s2", "subj-b");
            RetentionFixture.createTables(ws);
            RetentionFixture.rule(ws, "training", 90, true, "ada", "2026-11-30T10:00:00Z");
            RetentionFixture.rule(ws, "research", 30, false, "ada", "2026-11-30T10:00:00Z");
            RetentionFixture.hold(ws, "s1", null, "case 2026-14", "ada", "2026-12-01T09:00:00Z", null);
            RetentionFixture.hold(ws, null, "subj-b", "audit request", "ada", "2026-12-02T09:00:00Z", null);
            RetentionFixture.hold(ws, "s2", null, "closed case", "ada", "2026-11-01T09:00:00Z",
                    "2026-11-20T09:00:00Z");

            ProcessingRecord record = ProcessingRecords.of(ws, NOW);

            PurposeRecord training = record.purposes().get(0);
            assertThat(training.title()).isEqualTo("training");
            assertThat(training.retention()).hasValueSatisfying(r -> {
                assertThat(r.days()).isEqualTo(90);
                assertThat(r.keepWhileCited()).isTrue();
                assertThat(r.setAt()).isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));
            });
            assertThat(training.openHolds()).as("s1's and subj-b's; the released one is not in force").isEqualTo(2);
            assertThat(record.retention().openHolds()).extracting(RetentionTables.Hold::reason)
                    .containsExactly("case 2026-14", "audit request");
            assertThat(record.retention().rules()).extracting(RetentionTables.Rule::purpose)
                    .containsExactly("research", "training");
            assertThat(ProcessingRecordText.write(record))
                    .contains("Retention: erased 90 days after capture, kept while a dataset cites it")
                    .contains("Hold 1 on session s1: placed 2026-12-01 by ada: case 2026-14")
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
