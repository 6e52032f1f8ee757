package org.trailmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FlagSource;
import org.trailmark.model.FlagStatus;
import org.trailmark.model.Label;
import org.trailmark.model.Task;

/** The workspace's review tables: compare-and-set edits, detector columns, defaults. */
class ReviewStoreTest {
    @TempDir
    Path dir;

    private Workspace workspace() {
        Workspace w = Workspace.open(dir.resolve("ws.trailmark"));
        w.sessions().add(SyntheticSessions.info("s-1", "subject-0"), SyntheticSessions.r1Like(500, 1), null, "t");
        return w;
    }

    @Test
    void anEditBasedOnAnOutdatedRowWritesNothing() {
        try (Workspace w = workspace()) {
            Task t = w.review().replaceTasks("s-1", List.of(), List.of(Task.draft("s-1", 0, 100, "x", null, null)), "add task",
                    "ann").get(0);
            w.review().replaceTasks("s-1", List.of(t), List.of(t.withSpan(0, 200)), "move task edges", "ann");
            int auditRows = w.audit().entries(null).size();

            assertThatThrownBy(() -> w.review().replaceTasks("s-1", List.of(t), List.of(), "delete task", "bob"))
                    .isInstanceOf(StaleEditException.class);
            assertThat(w.review().tasks("s-1")).containsExactly(t.withSpan(0, 200));
            assertThat(w.audit().entries(null)).hasSize(auditRows);
        }
    }

    @Test
    void aDetectorFlagKeepsItsDetectorAndConfidence() {
        try (Workspace w = workspace()) {
            Flag suggested = new Flag(0, "s-1", 10, 20, FlagCategory.PERSONAL_DATA, null, FlagSource.DETECTOR,
                    "pii.email", 0.93, FlagStatus.SUGGESTED);
            Flag stored = w.flags().replace("s-1", List.of(), List.of(suggested), "add flag", "detector").get(0);

            assertThat(w.flags().find(stored.id())).contains(suggested.withId(stored.id()));
            assertThat(w.audit().entries("s-1")).last().extracting(AuditEntry::detail).asString()
                    .contains("personal_data, detector, suggested");
        }
    }

    @Test
    void aNewWorkspaceHasADefaultLabelSetWithHotkeys() {
        try (Workspace w = workspace()) {
            assertThat(w.review().labels()).isNotEmpty().allMatch(Label::hasHotkey);
            assertThat(w.schemaVersion()).isGreaterThanOrEqualTo(2); // the label set came with step 2
        }
    }

    @Test
    void deletingASessionTakesItsTasksAndFlagsAlong() throws Exception {
        try (Workspace w = workspace()) {
            w.review().replaceTasks("s-1", List.of(), List.of(Task.draft("s-1", 0, 100, "x", null, null)), "add task", "ann");
        }
        // Erasure (issue 7) deletes the session row; its labels must not outlive it.
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("ws.trailmark"));
             var s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("DELETE FROM sessions WHERE id = 's-1'");
            try (var rs = s.executeQuery("SELECT count(*) FROM tasks")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }
}
