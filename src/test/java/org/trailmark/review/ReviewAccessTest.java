package org.trailmark.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.AccessAction;
import org.trailmark.model.AccessPurpose;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.SessionAccess;
import org.trailmark.model.Task;
import org.trailmark.model.TaskOutcome;
import org.trailmark.store.SyntheticSessions;
import org.trailmark.store.Workspace;

/** The review service records each kind of access once, where it happens, for the review purpose. */
class ReviewAccessTest {
    @TempDir
    Path dir;

    private Workspace ws;
    private ReviewService rev;

    @BeforeEach
    void aSession() {
        ws = Workspace.open(dir.resolve("w.trailmark"));
        ws.sessions().add(SyntheticSessions.info("s-1", "ana"), SyntheticSessions.r1Like(200, 3), "x", "test");
        rev = new ReviewService(ws, "rev");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void openingRevealingLabellingFlaggingAndExportingLabelsAreEachRecorded() throws Exception {
        rev.recordView("s-1");
        Task task = rev.addTask(Task.draft("s-1", 0, 500, "Open the mail", null, TaskOutcome.SUCCESS));
        rev.editTask(task.withInstruction("Open the inbox"));
        Flag flag = rev.addFlag(Flag.manual("s-1", 100, 200, FlagCategory.PASSWORD, null));
        rev.revealFlag(flag.id());
        new LabelsExchange(rev).write("s-1", dir.resolve("labels.json"));

        ws.access().flush();
        List<SessionAccess> rows = ws.access().ofSession("s-1");

        assertThat(rows).extracting(SessionAccess::action).containsExactlyInAnyOrder(AccessAction.OPEN,
                AccessAction.LABEL, AccessAction.FLAG, AccessAction.REVEAL, AccessAction.EXPORT);
        assertThat(rows).filteredOn(r -> r.action() == AccessAction.LABEL).singleElement()
                .satisfies(r -> assertThat(r.count()).isEqualTo(2));
        assertThat(rows).filteredOn(r -> r.action() != AccessAction.EXPORT).extracting(SessionAccess::purpose)
                .containsOnly(AccessPurpose.REVIEW);
        assertThat(rows).filteredOn(r -> r.action() == AccessAction.EXPORT).extracting(SessionAccess::purpose)
                .containsExactly(AccessPurpose.EXPORT);
        assertThat(rows).extracting(SessionAccess::user).containsOnly(ws.currentUser().name());
    }

    @Test
    void anUndoneEditIsStillAnAccessButReadingTasksIsNot() {
        rev.addTask(Task.draft("s-1", 0, 500, "Open the mail", null, TaskOutcome.SUCCESS));
        rev.undo();
        rev.tasks("s-1");
        rev.flags("s-1");

        ws.access().flush();

        assertThat(ws.access().ofSession("s-1")).extracting(SessionAccess::action).containsExactly(AccessAction.LABEL);
    }
}
