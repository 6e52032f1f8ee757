package org.trailmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Retention rules and legal holds (schema step 11), the same on a SQLite file and on PostgreSQL. */
class GovernanceStoreTest {
    private static final String BOTH = "org.trailmark.store.Backend#both";
    private static final String REASON = "litigation hold, matter 2026-14";

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource(BOTH)
    void aRuleIsSetReplacedAndClearedEachTimeAudited(Backend backend) {
        try (Workspace w = backend.open(dir)) {
            w.retention().set("review", 90, false, "dana");
            w.retention().set("training", 365, true, "dana");
            w.retention().set("review", 30, false, "erik");

            assertThat(w.retention().rules()).extracting(RetentionRule::purpose, RetentionRule::days,
                    RetentionRule::keepWhileCited, RetentionRule::setBy).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("review", 30, false, "erik"),
                    org.assertj.core.groups.Tuple.tuple("training", 365, true, "dana"));
            assertThat(w.retention().clear("review", "erik")).isTrue();
            assertThat(w.retention().clear("review", "erik")).isFalse();
            assertThat(w.retention().rules()).extracting(RetentionRule::purpose).containsExactly("training");
            assertThat(w.retention().mayChange()).isTrue();

            assertThat(w.audit().entries(null)).filteredOn(e -> e.action().startsWith("retention"))
                    .extracting(AuditEntry::action, AuditEntry::detail).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("retention_set",
                                    "retention purpose=review days=90 keep_while_cited=false"),
                            org.assertj.core.groups.Tuple.tuple("retention_set",
                                    "retention purpose=training days=365 keep_while_cited=true"),
                            org.assertj.core.groups.Tuple.tuple("retention_set",
                                    "retention purpose=review days=30 keep_while_cited=false"),
                            org.assertj.core.groups.Tuple.tuple("retention_clear", "retention purpose=review cleared"));
        }
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void malformedRulesAreRefusedBeforeAnythingIsWritten(Backend backend) {
        try (Workspace w = backend.open(dir)) {
            int audited = w.audit().entries(null).size();
            assertThatThrownBy(() -> w.retention().set("Review Data", 90, false, "d"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower-case word");
            assertThatThrownBy(() -> w.retention().set("review", -1, false, "d"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DAYS");
            assertThat(w.retention().rules()).isEmpty();
            assertThat(w.audit().entries(null)).hasSize(audited);
        }
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void holdsArePlacedOnSessionsAndSubjectsAndReleasedOnceAsHistory(Backend backend) {
        try (Workspace w = backend.open(dir)) {
            addSession(w, "s-1", "ana");
            addSession(w, "s-2", "ana");
            addSession(w, "s-3", "bo");

            LegalHold onSession = w.holds().placeOnSession("s-1", "  " + REASON + " ", "dana");
            LegalHold onSubject = w.holds().placeOnSubject("bo", REASON, "dana");

            assertThat(onSession.reason()).isEqualTo(REASON);
            assertThat(onSession.isOpen()).isTrue();
            assertThat(onSubject.id()).isGreaterThan(onSession.id());
            assertThat(w.holds().openOn("s-1")).containsExactly(onSession);
            assertThat(w.holds().openOn("s-2")).isEmpty();
            assertThat(w.holds().openOn("s-3")).containsExactly(onSubject);

            LegalHold released = w.holds().release(onSession.id(), "admin-ada");
            assertThat(released.isOpen()).isFalse();
            assertThat(released.releasedBy()).isEqualTo("admin-ada");
            assertThat(w.holds().openOn("s-1")).isEmpty();
            assertThat(w.holds().all()).extracting(LegalHold::id).containsExactly(onSession.id(), onSubject.id());
            assertThat(w.holds().open()).containsExactly(onSubject);
            assertThatThrownBy(() -> w.holds().release(onSession.id(), "admin-ada"))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining("already released");
            assertThatThrownBy(() -> w.holds().release(999, "admin-ada"))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining("no legal hold 999");

            List<AuditEntry> audit = w.audit().entries(null).stream()
                    .filter(e -> e.action().startsWith("hold_")).toList();
            assertThat(audit).extracting(AuditEntry::action, AuditEntry::sessionId, AuditEntry::detail).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("hold_add", "s-1", "hold " + onSession.id() + " placed on session"),
                    org.assertj.core.groups.Tuple.tuple("hold_add", null,
                            "hold " + onSubject.id() + " placed on subject=bo"),
                    org.assertj.core.groups.Tuple.tuple("hold_release", "s-1",
                            "hold " + onSession.id() + " released from session"));
            assertThat(audit).noneMatch(e -> e.detail().contains("litigation"));
        }
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void aHoldNeedsAReasonAndSomethingThatExists(Backend backend) {
        try (Workspace w = backend.open(dir)) {
            addSession(w, "s-1", "ana");
            assertThatThrownBy(() -> w.holds().placeOnSession("s-1", "  ", "dana"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
            assertThatThrownBy(() -> w.holds().placeOnSession("nope", REASON, "dana"))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining("no session nope");
            assertThatThrownBy(() -> w.holds().placeOnSubject("nobody", REASON, "dana"))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining("no subject nobody");
            assertThat(w.holds().all()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void erasureRefusesAHeldSessionNamingTheHoldNotItsReason(Backend backend) {
        try (Workspace w = backend.open(dir)) {
            addSession(w, "s-1", "ana");
            addSession(w, "s-2", "ana");
            addSession(w, "s-3", "bo");
            LegalHold hold = w.holds().placeOnSubject("ana", REASON, "dana");

            assertThatThrownBy(() -> w.erasure().erase(List.of("s-3", "s-2"), "ana"))
                    .isInstanceOf(SessionHeldException.class)
                    .hasMessageContaining("legal hold " + hold.id())
                    .hasMessageNotContaining("litigation");
            assertThat(w.sessions().all()).extracting(SessionSummary::id).containsExactly("s-1", "s-2", "s-3");

            w.holds().release(hold.id(), "ada");
            w.erasure().erase(List.of("s-2"), "ana");
            assertThat(w.sessions().all()).extracting(SessionSummary::id).containsExactly("s-1", "s-3");
            assertThat(w.holds().all()).as("a released hold stays as history").hasSize(1);
        }
    }

    @Test
    void onSqliteNoHoldIsDeletedAndOnlyItsReleaseChanges() throws Exception {
        Path file = dir.resolve("w.trailmark");
        long id;
        try (Workspace w = Workspace.open(file)) {
            addSession(w, "s-1", "ana");
            id = w.holds().placeOnSession("s-1", REASON, "dana").id();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("DELETE FROM legal_holds")).hasMessageContaining("kept as history");
            assertThatThrownBy(() -> s.execute("UPDATE legal_holds SET reason = 'other'"))
                    .hasMessageContaining("only be released");
            s.execute("UPDATE legal_holds SET released_by = 'x', released_at = '2026-01-01T00:00:00Z'");
            assertThatThrownBy(() -> s.execute("UPDATE legal_holds SET released_at = NULL, released_by = NULL"))
                    .hasMessageContaining("only be released");
        }
        try (Workspace w = Workspace.open(file)) {
            assertThat(w.holds().all()).singleElement().satisfies(h -> {
                assertThat(h.id()).isEqualTo(id);
                assertThat(h.isOpen()).isFalse();
            });
        }
    }

    static void addSession(Workspace w, String id, String subject) {
        w.sessions().add(SyntheticSessions.info(id, subject), SyntheticSessions.r1Like(50, id.hashCode()), "x", "test");
    }
}
