package org.trailmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentStatus;
import org.trailmark.model.ContextKind;
import org.trailmark.model.ContextSpan;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.Label;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionReview;
import org.trailmark.model.SubjectIds;
import org.trailmark.model.Task;

/**
 * What every repository promises, run against a SQLite file and a real PostgreSQL server alike
 * (decision 0019): one JDBC implementation must behave the same on both.
 */
class RepositoryContractTest {
    private static final String BOTH = "org.trailmark.store.Backend#both";

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource(BOTH)
    void sessionsComeBackEventForEventListedOldestFirstAndNeverTwice(Backend backend) {
        try (Workspace w = backend.open(dir)) {
            SessionLog big = SyntheticSessions.r1Like(SessionRepository.CHUNK_EVENTS + 17, 1);
            assertThat(w.sessions().add(SyntheticSessions.info("s-1", "ana"), big, "x", "test")).isEqualTo(AddOutcome.ADDED);
            assertThat(w.sessions().add(SyntheticSessions.info("s-1", "ana"), big, "x", "test"))
                    .isEqualTo(AddOutcome.ALREADY_PRESENT);
            w.sessions().add(SyntheticSessions.info("s-2", "bo"), SyntheticSessions.r1Like(40, 2), "x", "test");

            LogAssertions.assertSameEvents(w.sessions().loadLog("s-1"), big);
            assertThat(w.sessions().all()).extracting(SessionSummary::id).containsExactly("s-1", "s-2");
            assertThat(w.sessions().ofSubject("bo")).extracting(SessionSummary::id).containsExactly("s-2");
            assertThat(w.sessions().find("s-1")).get().extracting(SessionSummary::events).isEqualTo((long) big.size());
            assertThat(w.sessions().find("nope")).isEmpty();
            assertThat(w.sessions().contains("s-2")).isTrue();
            assertThat(w.sessions().storedEvents("s-1").eventCount()).isEqualTo(big.size());
            assertThat(w.audit().entries("s-1")).extracting(AuditEntry::action).containsExactly("import");
            assertThatThrownBy(() -> w.sessions().loadLog("nope")).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("no session nope");
        }
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void aStaleEditWritesNothingAndAFreshOneIsAudited(Backend backend) {
        try (Workspace w = backend.open(dir)) {
            w.sessions().add(SyntheticSessions.info("s-1", "ana"), SyntheticSessions.r1Like(500, 1), "x", "test");
            Task t = w.review().replaceTasks("s-1", List.of(), List.of(Task.draft("s-1", 0, 100, "Open mail", null, null)),
                    "add task", "ann").get(0);
            assertThat(t.id()).isPositive();
            w.review().replaceTasks("s-1", List.of(t), List.of(t.withSpan(0, 200)), "move task edges", "ann");
            int audited = w.audit().entries(null).size();

            assertThatThrownBy(() -> w.review().replaceTasks("s-1", List.of(t), List.of(), "delete task", "bob"))
                    .isInstanceOf(StaleEditException.class);
            assertThat(w.review().tasks("s-1")).containsExactly(t.withSpan(0, 200));
            assertThat(w.audit().entries(null)).hasSize(audited);
            assertThat(w.review().task(t.id())).contains(t.withSpan(0, 200));

            Flag f = w.flags().replace("s-1", List.of(), List.of(Flag.manual("s-1", 10, 20, FlagCategory.values()[0], null)),
                    "add flag", "ann").get(0);
            assertThat(w.flags().ofSession("s-1")).containsExactly(f);
            assertThat(w.flags().find(f.id())).contains(f);
            // undo of a delete restores the row under its old id
            w.flags().replace("s-1", List.of(f), List.of(), "delete flag", "ann");
            w.flags().replace("s-1", List.of(), List.of(f), "undo delete flag", "ann");
            assertThat(w.flags().ofSession("s-1")).containsExactly(f);
            Flag next = w.flags().replace("s-1", List.of(f), List.of(f, Flag.manual("s-1", 30, 40, FlagCategory.values()[0],
                    null)), "add flag", "ann").get(1);
            assertThat(next.id()).isGreaterThan(f.id());
        }
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void labelsAndReviewStatusAreComparedThenSet(Backend backend) {
        try (Workspace w = backend.open(dir)) {
            w.sessions().add(SyntheticSessions.info("s-1", "ana"), SyntheticSessions.r1Like(50, 1), "x", "test");
            List<Label> labels = w.review().labels();
            assertThat(labels).isNotEmpty();
            List<Label> one = List.of(new Label("browse", "#3366cc", 1));
            w.review().replaceLabels(labels, one, "ann");
            assertThat(w.review().labels()).isEqualTo(one);
            assertThatThrownBy(() -> w.review().replaceLabels(labels, List.of(), "bob")).isInstanceOf(StaleEditException.class);

            SessionReview before = w.review().status("s-1");
            assertThat(before.status()).isEqualTo(ReviewStatus.NEW);
            assertThat(w.review().nextSession()).get().extracting(SessionSummary::id).isEqualTo("s-1");
            SessionReview after = w.review().replaceStatus(before,
                    new SessionReview("s-1", ReviewStatus.APPROVED, "ann", null, null), "ann");
            assertThat(w.review().status("s-1")).isEqualTo(after);
            assertThat(w.sessions().withStatus(Set.of(ReviewStatus.APPROVED))).extracting(SessionSummary::id)
                    .containsExactly("s-1");
            assertThatThrownBy(() -> w.review().replaceStatus(before, before, "bob")).isInstanceOf(StaleEditException.class);
            assertThat(w.review().nextSession()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void consentIsGrantedWithdrawnAndDecidesTheListing(Backend backend) {
        try (Workspace w = backend.open(dir)) {
            w.sessions().add(SyntheticSessions.info("s-1", "ana"), SyntheticSessions.r1Like(50, 1), "x", "test");
            // the header of the capture granted training
            assertThat(w.consent().state("ana", ConsentPurpose.TRAINING).permits()).isTrue();
            assertThat(w.consent().withdraw("ana", ConsentPurpose.TRAINING, "ana", "subject")).hasSize(1);
            assertThat(w.consent().state("ana", ConsentPurpose.TRAINING).status()).isEqualTo(ConsentStatus.WITHDRAWN);
            assertThat(w.sessions().find("s-1")).get().extracting(SessionSummary::trainingConsent)
                    .isEqualTo(ConsentStatus.WITHDRAWN);
            w.consent().grant("ana", ConsentPurpose.TRAINING, "policy-2", "1", "ana", "subject");
            assertThat(w.consent().state("ana", ConsentPurpose.TRAINING).permits()).isTrue();
            assertThat(w.consent().records("ana")).hasSize(2);
            assertThatThrownBy(() -> w.consent().grant(SubjectIds.unassignedFor("x"), ConsentPurpose.TRAINING, null,
                    null, "ann", "cli")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void subjectsContextAndSettingsRoundTrip(Backend backend) {
        try (Workspace w = backend.open(dir)) {
            String host = "host-1a2b3c4d";
            w.sessions().add(SyntheticSessions.info("s-1", host), SyntheticSessions.r1Like(50, 1), "x", "test");
            assertThat(w.context().captureHosts()).containsExactly(Map.entry("s-1", host));
            List<ContextSpan> spans = List.of(new ContextSpan(ContextKind.WINDOW, 0, 500, "Safari", "Inbox", "", "aw.json"),
                    new ContextSpan(ContextKind.AFK, 600, 900, "", "", "", "aw.json"));
            assertThat(w.context().add("s-1", spans, "aw.json", "ann")).containsEntry(ContextKind.WINDOW, 1);
            assertThat(w.context().add("s-1", spans, "aw.json", "ann")).isEmpty();
            assertThat(w.context().ofSession("s-1")).containsExactlyElementsOf(spans);

            w.sessions().add(SyntheticSessions.info("s-2", SubjectIds.unassignedFor("rec-2")),
                    SyntheticSessions.r1Like(50, 2), "x", "test");
            assertThat(w.subjects().assign("s-2", "ana", false, "ann").outcome())
                    .isEqualTo(SubjectAssignment.Outcome.ASSIGNED);
            assertThat(w.subjects().assign("s-2", "bo", false, "ann").outcome())
                    .isEqualTo(SubjectAssignment.Outcome.ALREADY_ASSIGNED);
            assertThat(w.subjects().assign("s-1", "ana", true, "ann").outcome())
                    .isEqualTo(SubjectAssignment.Outcome.REASSIGNED);
            assertThat(w.sessions().ofSubject("ana")).extracting(SessionSummary::id).containsExactly("s-1", "s-2");
            assertThat(w.context().captureHost("s-1")).contains(host);

            w.settings().put("claim_minutes", "45", "admin");
            assertThat(w.settings().get("claim_minutes")).contains("45");
            w.settings().put("claim_minutes", null, "admin");
            assertThat(w.settings().get("claim_minutes")).isEqualTo(Optional.empty());
            byte[] key = w.settings().pseudonymKey("seed");
            assertThat(w.settings().pseudonymKey("seed")).isEqualTo(key);
            w.settings().rotatePseudonymSecret("admin");
            assertThat(w.settings().pseudonymKey("seed")).isNotEqualTo(key);
        }
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void anErasureLeavesNoRowOfTheSessionAndATombstone(Backend backend) {
        try (Workspace w = backend.open(dir)) {
            w.sessions().add(SyntheticSessions.info("s-1", "ana"), SyntheticSessions.r1Like(2_000, 1), "x", "test");
            w.sessions().add(SyntheticSessions.info("s-2", "bo"), SyntheticSessions.r1Like(50, 2), "x", "test");
            w.review().replaceTasks("s-1", List.of(), List.of(Task.draft("s-1", 0, 100, "x", null, null)), "add task", "ann");

            ErasureResult result = w.erasure().erase(List.of("s-1"), "ann");

            assertThat(result.erasedSessionIds()).containsExactly("s-1");
            assertThat(result.tasks()).isEqualTo(1);
            assertThat(w.sessions().all()).extracting(SessionSummary::id).containsExactly("s-2");
            assertThat(w.review().tasks("s-1")).isEmpty();
            assertThat(w.audit().entries("s-1")).extracting(AuditEntry::action).contains(ErasureResult.AUDIT_ACTION);
            assertThat(w.consent().records("ana")).isNotEmpty();
            assertThatThrownBy(() -> w.erasure().erase(List.of("nope"), "ann")).isInstanceOf(WorkspaceException.class);
            assertThat(w.integrityCheck()).isEqualTo("ok");
        }
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void aCopyToTheOtherBackendAndBackKeepsEverything(Backend backend) throws Exception {
        Backend other = backend == Backend.SQLITE ? Backend.POSTGRESQL : Backend.SQLITE;
        try (Workspace a = backend.open(dir); Workspace b = other.open(dir.resolve("b")); Workspace c = backend.open(dir.resolve("c"))) {
            a.sessions().add(SyntheticSessions.info("s-1", "host-1a2b3c4d"), SyntheticSessions.r1Like(70_000, 1), "x", "t");
            a.context().add("s-1", List.of(new ContextSpan(ContextKind.AFK, 600, 900, "", "", "", "aw.json")), "aw.json", "t");
            a.review().replaceTasks("s-1", List.of(), List.of(Task.draft("s-1", 0, 100, "x", null, null)), "add task", "ann");
            a.settings().pseudonymKey("seed");

            WorkspaceCopy.copy(a, b);
            WorkspaceCopy.Report back = WorkspaceCopy.copy(b, c);

            assertThat(back.tables().get("event_chunks").rows()).isEqualTo(2);
            LogAssertions.assertSameEvents(c.sessions().loadLog("s-1"), a.sessions().loadLog("s-1"));
            assertThat(c.review().tasks("s-1")).isEqualTo(a.review().tasks("s-1"));
            assertThat(c.audit().entries(null)).extracting(AuditEntry::action)
                    .endsWith(a.audit().entries(null).stream().map(AuditEntry::action).toArray(String[]::new));
            assertThat(c.settings().pseudonymKey("seed")).isEqualTo(a.settings().pseudonymKey("seed"));
            Task added = b.review().replaceTasks("s-1", b.review().tasks("s-1"), List.of(b.review().tasks("s-1").get(0),
                    Task.draft("s-1", 200, 300, "y", null, null)), "add task", "ann").get(1);
            assertThat(added.id()).isGreaterThan(a.review().tasks("s-1").get(0).id());
        }
    }
}
