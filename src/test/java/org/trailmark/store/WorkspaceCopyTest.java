package org.trailmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.export.ScreenFixtures;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ContextKind;
import org.trailmark.model.ContextSpan;
import org.trailmark.model.Label;

/** `workspace copy`: every table, the secret and the media arrive, and both sides are checked to agree. */
class WorkspaceCopyTest {
    @TempDir
    Path dir;

    @Test
    void aCopyHoldsEverySessionReviewConsentAuditContextSettingTheSecretAndTheMedia() throws Exception {
        Path video = ScreenFixtures.video(dir);
        try (Workspace from = Workspace.open(dir.resolve("from.trailmark"));
             Workspace to = Workspace.open(dir.resolve("to.trailmark"))) {
            fill(from, video);

            WorkspaceCopy.Report report = WorkspaceCopy.copy(from, to);

            assertThat(report.tables()).containsKeys("sessions", "event_chunks", "session_strings", "tasks", "flags",
                    "consent_records", "audit", "secrets", "context_spans", "capture_hosts", "labels", "settings", "retention_rules", "legal_holds");
            assertThat(report.tables().get("sessions").rows()).isEqualTo(2);
            assertThat(report.mediaFiles()).isEqualTo(1);
            assertThat(to.sessions().all()).isEqualTo(from.sessions().all());
            for (SessionSummary s : from.sessions().all()) {
                LogAssertions.assertSameEvents(to.sessions().loadLog(s.id()), from.sessions().loadLog(s.id()));
                assertThat(to.review().tasks(s.id())).isEqualTo(from.review().tasks(s.id()));
                assertThat(to.flags().ofSession(s.id())).isEqualTo(from.flags().ofSession(s.id()));
                assertThat(to.review().status(s.id())).isEqualTo(from.review().status(s.id()));
                assertThat(to.context().ofSession(s.id())).isEqualTo(from.context().ofSession(s.id()));
                assertThat(to.media().ofSession(s.id())).isEqualTo(from.media().ofSession(s.id()));
            }
            assertThat(to.consent().records("ana")).isEqualTo(from.consent().records("ana"));
            assertThat(to.audit().entries(null)).isEqualTo(from.audit().entries(null));
            assertThat(to.review().labels()).isEqualTo(from.review().labels());
            assertThat(to.retention().rules()).isEqualTo(from.retention().rules()).hasSize(1);
            assertThat(to.holds().all()).isEqualTo(from.holds().all()).hasSize(2);
            assertThat(to.settings().get("claim_minutes")).contains("45");
            assertThat(to.settings().pseudonymKey("seed-1")).isEqualTo(from.settings().pseudonymKey("seed-1"));
            String sha = from.media().ofSession("v1").get(0).sha256();
            assertThat(to.media().file(sha)).isPresent()
                    .hasValueSatisfying(p -> assertThat(p).startsWith(to.media().store().folder()));
            assertThat(Files.readAllBytes(to.media().file(sha).orElseThrow()))
                    .isEqualTo(Files.readAllBytes(from.media().file(sha).orElseThrow()));
        }
    }

    @Test
    void aWorkspaceThatHoldsSessionsIsNotCopiedIntoAndKeepsThem() throws Exception {
        try (Workspace from = Workspace.open(dir.resolve("from.trailmark"));
             Workspace to = Workspace.open(dir.resolve("to.trailmark"))) {
            from.sessions().add(SyntheticSessions.info("s1", "ana"), SyntheticSessions.r1Like(100, 1), "x", "test");
            to.sessions().add(SyntheticSessions.info("t1", "bo"), SyntheticSessions.r1Like(100, 2), "x", "test");

            assertThatThrownBy(() -> WorkspaceCopy.copy(from, to)).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("is not empty");
            assertThat(to.sessions().all()).extracting(SessionSummary::id).containsExactly("t1");
        }
    }

    private static void fill(Workspace w, Path video) throws Exception {
        ScreenFixtures.addSession(w, "v1", "ana", video);
        w.sessions().add(SyntheticSessions.info("s2", "host-1a2b3c4d"), SyntheticSessions.r1Like(70_000, 3), "x", "test");
        w.context().add("s2", List.of(new ContextSpan(ContextKind.WINDOW, 0, 500, "Safari", "Inbox", "", "aw.json"),
                new ContextSpan(ContextKind.AFK, 600, 900, "", "", "", "aw.json")), "aw.json", "ann");
        w.consent().withdraw("ana", ConsentPurpose.CAPTURE, "ana", "subject");
        w.settings().put("claim_minutes", "45", "admin");
        List<Label> labels = w.review().labels();
        w.review().replaceLabels(labels, List.of(new Label("browse", "#3366cc", 1)), "admin");
        w.settings().pseudonymKey("seed-1");
        w.retention().set("training", 365, true, "admin");
        w.holds().release(w.holds().placeOnSession("s2", "audit of March", "admin").id(), "admin");
        w.holds().placeOnSubject("ana", "litigation hold", "admin");
    }
}
