package org.trailmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FlagSource;
import org.trailmark.model.FlagStatus;
import org.trailmark.model.Task;

/** Independent versions of a session's labels: isolation, blind until submitted, submission, adjudication. */
class VersionStoreTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("ws.trailmark");
    }

    private Workspace doubleLabelled() {
        Workspace w = Workspace.open(file());
        w.sessions().add(SyntheticSessions.info("s-1", "subject-0"), SyntheticSessions.r1Like(500, 1), null, "t");
        AssignmentsFixture.assign(file(), "s-1", "ana", "bo");
        return w;
    }

    private static Task task(int start, int end, String instruction) {
        return Task.draft("s-1", start, end, instruction, null, null);
    }

    private static Flag manualFlag(int start, int end) {
        return new Flag(0, "s-1", start, end, FlagCategory.PERSONAL_DATA, null, FlagSource.MANUAL, null, null,
                FlagStatus.CONFIRMED);
    }

    @Test
    void eachVersionHoldsOnlyItsOwnRowsAndTheGoldSetHoldsNone() {
        try (Workspace w = doubleLabelled()) {
            w.currentUser().actAs("ana");
            Task anas = w.review().replaceTasks("s-1", "ana", List.of(), List.of(task(0, 100, "a")), "add task", "ana")
                    .get(0);
            Flag anasFlag = w.flags().replace("s-1", "ana", List.of(), List.of(manualFlag(5, 9)), "add flag", "ana")
                    .get(0);
            w.currentUser().actAs("bo");
            w.review().replaceTasks("s-1", "bo", List.of(), List.of(task(50, 150, "b")), "add task", "bo");

            assertThat(w.review().tasks("s-1")).isEmpty();
            assertThat(w.flags().ofSession("s-1")).isEmpty();
            assertThat(w.review().task(anas.id())).isEmpty();
            assertThat(w.flags().find(anasFlag.id())).isEmpty();
            assertThat(w.review().tasks("s-1", "bo")).extracting(Task::instruction).containsExactly("b");
            w.currentUser().actAs("ana");
            assertThat(w.review().tasks("s-1", "ana")).containsExactly(anas);
            assertThat(w.flags().ofVersion("s-1", "ana")).containsExactly(anasFlag);
        }
    }

    @Test
    void anotherLabelersVersionStaysHiddenUntilEveryLabelerHasSubmitted() {
        try (Workspace w = doubleLabelled()) {
            w.currentUser().actAs("ana");
            Task anas = w.review().replaceTasks("s-1", "ana", List.of(), List.of(task(0, 100, "a")), "add task", "ana")
                    .get(0);
            w.versions().submit("s-1", "ana");
            w.currentUser().actAs("bo");

            assertThatThrownBy(() -> w.review().tasks("s-1", "ana")).isInstanceOf(VersionAccessException.class)
                    .hasMessageContaining("not yet: bo");
            assertThatThrownBy(() -> w.review().task(anas.id(), "ana")).isInstanceOf(VersionAccessException.class);
            assertThatThrownBy(() -> w.flags().ofVersion("s-1", "ana")).isInstanceOf(VersionAccessException.class);
            w.currentUser().actAs("cy");
            assertThatThrownBy(() -> w.review().tasks("s-1", "ana")).isInstanceOf(VersionAccessException.class);

            w.currentUser().actAs("bo");
            w.versions().submit("s-1", "bo");
            assertThat(w.review().tasks("s-1", "ana")).containsExactly(anas);
            w.currentUser().actAs("cy");
            assertThat(w.review().tasks("s-1", "ana")).containsExactly(anas);
        }
    }

    @Test
    void aVersionIsWrittenOnlyByItsLabelerAndOnlyBeforeTheySubmit() {
        try (Workspace w = doubleLabelled()) {
            w.currentUser().actAs("bo");
            assertThatThrownBy(() -> w.review().replaceTasks("s-1", "ana", List.of(), List.of(task(0, 100, "x")),
                    "add task", "bo")).isInstanceOf(VersionAccessException.class).hasMessageContaining("only ana");
            w.currentUser().actAs("cy");
            assertThatThrownBy(() -> w.flags().replace("s-1", "cy", List.of(), List.of(manualFlag(0, 10)), "add flag",
                    "cy")).isInstanceOf(VersionAccessException.class).hasMessageContaining("not assigned");

            w.currentUser().actAs("ana");
            Task anas = w.review().replaceTasks("s-1", "ana", List.of(), List.of(task(0, 100, "a")), "add task", "ana")
                    .get(0);
            w.versions().submit("s-1", "ana");
            assertThatThrownBy(() -> w.review().replaceTasks("s-1", "ana", List.of(anas), List.of(), "delete task",
                    "ana")).isInstanceOf(VersionAccessException.class).hasMessageContaining("read-only");
            assertThat(w.review().tasks("s-1", "ana")).containsExactly(anas);
        }
    }

    @Test
    void submittingIsAuditedOnceAndCannotBeRepeated() {
        try (Workspace w = doubleLabelled()) {
            w.currentUser().actAs("ana");
            w.review().replaceTasks("s-1", "ana", List.of(), List.of(task(0, 100, "secret words")), "add task", "ana");

            w.versions().submit("s-1", "ana");

            assertThat(w.versions().labelers("s-1")).extracting(LabelerVersionState::labeler, LabelerVersionState::submitted)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("ana", true),
                            org.assertj.core.groups.Tuple.tuple("bo", false));
            assertThat(w.versions().allSubmitted("s-1")).isFalse();
            AuditEntry entry = w.audit().entries("s-1").get(w.audit().entries("s-1").size() - 1);
            assertThat(entry.action()).isEqualTo(AuditActions.SUBMIT);
            assertThat(entry.detail()).isEqualTo("version of ana submitted: 1 task, 0 flags")
                    .doesNotContain("secret");
            assertThatThrownBy(() -> w.versions().submit("s-1", "ana")).isInstanceOf(VersionAccessException.class);
            w.currentUser().actAs("cy");
            assertThatThrownBy(() -> w.versions().submit("s-1", "cy")).isInstanceOf(VersionAccessException.class);
        }
    }

    @Test
    void aWorkspaceWithoutAssignmentsHasNoDoubleLabelledSession() {
        try (Workspace w = Workspace.open(file())) {
            w.sessions().add(SyntheticSessions.info("s-1", "subject-0"), SyntheticSessions.r1Like(500, 1), null, "t");
            assertThat(w.versions().labelers("s-1")).isEmpty();
            assertThat(w.versions().doubleLabelledSessions()).isEmpty();
        }
        AssignmentsFixture.assign(file(), "s-1", "ana", "bo");
        try (Workspace w = Workspace.open(file())) {
            assertThat(w.versions().doubleLabelledSessions()).containsExactly("s-1");
        }
    }

    @Test
    void anAdjudicationWritesTasksAndFlagsTogetherOrNothing() {
        try (Workspace w = doubleLabelled()) {
            Flag gold = w.flags().replace("s-1", List.of(), List.of(manualFlag(0, 10)), "add flag", "rev").get(0);
            w.flags().replace("s-1", List.of(gold), List.of(gold.withSpan(0, 20)), "edit flag", "rev");
            int auditRows = w.audit().entries(null).size();

            // The caller saw the flag before its edit: the whole decision is refused, the task too.
            assertThatThrownBy(() -> w.versions().adjudicate("s-1", new TasksAndFlags(List.of(), List.of(gold)),
                    new TasksAndFlags(List.of(task(0, 100, "t")), List.of()), "took all of ana's version", "rev"))
                    .isInstanceOf(StaleEditException.class);
            assertThat(w.review().tasks("s-1")).isEmpty();
            assertThat(w.audit().entries(null)).hasSize(auditRows);

            TasksAndFlags stored = w.versions().adjudicate("s-1", TasksAndFlags.NONE,
                    new TasksAndFlags(List.of(task(0, 100, "t")), List.of(manualFlag(30, 40))),
                    "adjudicated: took all of ana's version", "rev");
            assertThat(w.review().tasks("s-1")).isEqualTo(stored.tasks());
            AuditEntry entry = w.audit().entries("s-1").get(w.audit().entries("s-1").size() - 1);
            assertThat(entry.action()).isEqualTo(AuditActions.ADJUDICATE);
            assertThat(entry.detail()).startsWith("adjudicated: took all of ana's version: task ")
                    .contains("; flag ").doesNotContain("\"t\"");
        }
    }

    @Test
    void stepTenMakesExistingRowsGoldAndRunsAgainSafely() throws Exception {
        try (Workspace w = Workspace.open(file())) {
            w.sessions().add(SyntheticSessions.info("s-1", "subject-0"), SyntheticSessions.r1Like(500, 1), null, "t");
            w.review().replaceTasks("s-1", List.of(), List.of(task(0, 100, "old")), "add task", "ann");
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file()); var s = c.createStatement()) {
            s.execute("PRAGMA user_version = 8");
        }
        try (Workspace w = Workspace.open(file())) {
            assertThat(w.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(w.review().tasks("s-1")).extracting(Task::instruction).containsExactly("old");
        }
    }
}
