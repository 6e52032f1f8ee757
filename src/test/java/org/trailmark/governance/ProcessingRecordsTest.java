package org.trailmark.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.trailmark.model.EventKind;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.MediaKind;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.ScreenMedia;
import org.trailmark.store.Backend;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Workspace;
import org.trailmark.store.WorkspaceException;
import org.trailmark.store.pg.PostgresRoles;
import org.trailmark.store.pg.PostgresTestServer;
import org.trailmark.store.pg.TeamRole;
import org.trailmark.store.pg.TeamWorkspaceInit;

/** The record of processing made from a real workspace, its counts checked against what the test did, on both backends. */
class ProcessingRecordsTest {
    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.trailmark.store.Backend#both")
    void countsWhatTheWorkspaceHoldsAndWhatWasDonePerPurpose(Backend backend) throws Exception {
        try (Workspace ws = backend.open(dir)) {
            GovernanceWorkspace g = new GovernanceWorkspace(ws, dir);
            List<SessionSummary> held = ws.sessions().all();

            ProcessingRecord record = ProcessingRecords.of(ws, NOW);

            assertThat(record.purposes()).extracting(PurposeRecord::title)
                    .containsExactly("capture", "training", "No purpose stated");
            PurposeRecord capture = record.purposes().get(0);
            List<SessionSummary> native5 = held.stream().filter(s -> s.info().consent() != null).toList();
            assertThat(capture.sessions()).isEqualTo(5).isEqualTo(native5.size());
            assertThat(capture.subjects()).isEqualTo(3);
            assertThat(capture.subjectsConsenting()).isEqualTo(3);
            assertThat(capture.subjectsWithdrawn()).isZero();
            assertThat(capture.events()).isEqualTo(native5.stream().mapToLong(SessionSummary::events).sum());
            assertThat(count(capture, DataCategory.KEYSTROKES)).isEqualTo(native5.stream()
                    .mapToLong(s -> s.count(EventKind.KEY_DOWN) + s.count(EventKind.KEY_UP)).sum()).isPositive();
            assertThat(count(capture, DataCategory.CONTEXT_WINDOWS)).isEqualTo(3);
            assertThat(count(capture, DataCategory.CONTEXT_WEB)).isEqualTo(1);
            assertThat(capture.categories()).extracting(CategoryCount::category).doesNotContain(DataCategory.SCREEN_STILLS);
            assertThat(capture.flags()).isEqualTo(Map.of(FlagCategory.PASSWORD, 1L, FlagCategory.PERSONAL_DATA, 1L,
                    FlagCategory.PRIVATE, 1L));
            assertThat(capture.reviews().get(ReviewStatus.APPROVED)).isEqualTo(1);
            assertThat(capture.reviewed()).isEqualTo(1);
            assertThat(capture.erasures().count()).isEqualTo(1);
            assertThat(capture.erasures().subjects()).isEqualTo(1);
            assertThat(capture.withdrawals()).isEqualTo(Activity.NONE);
            assertThat(capture.recipients()).isEmpty();

            PurposeRecord training = record.purposes().get(1);
            assertThat(training.sessions()).isEqualTo(4);
            assertThat(training.subjects()).isEqualTo(2);
            assertThat(training.subjectsConsenting()).as("Ana").isEqualTo(1);
            assertThat(training.subjectsWithdrawn()).as("Ben").isEqualTo(1);
            assertThat(training.withdrawals().count()).isEqualTo(1);
            assertThat(training.withdrawals().subjects()).isEqualTo(1);
            assertThat(training.erasures()).as("Chloe never had training").isEqualTo(Activity.NONE);
            assertThat(training.flags()).isEqualTo(Map.of(FlagCategory.PASSWORD, 1L, FlagCategory.PERSONAL_DATA, 1L));
            assertThat(training.recipients()).hasSize(1);
            Recipient recipient = training.recipients().get(0);
            assertThat(recipient.exportId()).isEqualTo(g.export.exportId());
            assertThat(recipient.exportedBy()).containsExactly("carl");
            assertThat(recipient.sessions()).isEqualTo(g.export.selection().included().size()).isEqualTo(1);
            assertThat(recipient.events()).isEqualTo(ws.sessions().find(g.anaFirst).orElseThrow().events());

            PurposeRecord unstated = record.purposes().get(2);
            assertThat(unstated.purpose()).isEmpty();
            List<ScreenMedia> media = held.stream().filter(s -> s.info().consent() == null)
                    .flatMap(s -> ws.media().ofSession(s.id()).stream()).toList();
            assertThat(unstated.sessions()).isEqualTo(3);
            assertThat(count(unstated, DataCategory.SCREEN_STILLS)).isEqualTo(media.stream()
                    .mapToLong(m -> m.stills().size()).sum()).isPositive();
            assertThat(count(unstated, DataCategory.SCREEN_VIDEO)).isEqualTo(media.stream()
                    .filter(m -> m.kind() == MediaKind.VIDEO).count()).isEqualTo(1);
            assertThat(count(unstated, DataCategory.CLIPBOARD)).isEqualTo(held.stream()
                    .filter(s -> s.info().consent() == null).mapToLong(s -> s.count(EventKind.CLIPBOARD)).sum())
                    .isPositive();
            assertThat(unstated.subjectsConsenting()).isZero();

            assertThat(record.erasures().count()).isEqualTo(1);
            assertThat(record.retention().rules()).isEmpty();
            assertThat(record.retention().openHolds()).isEmpty();
            assertThat(record.header().controllerName()).isEmpty();
            assertThat(record.header().generatedAt()).isEqualTo(NOW);
        }
    }

    @ParameterizedTest
    @MethodSource("org.trailmark.store.Backend#both")
    void theRecordHoldsNoCapturedContent(Backend backend) throws Exception {
        try (Workspace ws = backend.open(dir)) {
            new GovernanceWorkspace(ws, dir);
            ProcessingRecord record = ProcessingRecords.of(ws, NOW);
            String everything = ProcessingRecordJson.write(record) + ProcessingRecordHtml.write(record)
                    + ProcessingRecordText.write(record);

            JsonNode planted = MAPPER.readTree(Path.of("sample-sessions", "planted.json").toFile()).path("planted");
            assertThat(planted.size()).isPositive();
            for (JsonNode p : planted) {
                assertThat(everything).doesNotContain(p.path("value").asText());
            }
            assertThat(everything).doesNotContain(GovernanceWorkspace.TITLE_ADDED, GovernanceWorkspace.URL_ADDED,
                    "Firefox", "Terminal");
        }
    }

    @ParameterizedTest
    @MethodSource("org.trailmark.store.Backend#both")
    void theControllerComesFromTheWorkspaceSettings(Backend backend) {
        try (Workspace ws = backend.open(dir)) {
            assertThat(ProcessingRecordText.write(ProcessingRecords.of(ws, NOW))).contains("Controller: not set");

            ws.settings().put(RecordHeader.CONTROLLER_NAME, "Acme Research Ltd", "dpo");
            ws.settings().put(RecordHeader.CONTROLLER_CONTACT, "dpo@acme.example", "dpo");
            ProcessingRecord record = ProcessingRecords.of(ws, NOW);

            assertThat(record.header().controllerName()).contains("Acme Research Ltd");
            assertThat(record.header().controllerContact()).contains("dpo@acme.example");
            assertThat(record.header().workspace()).isEqualTo(ws.displayName());
            assertThat(record.purposes()).isEmpty();
        }
    }

    @Test
    void aRecordedPersonsAccountOnATeamWorkspaceIsRefusedInWords() throws Exception {
        PostgresTestServer.TestDatabase db = PostgresTestServer.newDatabase();
        TeamWorkspaceInit.run(db.location(PostgresTestServer.OWNER), warning -> { });
        String alice = db.user("alice");
        String lena = db.user("lena");
        try (var c = db.connect(PostgresTestServer.OWNER)) {
            PostgresRoles.grant(c, null, alice, TeamRole.SUBJECT, "subj-alice", "it");
            PostgresRoles.grant(c, null, lena, TeamRole.CURATOR, null, "it");
        }
        try (Workspace asSubject = Workspace.openTeam(db.location(alice), dir.resolve("a"))) {
            assertThatThrownBy(() -> ProcessingRecords.of(asSubject, NOW)).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("recorded person's account").hasMessageContaining(alice)
                    .hasMessageContaining("ask a curator or an admin");
        }
        try (Workspace asCurator = Workspace.openTeam(db.location(lena), dir.resolve("l"))) {
            assertThat(ProcessingRecords.of(asCurator, NOW).header().workspace()).contains(db.name());
        }
        String stranger = db.createLogin("stranger");
        try (Workspace asStranger = Workspace.openTeam(db.location(stranger), dir.resolve("s"))) {
            assertThatThrownBy(() -> ProcessingRecords.of(asStranger, NOW)).hasMessageContaining("is none");
        } catch (WorkspaceException refusedAtTheDoor) {
            // a non-member may already be refused when opening; either way no record is made
            assertThat(refusedAtTheDoor.getMessage()).isNotBlank();
        }
    }

    private static long count(PurposeRecord p, DataCategory category) {
        Optional<CategoryCount> c = p.categories().stream().filter(x -> x.category() == category).findFirst();
        return c.map(CategoryCount::count).orElse(0L);
    }
}
