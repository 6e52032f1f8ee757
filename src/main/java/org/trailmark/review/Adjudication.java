package org.trailmark.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.trailmark.model.AccessAction;
import org.trailmark.model.AccessPurpose;
import org.trailmark.model.Flag;
import org.trailmark.model.Task;
import org.trailmark.store.LabelerVersionState;
import org.trailmark.store.TasksAndFlags;
import org.trailmark.store.Workspace;

/**
 * Merging the submitted versions of a double-labelled session into its gold set, one decision at a
 * time: take a labeler's task or flag, take a labeler's whole version, drop a gold task. Each decision
 * is one {@link Command} on the reviewer's {@link CommandStack} (so Ctrl+Z undoes it), stored in one
 * commit and audited as "adjudicated: took task 12 from ana".
 */
public final class Adjudication {
    private final ReviewService review;
    private final Workspace workspace;

    public Adjudication(ReviewService review) {
        this.review = Objects.requireNonNull(review, "review");
        this.workspace = review.workspace();
    }

    /** Every labeler's submitted version by labeler name; refused until all have submitted. */
    public Map<String, TasksAndFlags> versions(String sessionId) {
        List<LabelerVersionState> labelers = requireAllSubmitted(sessionId);
        Map<String, TasksAndFlags> versions = new LinkedHashMap<>();
        for (LabelerVersionState labeler : labelers) {
            versions.put(labeler.labeler(), new TasksAndFlags(workspace.review().tasks(sessionId, labeler.labeler()),
                    workspace.flags().ofVersion(sessionId, labeler.labeler())));
        }
        workspace.access().record(sessionId, AccessAction.OPEN, AccessPurpose.ADJUDICATION);
        return versions;
    }

    /** The gold set as it is now. */
    public TasksAndFlags gold(String sessionId) {
        review.requireSession(sessionId);
        return new TasksAndFlags(workspace.review().tasks(sessionId), workspace.flags().ofSession(sessionId));
    }

    /** Copies one of {@code labeler}'s tasks into the gold set. */
    public Task takeTask(String sessionId, String labeler, long taskId) {
        requireLabeler(sessionId, labeler);
        Task theirs = workspace.review().task(taskId, labeler).filter(t -> t.sessionId().equals(sessionId))
                .orElseThrow(() -> new ReviewException(labeler + "'s version of session " + sessionId
                        + " has no task " + taskId));
        return run(sessionId, "Take task", "adjudicated: took task " + taskId + " from " + labeler, TasksAndFlags.NONE,
                new TasksAndFlags(List.of(theirs.withId(0)), List.of())).tasks().get(0);
    }

    /** Copies one of {@code labeler}'s flags into the gold set. */
    public Flag takeFlag(String sessionId, String labeler, long flagId) {
        requireLabeler(sessionId, labeler);
        Flag theirs = workspace.flags().find(flagId, labeler).filter(f -> f.sessionId().equals(sessionId))
                .orElseThrow(() -> new ReviewException(labeler + "'s version of session " + sessionId
                        + " has no flag " + flagId));
        return run(sessionId, "Take flag", "adjudicated: took flag " + flagId + " from " + labeler, TasksAndFlags.NONE,
                new TasksAndFlags(List.of(), List.of(theirs.withId(0)))).flags().get(0);
    }

    /**
     * Makes {@code labeler}'s version the gold tasks (the gold tasks there were go) and adds their flags
     * to the gold flags (detector findings and private marks stay).
     */
    public TasksAndFlags takeAll(String sessionId, String labeler) {
        requireLabeler(sessionId, labeler);
        List<Task> goldTasks = workspace.review().tasks(sessionId);
        List<Task> theirTasks = workspace.review().tasks(sessionId, labeler).stream().map(t -> t.withId(0)).toList();
        List<Flag> theirFlags = workspace.flags().ofVersion(sessionId, labeler).stream().map(f -> f.withId(0)).toList();
        return run(sessionId, "Take all", "adjudicated: took all of " + labeler + "'s version",
                new TasksAndFlags(goldTasks, List.of()), new TasksAndFlags(theirTasks, theirFlags));
    }

    /** Removes a task from the gold set. */
    public void dropGoldTask(String sessionId, long taskId) {
        review.requireSession(sessionId);
        Task gold = workspace.review().task(taskId).filter(t -> t.sessionId().equals(sessionId))
                .orElseThrow(() -> new ReviewException("the gold set of session " + sessionId + " has no task " + taskId));
        run(sessionId, "Drop gold task", "adjudicated: dropped gold task " + taskId,
                new TasksAndFlags(List.of(gold), List.of()), TasksAndFlags.NONE);
    }

    private TasksAndFlags run(String sessionId, String description, String what, TasksAndFlags before,
                              TasksAndFlags after) {
        AdjudicationEdit edit = new AdjudicationEdit(workspace, review.actor(), sessionId, description, what, before,
                after);
        review.history().execute(edit);
        workspace.access().record(sessionId, AccessAction.LABEL, AccessPurpose.ADJUDICATION);
        return edit.result();
    }

    private void requireLabeler(String sessionId, String labeler) {
        if (requireAllSubmitted(sessionId).stream().noneMatch(l -> l.labeler().equals(labeler))) {
            throw new ReviewException(labeler + " is not a labeler of session " + sessionId);
        }
    }

    private List<LabelerVersionState> requireAllSubmitted(String sessionId) {
        review.requireSession(sessionId);
        List<LabelerVersionState> labelers = workspace.versions().labelers(sessionId);
        if (labelers.size() < 2) {
            throw new ReviewException("session " + sessionId + " is not double-labelled: there is nothing to adjudicate");
        }
        List<String> waiting = labelers.stream().filter(l -> !l.submitted()).map(LabelerVersionState::labeler).toList();
        if (!waiting.isEmpty()) {
            throw new ReviewException("session " + sessionId + " can be adjudicated once every labeler has submitted"
                    + " (not yet: " + String.join(", ", waiting) + ")");
        }
        return labelers;
    }
}
