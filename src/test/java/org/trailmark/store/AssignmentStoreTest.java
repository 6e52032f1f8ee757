package org.trailmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentRecord;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionReview;
import org.trailmark.model.Task;

/** Assignments, claims and "next session for me" on a real workspace file. */
class AssignmentStoreTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("ws.trailmark");
    }

    /** Sessions s-1, s-2, … captured a minute apart (s-1 oldest), each recording subject-N. */
    private Workspace workspace(int sessions) {
        Workspace w = Workspace.open(file());
        for (int i = 1; i <= sessions; i++) {
            SessionInfo base = SyntheticSessions.info("s-" + i, "subject-" + i);
            SessionInfo info = new SessionInfo(base.id(), base.subject(), base.sourceFormat(),
                    base.start().plusMinutes(i), base.screens(), base.captureTool(), base.captureToolVersion(),
                    base.consent(), null);
            w.sessions().add(info, SyntheticSessions.r1Like(50, i), null, "t");
        }
        return w;
    }

    private void sql(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    @Test
    void twoLabelersAssignedToOneSessionAreBothItsLabelersAndTheAuditSaysWhoNotWhat() {
        try (Workspace w = workspace(1)) {
            assertThat(w.assignments().assign("s-1", List.of("ana", "ben", "ana"), "cora")).containsExactly("ana", "ben");

            assertThat(w.assignments().ofSession("s-1")).extracting(Assignment::labeler).containsExactly("ana", "ben");
            assertThat(w.assignments().ofSession("s-1")).allSatisfy(a -> {
                assertThat(a.assignedBy()).isEqualTo("cora");
                assertThat(a.claimedUntil()).isNull();
                assertThat(a.submittedAt()).isNull();
                assertThat(a.taken()).isFalse();
            });
            AuditEntry entry = w.audit().entries("s-1").get(w.audit().entries("s-1").size() - 1);
            assertThat(entry.action()).isEqualTo(AuditActions.ASSIGN);
            assertThat(entry.actor()).isEqualTo("cora");
            assertThat(entry.detail()).isEqualTo("to ana, ben");
        }
    }

    @Test
    void assigningAgainChangesNothingAndIsNotAudited() {
        try (Workspace w = workspace(1)) {
            w.assignments().assign("s-1", List.of("ana"), "cora");
            int before = w.audit().entries(null).size();

            assertThat(w.assignments().assign("s-1", List.of("ana"), "dan")).isEmpty();
            assertThat(w.assignments().ofSession("s-1").get(0).assignedBy()).isEqualTo("cora");
            assertThat(w.audit().entries(null)).hasSize(before);
        }
    }

    @Test
    void unassignTakesTheNamedLabelersOrEveryone() {
        try (Workspace w = workspace(1)) {
            w.assignments().assign("s-1", List.of("ana", "ben", "cy"), "cora");

            assertThat(w.assignments().unassign("s-1", List.of("ben", "zed"), "cora")).containsExactly("ben");
            assertThat(w.assignments().ofSession("s-1")).extracting(Assignment::labeler).containsExactly("ana", "cy");
            assertThat(w.audit().entries("s-1")).last().extracting(AuditEntry::detail).isEqualTo("from ben");

            assertThat(w.assignments().unassign("s-1", List.of(), "cora")).containsExactlyInAnyOrder("ana", "cy");
            assertThat(w.assignments().ofSession("s-1")).isEmpty();
        }
    }

    @Test
    void anUnknownSessionOrABadUserNameIsRefusedAndWritesNothing() {
        try (Workspace w = workspace(1)) {
            assertThatThrownBy(() -> w.assignments().assign("nope", List.of("ana"), "cora"))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining("no session nope");
            assertThatThrownBy(() -> w.assignments().assign("s-1", List.of("ana; drop"), "cora"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a user name is");
            assertThat(w.assignments().all()).isEmpty();
        }
    }

    @Test
    void deletingASessionTakesItsAssignmentsAlong() throws SQLException {
        try (Workspace w = workspace(2)) {
            w.assignments().assign("s-1", List.of("ana"), "cora");
            w.assignments().assign("s-2", List.of("ben"), "cora");
        }
        sql("DELETE FROM sessions WHERE id = 's-1'");
        try (Workspace w = Workspace.open(file())) {
            assertThat(w.assignments().all()).extracting(Assignment::sessionId).containsExactly("s-2");
        }
    }

    @Test
    void nextGivesMyOwnAssignedWorkBeforeTheOpenQueue() {
        try (Workspace w = workspace(3)) {
            w.assignments().assign("s-3", List.of("ana"), "cora");

            Claim claim = w.assignments().next("ana").orElseThrow();

            assertThat(claim.session().id()).isEqualTo("s-3");
            assertThat(claim.assigned()).isTrue();
            assertThat(w.assignments().ofSession("s-3").get(0).taken()).isFalse();
        }
    }

    @Test
    void nextTakesTheOldestOpenSessionAndClaimsItForTheClaimTime() {
        try (Workspace w = workspace(3)) {
            Instant before = Instant.now();
            Claim claim = w.assignments().next("ana").orElseThrow();

            assertThat(claim.session().id()).isEqualTo("s-1");
            assertThat(claim.assigned()).isFalse();
            assertThat(claim.until()).isBetween(before.plus(Duration.ofMinutes(30)).minusSeconds(1),
                    Instant.now().plus(Duration.ofMinutes(30)));
            Assignment taken = w.assignments().ofSession("s-1").get(0);
            assertThat(taken.labeler()).isEqualTo("ana");
            assertThat(taken.taken()).isTrue();
            assertThat(w.audit().entries("s-1")).last().satisfies(e -> {
                assertThat(e.action()).isEqualTo(AuditActions.CLAIM);
                assertThat(e.actor()).isEqualTo("ana");
            });
            // asking again gives the same session back: it is still ana's work
            assertThat(w.assignments().next("ana").orElseThrow().session().id()).isEqualTo("s-1");
        }
    }

    @Test
    void aLiveClaimOrSomeoneElsesAssignmentKeepsASessionFromOthers() {
        try (Workspace w = workspace(3)) {
            w.assignments().assign("s-1", List.of("cy"), "cora");
            assertThat(w.assignments().next("ana").orElseThrow().session().id()).isEqualTo("s-2");

            assertThat(w.assignments().next("ben").orElseThrow().session().id()).isEqualTo("s-3");
            assertThat(w.assignments().next("dan")).isEmpty();
        }
    }

    @Test
    void anAbandonedClaimLapsesAndTheNextLabelerTakesTheSessionOver() throws SQLException {
        try (Workspace w = workspace(1)) {
            w.assignments().next("ana").orElseThrow();
        }
        sql("UPDATE assignments SET claimed_until = '2020-01-01T00:00:00.000Z'");
        try (Workspace w = Workspace.open(file())) {
            Claim claim = w.assignments().next("ben").orElseThrow();

            assertThat(claim.session().id()).isEqualTo("s-1");
            // ana's lapsed row goes: the session is not double-labelled by accident
            assertThat(w.assignments().ofSession("s-1")).extracting(Assignment::labeler).containsExactly("ben");
        }
    }

    @Test
    void finishedSessionsAndWithdrawnConsentAreNotHandedOut() {
        try (Workspace w = workspace(3)) {
            SessionReview review = w.review().status("s-1");
            w.review().replaceStatus(review, new SessionReview("s-1", ReviewStatus.APPROVED, "cora", null, null), "cora");
            w.consent().withdraw("subject-2", ConsentPurpose.TRAINING, "subject-2", ConsentRecord.SUBJECT);
            w.assignments().assign("s-2", List.of("ana"), "cora");

            assertThat(w.assignments().next("ana").orElseThrow().session().id()).isEqualTo("s-3");
        }
    }

    @Test
    void anEditRenewsTheEditorsClaimOnly() throws SQLException {
        try (Workspace w = workspace(2)) {
            w.assignments().next("ana").orElseThrow();
            w.assignments().assign("s-2", List.of("ben"), "cora");
        }
        sql("UPDATE assignments SET claimed_until = '2020-01-01T00:00:00.000Z' WHERE labeler = 'ana'");
        try (Workspace w = Workspace.open(file())) {
            w.assignments().renewClaim("s-1", "ana");
            w.assignments().renewClaim("s-2", "ben"); // assigned, never claimed: nothing to renew

            assertThat(w.assignments().ofSession("s-1").get(0).claimLiveAt(Instant.now())).isTrue();
            assertThat(w.assignments().ofSession("s-2").get(0).claimedUntil()).isNull();
        }
    }

    @Test
    void theClaimTimeComesFromTheWorkspaceSetting() {
        try (Workspace w = workspace(1)) {
            w.settings().put(AssignmentRepository.CLAIM_MINUTES_SETTING, "5", "cora");
            assertThat(w.assignments().claimTime()).isEqualTo(Duration.ofMinutes(5));
            Claim claim = w.assignments().next("ana").orElseThrow();
            assertThat(claim.until()).isBefore(Instant.now().plus(Duration.ofMinutes(6)));

            w.settings().put(AssignmentRepository.CLAIM_MINUTES_SETTING, "soon", "cora");
            assertThat(w.assignments().claimTime()).isEqualTo(AssignmentRepository.DEFAULT_CLAIM);
        }
    }

    @Test
    void theLastReviewChangeIsAnEditStatusOrAssignmentNeverAView() {
        try (Workspace w = workspace(2)) {
            assertThat(w.audit().lastReviewChange("s-1")).isEmpty();
            w.review().replaceTasks("s-1", List.of(), List.of(Task.draft("s-1", 0, 10, "x", null, null)),
                    "Split task", "ana");
            long edit = w.audit().lastReviewChange("s-1").orElseThrow().id();
            w.audit().append("ben", AuditActions.VIEW, "s-1", null);
            w.review().replaceTasks("s-2", List.of(), List.of(Task.draft("s-2", 0, 10, "x", null, null)),
                    "Add task", "ben");

            assertThat(w.audit().lastReviewChange("s-1").orElseThrow().id()).isEqualTo(edit);

            w.assignments().assign("s-1", List.of("cy"), "cora");
            assertThat(w.audit().lastReviewChange("s-1").orElseThrow().actor()).isEqualTo("cora");
            w.review().replaceLabels(w.review().labels(), w.review().labels().subList(0, 2), "dan");
            assertThat(w.audit().lastReviewChange("s-1").orElseThrow().actor()).isEqualTo("dan");
        }
    }
}
