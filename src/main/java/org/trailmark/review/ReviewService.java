package org.trailmark.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.trailmark.model.AccessAction;
import org.trailmark.model.AccessPurpose;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagSource;
import org.trailmark.model.FlagStatus;
import org.trailmark.model.Label;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.ScreenRegion;
import org.trailmark.model.SessionReview;
import org.trailmark.model.Task;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Versions;
import org.trailmark.store.StaleEditException;
import org.trailmark.store.Workspace;

/**
 * What a reviewer can do to a session's labels. Every edit is a {@link Command} run through the
 * {@link CommandStack}, committed to the workspace before the method returns (there is no save)
 * and audited with ids and field names only. Revealing a flag and viewing a session are audited
 * actions, not edits, so they are not undoable.
 *
 * <p>Methods check what the reviewer asked for and say plainly what is wrong
 * ({@link ReviewException}); a change made meanwhile by another window or a script surfaces as
 * {@link org.trailmark.store.StaleEditException} and writes nothing.
 */
public final class ReviewService {
    /** The workspace setting that remembers who reviews, so they are asked once. */
    public static final String REVIEWER_SETTING = "reviewer.name";

    private final Workspace workspace;
    private final String actor;
    private final CommandStack history;

    /** @param actor the reviewer's name, recorded in the audit log and as reviewer of status changes */
    public ReviewService(Workspace workspace, String actor) {
        this(workspace, actor, new CommandStack());
    }

    public ReviewService(Workspace workspace, String actor, CommandStack history) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.actor = requireName(actor);
        this.history = Objects.requireNonNull(history, "history");
    }

    public static Optional<String> rememberedReviewer(Workspace workspace) {
        return workspace.settings().get(REVIEWER_SETTING).filter(name -> !name.isBlank());
    }

    public static void rememberReviewer(Workspace workspace, String name) {
        workspace.settings().put(REVIEWER_SETTING, requireName(name), name);
    }

    public Workspace workspace() {
        return workspace;
    }

    public String actor() {
        return actor;
    }

    public CommandStack history() {
        return history;
    }

    /** Undoes this reviewer's latest edit; refused as {@link #executeOn} says when the session changed since. */
    public Optional<String> undo() {
        return step(history.nextUndo(), history::undo);
    }

    public Optional<String> redo() {
        return step(history.nextRedo(), history::redo);
    }

    private Optional<String> step(Optional<Command> next, java.util.function.Supplier<Optional<String>> step) {
        String sessionId = next.map(Command::sessionId).orElse(null);
        Optional<String> done;
        try {
            done = step.get();
        } catch (StaleEditException refused) {
            throw EditConflict.explain(workspace, sessionId, refused);
        }
        if (done.isPresent() && sessionId != null) {
            workspace.assignments().renewClaim(sessionId, actor);
        }
        return done;
    }

    // ---- reading ----

    /**
     * The tasks this reviewer works on: on a double-labelled session they label, their own version
     * (it starts empty); otherwise the gold set.
     */
    public List<Task> tasks(String sessionId) {
        return VersionView.tasks(workspace, sessionId);
    }

    /**
     * The flags this reviewer sees: the gold flags (detector findings, private marks), and on a
     * double-labelled session they label, their own version's flags too. Only their own are editable.
     */
    public List<Flag> flags(String sessionId) {
        return VersionView.flags(workspace, sessionId);
    }

    /** Whose version of the session this reviewer edits ({@link VersionView#versionOf}). */
    public String versionOf(String sessionId) {
        return VersionView.versionOf(workspace, sessionId);
    }

    /**
     * Submits this reviewer's own version of a double-labelled session: it becomes read-only, and is
     * shown to the others once every labeler has submitted. Not undoable.
     */
    public Instant submitMyVersion(String sessionId) {
        requireSession(sessionId);
        if (Versions.GOLD.equals(versionOf(sessionId))) {
            throw new ReviewException(workspace.currentUser().name() + " is not one of the labelers of session "
                    + sessionId + " (only a double-labelled session's labelers submit their versions)");
        }
        return workspace.versions().submit(sessionId, actor);
    }

    public List<Label> labels() {
        return workspace.review().labels();
    }

    public SessionReview review(String sessionId) {
        return workspace.review().status(sessionId);
    }

    public List<SessionSummary> sessionsWithStatus(Set<ReviewStatus> statuses) {
        return workspace.sessions().withStatus(statuses);
    }

    /** The oldest session still new or in review: "next session to review". */
    public Optional<SessionSummary> nextSessionToReview() {
        return workspace.review().nextSession();
    }

    // ---- tasks ----

    /** Adds a task (its id is ignored); the label, if any, must be in the label set. */
    public Task addTask(Task draft) {
        Objects.requireNonNull(draft, "draft");
        Task task = draft.withId(0);
        requireInsideSession(task.sessionId(), task.startMs(), task.endMs(), "task");
        requireKnownLabel(task.label());
        return runTaskEdit("Add task", task.sessionId(), List.of(), List.of(task)).get(0);
    }

    /** Stores the changed fields of a task (matched by id). */
    public Task editTask(Task changed) {
        Objects.requireNonNull(changed, "changed");
        Task current = currentTask(changed.id());
        if (!current.sessionId().equals(changed.sessionId())) {
            throw new ReviewException("a task cannot move to another session");
        }
        requireInsideSession(changed.sessionId(), changed.startMs(), changed.endMs(), "task");
        if (!Objects.equals(current.label(), changed.label())) {
            requireKnownLabel(changed.label());
        }
        return runTaskEdit("Edit task", current.sessionId(), List.of(current), List.of(changed)).get(0);
    }

    public void deleteTask(long taskId) {
        Task current = currentTask(taskId);
        runTaskEdit("Delete task", current.sessionId(), List.of(current), List.of());
    }

    /** Drags a task's edges to {@code [startMs, endMs)}. */
    public Task moveTaskEdges(long taskId, int startMs, int endMs) {
        Task current = currentTask(taskId);
        requireSpan(startMs, endMs, "task");
        requireInsideSession(current.sessionId(), startMs, endMs, "task");
        return runTaskEdit("Move task edges", current.sessionId(), List.of(current),
                List.of(current.withSpan(startMs, endMs))).get(0);
    }

    /**
     * Cuts a task in two at {@code atMs} (the playhead): the first part keeps the id, the second
     * is a new task with the same instruction, label, outcome and notes.
     *
     * @return the first and the second part
     */
    public List<Task> splitTask(long taskId, int atMs) {
        Task current = currentTask(taskId);
        if (atMs <= current.startMs() || atMs >= current.endMs()) {
            throw new ReviewException("task " + taskId + " can only be split strictly inside "
                    + Times.span(current.startMs(), current.endMs()) + ", not at " + Times.format(atMs));
        }
        Task first = current.withSpan(current.startMs(), atMs);
        Task second = current.withId(0).withSpan(atMs, current.endMs());
        return runTaskEdit("Split task", current.sessionId(), List.of(current), List.of(first, second));
    }

    /**
     * Joins two tasks of one session into one spanning both. The earlier task keeps its id and
     * fields; where it has none (empty instruction, no label, outcome or notes) the later one's fill in.
     */
    public Task mergeTasks(long firstId, long secondId) {
        if (firstId == secondId) {
            throw new ReviewException("a task cannot be merged with itself");
        }
        Task a = currentTask(firstId);
        Task b = currentTask(secondId);
        if (!a.sessionId().equals(b.sessionId())) {
            throw new ReviewException("tasks " + firstId + " and " + secondId + " belong to different sessions");
        }
        Task earlier = order(a, b) <= 0 ? a : b;
        Task later = earlier == a ? b : a;
        Task merged = new Task(earlier.id(), earlier.sessionId(), Math.min(a.startMs(), b.startMs()),
                Math.max(a.endMs(), b.endMs()),
                earlier.instruction().isBlank() ? later.instruction() : earlier.instruction(),
                earlier.label() != null ? earlier.label() : later.label(),
                earlier.outcome() != null ? earlier.outcome() : later.outcome(),
                earlier.notes() != null ? earlier.notes() : later.notes());
        return runTaskEdit("Merge tasks", earlier.sessionId(), List.of(earlier, later), List.of(merged)).get(0);
    }

    /** Merges a task with the one that follows it on the timeline (next by start time). */
    public Task mergeWithNext(long taskId) {
        Task current = currentTask(taskId);
        List<Task> all = tasks(current.sessionId());
        for (int i = 0; i < all.size() - 1; i++) {
            if (all.get(i).id() == taskId) {
                return mergeTasks(taskId, all.get(i + 1).id());
            }
        }
        throw new ReviewException("task " + taskId + " has no following task to merge with");
    }

    // ---- flags ----

    /**
     * Adds a flag (its id is ignored). A region flag ({@link Flag#region}) is added the same way;
     * its region must lie within the captured screen.
     */
    public Flag addFlag(Flag draft) {
        Objects.requireNonNull(draft, "draft");
        Flag flag = draft.withId(0);
        if (flag.source() == FlagSource.SUBJECT) {
            throw new ReviewException("only the recorded person can mark a stretch private as theirs;"
                    + " add a manual flag instead");
        }
        requireInsideSession(flag.sessionId(), flag.startMs(), flag.endMs(), "flag");
        requireRegionOnScreen(flag);
        return runFlagEdit(flag.isRegion() ? "Add region flag" : "Add flag", flag.sessionId(), List.of(),
                List.of(flag)).get(0);
    }

    /** Stores the changed fields of a flag (matched by id), its region included (null turns it into a span flag). */
    public Flag editFlag(Flag changed) {
        Objects.requireNonNull(changed, "changed");
        Flag current = currentFlag(changed.id());
        refuseSubjectFlag(current, "edit");
        if (changed.source() == FlagSource.SUBJECT) {
            throw new ReviewException("only the recorded person can mark a stretch private as theirs");
        }
        if (!current.sessionId().equals(changed.sessionId())) {
            throw new ReviewException("a flag cannot move to another session");
        }
        requireInsideSession(changed.sessionId(), changed.startMs(), changed.endMs(), "flag");
        requireRegionOnScreen(changed);
        return runFlagEdit("Edit flag", current.sessionId(), List.of(current), List.of(changed)).get(0);
    }

    /** Moves or resizes the area a region flag masks (drawn again on the stage). */
    public Flag moveFlagRegion(long flagId, ScreenRegion region) {
        Objects.requireNonNull(region, "region");
        Flag current = currentFlag(flagId);
        refuseSubjectFlag(current, "move");
        if (!current.isRegion()) {
            throw new ReviewException("flag " + flagId + " covers its whole stretch, not a region of the screen");
        }
        Flag moved = current.withRegion(region);
        requireRegionOnScreen(moved);
        return runFlagEdit("Move flag region", current.sessionId(), List.of(current), List.of(moved)).get(0);
    }

    public void deleteFlag(long flagId) {
        Flag current = currentFlag(flagId);
        refuseSubjectFlag(current, "delete");
        runFlagEdit("Delete flag", current.sessionId(), List.of(current), List.of());
    }

    /** Confirms, rejects or re-suggests a flag. */
    public Flag setFlagStatus(long flagId, FlagStatus status) {
        Objects.requireNonNull(status, "status");
        Flag current = currentFlag(flagId);
        refuseSubjectFlag(current, "change the status of");
        String description = switch (status) {
            case CONFIRMED -> "Confirm flag";
            case REJECTED -> "Reject flag";
            case SUGGESTED -> "Mark flag as suggested";
        };
        return runFlagEdit(description, current.sessionId(), List.of(current), List.of(current.withStatus(status)))
                .get(0);
    }

    /**
     * Shows what a flag hides, for this reviewer, now. Not an edit: nothing changes, nothing to
     * undo; the audit log records who looked.
     */
    public Flag revealFlag(long flagId) {
        Flag flag = visibleFlag(flagId);
        refuseSubjectFlag(flag, "reveal");
        workspace.audit().append(actor, "reveal", flag.sessionId(), "flag " + flag.id() + " ("
                + flag.category().wireName() + ", " + flag.status().wireName()
                + (flag.isRegion() ? ", region " + flag.region() : "") + ")");
        workspace.access().record(flag.sessionId(), AccessAction.REVEAL, AccessPurpose.REVIEW);
        return flag;
    }

    /** Records that this reviewer opened the session. */
    public void recordView(String sessionId) {
        requireSession(sessionId);
        workspace.audit().append(actor, "view", sessionId, null);
        workspace.access().record(sessionId, AccessAction.OPEN, AccessPurpose.REVIEW);
    }

    // ---- session status ----

    /**
     * Sets the session's review status with this service's reviewer. A rejection needs a reason;
     * any other status clears it.
     */
    public SessionReview setReviewStatus(String sessionId, ReviewStatus status, String reason) {
        Objects.requireNonNull(status, "status");
        SessionReview before = workspace.review().status(sessionId);
        String kept = null;
        if (status == ReviewStatus.REJECTED) {
            if (reason == null || reason.isBlank()) {
                throw new ReviewException("rejecting a session needs a reason");
            }
            kept = reason.strip();
        }
        ReviewStatusEdit edit = new ReviewStatusEdit(workspace, actor, before,
                new SessionReview(sessionId, status, actor, kept, null));
        executeOn(sessionId, edit);
        return edit.result();
    }

    // ---- label set ----

    /** Replaces the label set; names must be distinct and each hotkey 1–9 pick one label at most. */
    public void editLabels(List<Label> labels) {
        List<Label> wanted = List.copyOf(labels);
        List<String> names = new ArrayList<>();
        List<Integer> hotkeys = new ArrayList<>();
        for (Label label : wanted) {
            if (names.contains(label.name())) {
                throw new ReviewException("two labels are named '" + label.name() + "'");
            }
            names.add(label.name());
            if (label.hasHotkey()) {
                if (hotkeys.contains(label.hotkey())) {
                    throw new ReviewException("hotkey " + label.hotkey() + " is given to two labels");
                }
                hotkeys.add(label.hotkey());
            }
        }
        history.execute(new LabelSetEdit(workspace, actor, workspace.review().labels(), wanted));
    }

    // ---- plumbing shared with LabelsExchange ----

    List<Task> runTaskEdit(String description, String sessionId, List<Task> before, List<Task> after) {
        RowsEdit<Task> edit = RowsEdit.tasks(workspace, versionOf(sessionId), actor, sessionId, description, before,
                after);
        executeOn(sessionId, edit);
        workspace.access().record(sessionId, AccessAction.LABEL, AccessPurpose.REVIEW);
        return edit.result();
    }

    private List<Flag> runFlagEdit(String description, String sessionId, List<Flag> before, List<Flag> after) {
        RowsEdit<Flag> edit = RowsEdit.flags(workspace, versionOf(sessionId), actor, sessionId, description, before,
                after);
        executeOn(sessionId, edit);
        workspace.access().record(sessionId, AccessAction.FLAG, AccessPurpose.REVIEW);
        return edit.result();
    }

    /**
     * Runs an edit of one session. Refused because someone changed the session meanwhile, it says who
     * and what ({@link EditConflict}); done, it renews this reviewer's claim on the session, so work in
     * progress is not handed to someone else.
     */
    private void executeOn(String sessionId, Command edit) {
        try {
            history.execute(edit);
        } catch (StaleEditException refused) {
            throw EditConflict.explain(workspace, sessionId, refused);
        }
        workspace.assignments().renewClaim(sessionId, actor);
    }

    /**
     * A stretch the recorded person marked private stays hidden from reviewers and out of every
     * export; only they can change it, through the subject services.
     */
    private static void refuseSubjectFlag(Flag flag, String doing) {
        if (flag.source() == FlagSource.SUBJECT) {
            throw new ReviewException("flag " + flag.id() + " was marked private by the recorded person;"
                    + " reviewers cannot " + doing + " it");
        }
    }

    /** A task this reviewer may edit: in the version they work on (see {@link #versionOf}). */
    Task currentTask(long taskId) {
        Optional<Task> gold = workspace.review().task(taskId);
        if (gold.isPresent()) {
            requireGoldEditable(gold.get().sessionId(), "task " + taskId);
            return gold.get();
        }
        return workspace.review().task(taskId, workspace.currentUser().name())
                .orElseThrow(() -> new ReviewException("no task " + taskId));
    }

    /** A flag this reviewer may edit: in the version they work on. */
    Flag currentFlag(long flagId) {
        Flag flag = visibleFlag(flagId);
        if (workspace.flags().find(flagId).isPresent()) {
            requireGoldEditable(flag.sessionId(), "flag " + flagId);
        }
        return flag;
    }

    /** A flag this reviewer sees: gold, or of their own version. */
    private Flag visibleFlag(long flagId) {
        return workspace.flags().find(flagId)
                .or(() -> workspace.flags().find(flagId, workspace.currentUser().name()))
                .orElseThrow(() -> new ReviewException("no flag " + flagId));
    }

    private void requireGoldEditable(String sessionId, String what) {
        if (!Versions.GOLD.equals(versionOf(sessionId))) {
            throw new ReviewException(what + " is in the gold set of session " + sessionId + ", which stays read-only"
                    + " while you label your own version of it");
        }
    }

    SessionSummary requireSession(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return workspace.sessions().find(sessionId).orElseThrow(() -> new ReviewException("no session " + sessionId));
    }

    /**
     * Spans are half-open, so a span ending one millisecond after the last event still covers
     * it; anything later lies outside the recording.
     */
    void requireInsideSession(String sessionId, int startMs, int endMs, String what) {
        long sessionEnd = requireSession(sessionId).durationMs() + 1;
        if (endMs > sessionEnd) {
            throw new ReviewException(what + " " + Times.span(startMs, endMs) + " ends after the session ("
                    + Times.format(sessionEnd - 1) + ")");
        }
    }

    /** A region flag's area must lie on the captured screen; a span flag passes. */
    void requireRegionOnScreen(Flag flag) {
        if (!flag.isRegion()) {
            return;
        }
        String problem = RegionRule.problem(requireSession(flag.sessionId()).info(), flag.region());
        if (problem != null) {
            throw new ReviewException(problem);
        }
    }

    void requireKnownLabel(String label) {
        if (label == null) {
            return;
        }
        List<Label> labels = workspace.review().labels();
        if (labels.stream().noneMatch(l -> l.name().equals(label))) {
            throw new ReviewException("no label '" + label + "' in this workspace's label set ("
                    + String.join(", ", labels.stream().map(Label::name).toList()) + ")");
        }
    }

    private static void requireSpan(int startMs, int endMs, String what) {
        if (startMs < 0) {
            throw new ReviewException(what + " cannot start before the session");
        }
        if (endMs <= startMs) {
            throw new ReviewException(what + " must end after it starts");
        }
    }

    private static int order(Task a, Task b) {
        int c = Integer.compare(a.startMs(), b.startMs());
        if (c == 0) {
            c = Integer.compare(a.endMs(), b.endMs());
        }
        return c != 0 ? c : Long.compare(a.id(), b.id());
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new ReviewException("a reviewer name is needed");
        }
        return name.strip();
    }
}
