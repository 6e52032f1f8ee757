package org.trailmark.ui.review;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trailmark.model.AccessAction;
import org.trailmark.model.AccessPurpose;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FlagStatus;
import org.trailmark.model.Label;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionReview;
import org.trailmark.model.ScreenRegion;
import org.trailmark.model.Task;
import org.trailmark.model.TaskOutcome;
import org.trailmark.replay.TimeSpan;
import org.trailmark.review.Adjudication;
import org.trailmark.review.ReviewException;
import org.trailmark.review.ReviewService;
import org.trailmark.store.Workspace;
import org.trailmark.store.WorkspaceException;
import org.trailmark.ui.common.WorkspaceChanges;
import org.trailmark.ui.player.PlayerViewModel;
import org.trailmark.ui.timeline.TimelineViewModel;

/**
 * Review of the session open in the player: its tasks, flags, label set and status, and every
 * edit a reviewer makes, each through {@link ReviewService} so it is committed, audited and
 * undoable. Keeps the timeline's task and flag tracks and the player's masked spans in step.
 *
 * <p>Threading: every read and edit of the workspace runs on the executor's interactive lane
 * (never on the UI thread, never behind an import or export), one at a time in the order made, and
 * the result comes back as a {@link ReviewSnapshot} applied on the UI thread. So a method that
 * returns the edit's result returns it only when the executor finished the work before returning
 * (as the tests' same-thread executor does); in the studio it returns empty and the outcome shows
 * in the lists and properties a moment later. After each edit, undo and redo the window's
 * {@link WorkspaceChanges} signal is published, and a change published by anyone else reloads.
 *
 * <p>Edits need a reviewer's name; the first edit asks the {@link #reviewerPromptProperty()
 * prompt} once when the workspace does not remember one. A command the service refuses does not
 * throw here: its reason goes to {@link #messageProperty()}, because a reviewer pressing a key
 * should read why, not see a stack trace.
 */
public final class ReviewViewModel {
    /** A digit held during playback for at least this long labels the stretch instead of picking a label. */
    public static final int MIN_HELD_MS = 250;

    /** How long a drawn region covers when nothing is marked, selected or under the playhead. */
    public static final int REGION_DEFAULT_MS = 10_000;
    private static final System.Logger LOG = System.getLogger(ReviewViewModel.class.getName());

    private final ReviewLane lane;
    private final WorkspaceChanges changes;
    private final PlayerViewModel player;
    private final TimelineViewModel timeline;
    private final ObservableList<Task> tasks = FXCollections.observableArrayList();
    private final ObservableList<Flag> flags = FXCollections.observableArrayList();
    private final ObservableList<Label> labels = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SessionReview> review = new ReadOnlyObjectWrapper<>(this, "review");
    private final ReadOnlyStringWrapper sessionId = new ReadOnlyStringWrapper(this, "sessionId");
    private final ObjectProperty<Long> selectedTaskId = new SimpleObjectProperty<>(this, "selectedTaskId");
    private final ObjectProperty<Long> selectedFlagId = new SimpleObjectProperty<>(this, "selectedFlagId");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<VersionState> versions =
            new ReadOnlyObjectWrapper<>(this, "versions", VersionState.NONE);
    private final ReadOnlyStringWrapper reviewer = new ReadOnlyStringWrapper(this, "reviewer");
    private final ObjectProperty<Supplier<Optional<String>>> reviewerPrompt =
            new SimpleObjectProperty<>(this, "reviewerPrompt", Optional::empty);
    private final Set<Long> revealed = new HashSet<>();
    private final TaskMarks marks;
    private final AdjudicationModel adjudication = new AdjudicationModel(this);
    private final boolean subjectView;

    private ReviewService service;
    private SessionInfo session;
    /** Bumped when another session opens, so a read for the previous one is not applied. */
    private long generation;
    private boolean publishing;

    /**
     * @param actor the reviewer's name, or null to use the one the workspace remembers (or to ask
     *              at the first edit)
     */
    public ReviewViewModel(Workspace workspace, PlayerViewModel player, String actor) {
        this(workspace, player, actor, new WorkspaceChanges());
    }

    public ReviewViewModel(Workspace workspace, PlayerViewModel player, String actor, WorkspaceChanges changes) {
        this(workspace, player, actor, false, changes);
    }

    /**
     * The review as the recorded person sees it in subject mode: tasks, flags and status to read,
     * no edits, no reveal, and every flag masking, a rejected one too (a reviewer's "not
     * sensitive" is no reason to show one person's screen of someone else's chat). Opening a
     * session records no reviewer's view, since no reviewer is looking.
     */
    public static ReviewViewModel forSubject(Workspace workspace, PlayerViewModel player, WorkspaceChanges changes) {
        return new ReviewViewModel(workspace, player, null, true, changes);
    }

    public static ReviewViewModel forSubject(Workspace workspace, PlayerViewModel player) {
        return forSubject(workspace, player, new WorkspaceChanges());
    }

    private ReviewViewModel(Workspace workspace, PlayerViewModel player, String actor, boolean subjectView,
                            WorkspaceChanges changes) {
        this.player = Objects.requireNonNull(player, "player");
        this.changes = Objects.requireNonNull(changes, "changes");
        this.lane = new ReviewLane(workspace, player.executor());
        this.timeline = player.timeline();
        this.subjectView = subjectView;
        this.marks = new TaskMarks(this::playhead, message::set);
        if (!subjectView) {
            if (actor != null && !actor.isBlank()) {
                useReviewer(actor);
            } else {
                lane.read("Reading the reviewer's name", () -> ReviewService.rememberedReviewer(workspace),
                        name -> name.filter(n -> service == null).ifPresent(this::useReviewer), this::failed);
            }
        }
        changes.listen(() -> {
            if (!publishing) {
                reload();
            }
        });
        player.sessionProperty().addListener((obs, old, info) -> open(info));
        // only noted in memory here: the access log is written in batches, so playback never waits for it
        player.playingProperty().addListener((obs, was, playing) -> {
            if (playing && session != null) {
                workspace.access().record(session.id(), AccessAction.REPLAY, purpose());
            }
        });
        timeline.onTaskEdgesMovedProperty().set((span, start, end) -> moveTaskEdges(span.id(), (int) start, (int) end));
        open(player.sessionProperty().get());
    }

    // ---- session ----

    private void open(SessionInfo info) {
        long opened = ++generation;
        revealed.clear();
        clearMarks();
        selectedTaskId.set(null);
        selectedFlagId.set(null);
        session = null;
        sessionId.set(null);
        message.set("");
        lane.open(info == null ? null : info.id(), service, purpose(), snapshot -> {
            if (opened == generation) {
                session = snapshot.sessionId() == null ? null : info;
                sessionId.set(snapshot.sessionId());
                apply(snapshot);
            }
        }, this::failed);
    }

    private AccessPurpose purpose() {
        return subjectView ? AccessPurpose.SUBJECT_SELF_ACCESS : AccessPurpose.REVIEW;
    }

    /** Whether a workspace session is open, so there is something to review. */
    public boolean isOpen() {
        return session != null;
    }

    public ReadOnlyStringProperty sessionIdProperty() {
        return sessionId.getReadOnlyProperty();
    }

    /** Reads the session's tasks, flags, status and labels afresh, in the background. */
    public void reload() {
        long current = generation;
        String id = session == null ? null : session.id();
        lane.read(id, snapshot -> {
            if (current == generation) {
                apply(snapshot);
            }
        }, this::failed);
    }

    private void apply(ReviewSnapshot snapshot) {
        labels.setAll(snapshot.labels());
        tasks.setAll(snapshot.tasks());
        flags.setAll(snapshot.flags());
        review.set(snapshot.review());
        versions.set(snapshot.versions());
        undoText.set(snapshot.undoText());
        redoText.set(snapshot.redoText());
        canUndo.set(snapshot.canUndo());
        canRedo.set(snapshot.canRedo());
        if (selectedTaskId.get() != null && tasks.stream().noneMatch(t -> t.id() == selectedTaskId.get())) {
            selectedTaskId.set(null);
        }
        if (selectedFlagId.get() != null && flags.stream().noneMatch(f -> f.id() == selectedFlagId.get())) {
            selectedFlagId.set(null);
        }
        feedTimelineAndPlayer();
    }

    private void feedTimelineAndPlayer() {
        if (session != null && timeline.getSource() != null) {
            ReviewTracks.show(player, tasks, flags, labels, subjectView, revealed);
        }
    }

    /** The colour of a label of the set, or null for none. */
    public String colourOf(String label) {
        return ReviewTracks.colourOf(label, labels);
    }

    // ---- reviewer ----

    /** Asked once, at the first edit, when no reviewer name is known; returns the name or empty to cancel. */
    public ObjectProperty<Supplier<Optional<String>>> reviewerPromptProperty() {
        return reviewerPrompt;
    }

    public ReadOnlyStringProperty reviewerProperty() {
        return reviewer.getReadOnlyProperty();
    }

    /** Uses this name from now on and remembers it in the workspace. */
    public void setReviewer(String name) {
        useReviewer(name);
        ReviewService named = service;
        String open = session == null ? null : session.id();
        lane.run("Remembering the reviewer's name", () -> {
            ReviewService.rememberReviewer(named.workspace(), name);
            if (open != null) {
                named.recordView(open);
            }
        }, this::failed);
    }

    private void useReviewer(String name) {
        service = lane.serviceFor(name);
        reviewer.set(service.actor());
    }

    private boolean ensureReviewer() {
        if (subjectView) {
            message.set("Reviewers edit the review; here you can mark stretches private");
            return false;
        }
        if (service != null) {
            return true;
        }
        Optional<String> name = reviewerPrompt.get().get().filter(n -> !n.isBlank());
        if (name.isEmpty()) {
            message.set("Edits need a reviewer name");
            return false;
        }
        setReviewer(name.get());
        return true;
    }

    // ---- marks ----

    public ReadOnlyObjectProperty<Integer> inMarkProperty() {
        return marks.inMarkProperty();
    }

    public ReadOnlyObjectProperty<Integer> outMarkProperty() {
        return marks.outMarkProperty();
    }

    /** I: the in point at the playhead (an out point before it goes). */
    public void markIn() {
        marks.markIn();
    }

    /** O: the out point at the playhead (an in point after it goes). */
    public void markOut() {
        marks.markOut();
    }

    public void clearMarks() {
        marks.clear();
    }

    /** The label a digit picked for the task the marks will make, or null. */
    public ReadOnlyObjectProperty<String> pendingLabelProperty() {
        return marks.pendingLabelProperty();
    }

    // ---- tasks ----

    public ObservableList<Task> tasks() {
        return FXCollections.unmodifiableObservableList(tasks);
    }

    public ObjectProperty<Long> selectedTaskIdProperty() {
        return selectedTaskId;
    }

    public Optional<Task> selectedTask() {
        Long id = selectedTaskId.get();
        return id == null ? Optional.empty() : tasks.stream().filter(t -> t.id() == id).findFirst();
    }

    /** Tasks without an outcome yet, which an approval would pass over. */
    public long undecidedTasks() {
        return tasks.stream().filter(t -> t.outcome() == null).count();
    }

    /** Enter: a task from the marks, with the label a digit picked; the instruction is typed afterwards. */
    public Optional<Task> commitTask() {
        return commitTask("");
    }

    /**
     * Ctrl+Enter: with marks, a task from them taking the capture's suggested instruction;
     * without, the suggestion goes to the selected task.
     */
    public Optional<Task> acceptSuggestedInstruction() {
        String suggestion = suggestedInstruction();
        if (suggestion == null) {
            message.set("This capture carries no suggested instruction");
            return Optional.empty();
        }
        if (marks.isSet()) {
            return commitTask(suggestion);
        }
        return selectedTask().flatMap(task -> editTask(task.withInstruction(suggestion)));
    }

    /** The instruction the capture carried (an AgentNet task name), or null. */
    public String suggestedInstruction() {
        String s = session == null ? null : session.suggestedInstruction();
        return s == null || s.isBlank() ? null : s;
    }

    private Optional<Task> commitTask(String instruction) {
        if (session == null) {
            return Optional.empty();
        }
        boolean anyMark = marks.isSet();
        Optional<TimeSpan> span = marks.span();
        if (span.isEmpty()) {
            if (!anyMark) {
                message.set("Set an in point (I) and an out point (O) first");
            }
            return Optional.empty();
        }
        String label = marks.pendingLabel();
        if (!ensureReviewer()) {
            return Optional.empty();
        }
        // the marks go at once, so a second Enter cannot add the same task twice while this one is stored
        clearMarks();
        return addTask(span.get().startMs(), span.get().endMs(), instruction, label);
    }

    public Optional<Task> addTask(int startMs, int endMs, String instruction, String label) {
        if (session == null) {
            return Optional.empty();
        }
        String id = session.id();
        return edit("Adding a task", s -> s.addTask(Task.draft(id, startMs, endMs, instruction, label, null)),
                task -> selectedTaskId.set(task.id()));
    }

    public Optional<Task> editTask(Task changed) {
        return edit("Editing a task", s -> s.editTask(changed), task -> { });
    }

    public Optional<Task> setInstruction(long taskId, String instruction) {
        return task(taskId).flatMap(t -> t.instruction().equals(instruction) ? Optional.of(t)
                : editTask(t.withInstruction(instruction == null ? "" : instruction)));
    }

    public Optional<Task> setTaskLabel(long taskId, String label) {
        return task(taskId).flatMap(t -> Objects.equals(t.label(), label) ? Optional.of(t) : editTask(t.withLabel(label)));
    }

    public Optional<Task> setOutcome(long taskId, TaskOutcome outcome) {
        return task(taskId).flatMap(t -> t.outcome() == outcome ? Optional.of(t) : editTask(t.withOutcome(outcome)));
    }

    public Optional<Task> moveTaskEdges(long taskId, int startMs, int endMs) {
        return edit("Moving a task", s -> s.moveTaskEdges(taskId, startMs, endMs), task -> { });
    }

    /**
     * 1–9: the label with that hotkey for the task the marks will make, or else for the selected
     * task. False when no label has that hotkey.
     */
    public boolean pickLabel(int digit) {
        Optional<Label> label = labelWithHotkey(digit);
        if (label.isEmpty()) {
            return false;
        }
        if (marks.isSet() || selectedTask().isEmpty()) {
            marks.pickLabel(label.get().name());
            return true;
        }
        return setTaskLabel(selectedTaskId.get(), label.get().name()).isPresent();
    }

    /** A digit key went down: remember where, in case it is held during playback. Repeats are ignored. */
    public void digitPressed(int digit) {
        marks.digitPressed(digit);
    }

    /**
     * A digit key came up: held while the playhead moved at least {@value #MIN_HELD_MS} ms, it
     * labels that stretch as a new task; a tap picks the label ({@link #pickLabel}).
     */
    public void digitReleased(int digit) {
        Optional<TimeSpan> held = marks.digitReleased(digit, MIN_HELD_MS);
        if (held.isEmpty()) {
            pickLabel(digit);
            return;
        }
        labelWithHotkey(digit).ifPresent(label -> addTask(held.get().startMs(), held.get().endMs(), "", label.name()));
    }

    private Optional<Label> labelWithHotkey(int digit) {
        Optional<Label> label = labels.stream().filter(l -> l.hotkey() == digit).findFirst();
        if (label.isEmpty()) {
            message.set("No label has the hotkey " + digit);
        }
        return label;
    }

    /** Splits the selected task (or the one under the playhead) at the playhead. */
    public boolean splitAtPlayhead() {
        Optional<Task> target = taskForCommand();
        int at = playhead();
        return target.isPresent() && edit("Splitting a task", s -> s.splitTask(target.get().id(), at),
                parts -> selectedTaskId.set(parts.get(1).id())).isPresent();
    }

    public boolean mergeWithNext() {
        Optional<Task> target = taskForCommand();
        return target.isPresent()
                && edit("Merging tasks", s -> s.mergeWithNext(target.get().id()), task -> { }).isPresent();
    }

    public boolean deleteTask() {
        Optional<Task> target = selectedTask();
        if (target.isEmpty()) {
            message.set("Select a task first");
            return false;
        }
        return attempt("Deleting a task", s -> s.deleteTask(target.get().id()));
    }

    private Optional<Task> taskForCommand() {
        Optional<Task> target = selectedTask();
        if (target.isEmpty()) {
            int t = playhead();
            target = tasks.stream().filter(task -> task.contains(t)).findFirst();
        }
        if (target.isEmpty()) {
            message.set("Select a task first");
        }
        return target;
    }

    private Optional<Task> task(long taskId) {
        return tasks.stream().filter(t -> t.id() == taskId).findFirst();
    }

    // ---- flags ----

    public ObservableList<Flag> flags() {
        return FXCollections.unmodifiableObservableList(flags);
    }

    public ObjectProperty<Long> selectedFlagIdProperty() {
        return selectedFlagId;
    }

    public Optional<Flag> selectedFlag() {
        Long id = selectedFlagId.get();
        return id == null ? Optional.empty() : flags.stream().filter(f -> f.id() == id).findFirst();
    }

    /** Flags the marked span (or the timeline's loop selection) by hand, confirmed from the start. */
    public Optional<Flag> flagMarks(FlagCategory category, String reason) {
        if (session == null) {
            return Optional.empty();
        }
        Optional<TimeSpan> span = marks.span();
        if (span.isEmpty() && timeline.getSelection() != null) {
            span = Optional.of(new TimeSpan((int) timeline.getSelection().startMs(),
                    (int) timeline.getSelection().endMs()));
        }
        if (span.isEmpty()) {
            message.set("Set an in point (I) and an out point (O), or select a range, to flag");
            return Optional.empty();
        }
        TimeSpan s = span.get();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        String id = session.id();
        if (!ensureReviewer()) {
            return Optional.empty();
        }
        clearMarks();
        return edit("Flagging a span", svc -> svc.addFlag(Flag.manual(id, s.startMs(), s.endMs(), category, why)),
                f -> selectedFlagId.set(f.id()));
    }

    /**
     * The stretch a region drawn on the stage covers unless the person changes it: the marked
     * span, else the timeline's selection, else the task at the playhead, else the
     * {@link #REGION_DEFAULT_MS} from the playhead on (within the session).
     */
    public TimeSpan defaultRegionSpan() {
        Optional<TimeSpan> span = marks.span();
        if (span.isPresent()) {
            return span.get();
        }
        if (timeline.getSelection() != null) {
            return new TimeSpan((int) timeline.getSelection().startMs(), (int) timeline.getSelection().endMs());
        }
        int t = playhead();
        for (Task task : tasks) {
            if (t >= task.startMs() && t < task.endMs()) {
                return new TimeSpan(task.startMs(), task.endMs());
            }
        }
        long end = Math.max(t + 1, Math.min(timeline.getDurationMs(), (long) t + REGION_DEFAULT_MS));
        return new TimeSpan(t, (int) end);
    }

    /** The open session's length in ms (0 when none). */
    public long durationMs() {
        return timeline.getDurationMs();
    }

    /**
     * Flags an area of the screen over a stretch (a region drawn on the stage): confirmed from the
     * start, undoable, audited by its rectangle; the picture is covered there during the stretch.
     */
    public Optional<Flag> flagRegion(ScreenRegion region, TimeSpan span, FlagCategory category, String reason) {
        if (session == null || region == null || span == null || span.endMs() <= span.startMs()) {
            return Optional.empty();
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        String id = session.id();
        if (!ensureReviewer()) {
            return Optional.empty();
        }
        return edit("Flagging a region", svc -> svc.addFlag(Flag.region(id, span.startMs(), span.endMs(), region,
                category, why)), f -> selectedFlagId.set(f.id()));
    }

    public Optional<Flag> editFlag(Flag changed) {
        return edit("Editing a flag", s -> s.editFlag(changed), f -> { });
    }

    /** Y: confirms the selected flag and moves to the next suggestion. */
    public boolean confirmFlag() {
        return setSelectedFlagStatus(FlagStatus.CONFIRMED);
    }

    /** N: rejects the selected flag (it stops masking) and moves to the next suggestion. */
    public boolean rejectFlag() {
        return setSelectedFlagStatus(FlagStatus.REJECTED);
    }

    private boolean setSelectedFlagStatus(FlagStatus status) {
        Optional<Flag> target = selectedFlag();
        if (target.isEmpty()) {
            message.set("Select a flag first");
            return false;
        }
        return edit("Deciding on a flag", s -> s.setFlagStatus(target.get().id(), status),
                f -> nextSuggestion()).isPresent();
    }

    public boolean deleteFlag() {
        Optional<Flag> target = selectedFlag();
        if (target.isEmpty()) {
            message.set("Select a flag first");
            return false;
        }
        return attempt("Deleting a flag", s -> s.deleteFlag(target.get().id()));
    }

    /** Selects the next suggested flag after the selected one (wrapping), and moves the playhead to it. */
    public Optional<Flag> nextSuggestion() {
        List<Flag> suggested = flags.stream().filter(f -> f.status() == FlagStatus.SUGGESTED).toList();
        if (suggested.isEmpty()) {
            return Optional.empty();
        }
        int from = selectedFlag().map(Flag::startMs).orElse(-1);
        Flag next = suggested.stream().filter(f -> f.startMs() > from).findFirst().orElse(suggested.get(0));
        selectedFlagId.set(next.id());
        player.seek(next.startMs());
        return Optional.of(next);
    }

    /** Shows what the selected flag hides, in this window until the session closes; audited. */
    public boolean revealFlag() {
        Optional<Flag> target = selectedFlag();
        if (target.isEmpty()) {
            return false;
        }
        long id = target.get().id();
        return edit("Revealing a flag", s -> s.revealFlag(id), f -> {
            revealed.add(id);
            feedTimelineAndPlayer();
        }).isPresent();
    }

    /** Whether this is the recorded person's read-only view (see {@link #forSubject}). */
    public boolean isSubjectView() {
        return subjectView;
    }

    public boolean isRevealed(long flagId) {
        return revealed.contains(flagId);
    }

    // ---- status ----

    public ReadOnlyObjectProperty<SessionReview> reviewProperty() {
        return review.getReadOnlyProperty();
    }

    public boolean setStatus(ReviewStatus status, String reason) {
        if (session == null) {
            return false;
        }
        String id = session.id();
        return edit("Setting the status", s -> s.setReviewStatus(id, status, reason), r -> { }).isPresent();
    }

    public boolean approve() {
        return setStatus(ReviewStatus.APPROVED, null);
    }

    public boolean reject(String reason) {
        return setStatus(ReviewStatus.REJECTED, reason);
    }

    // ---- label set ----

    public ObservableList<Label> labels() {
        return FXCollections.unmodifiableObservableList(labels);
    }

    public boolean editLabels(List<Label> newLabels) {
        return attempt("Saving the label set", s -> s.editLabels(newLabels));
    }

    // ---- double labelling ----

    /** Where the open session stands in double labelling (whose version, who submitted, what to adjudicate). */
    public ReadOnlyObjectProperty<VersionState> versionsProperty() {
        return versions.getReadOnlyProperty();
    }

    /** "Submit my labels": the user's own version becomes read-only; not undoable. */
    public boolean submitMyLabels() {
        String id = session == null ? null : session.id();
        return edit("Submitting my labels", s -> s.submitMyVersion(id),
                at -> message.set("Submitted: your labels of this session are read-only now")).isPresent();
    }

    /** Picking spans in the versions' rows and merging them into the gold set. */
    public AdjudicationModel adjudication() {
        return adjudication;
    }

    /** An adjudication decision, run like every other edit (undoable, then the panel reads again). */
    <T> Optional<T> adjudicate(String title, Function<Adjudication, T> decision, String done) {
        return edit(title, s -> decision.apply(new Adjudication(s)), result -> message.set(done));
    }

    /** Says something in the panel's message line. */
    void say(String text) {
        message.set(text);
    }

    /** The open session's length, for drawing its versions side by side. */
    long sessionLengthMs() {
        return timeline.getDurationMs();
    }

    // ---- undo ----

    public boolean undo() {
        return edit("Undoing", ReviewService::undo, d -> d.ifPresent(text -> message.set("Undid " + lower(text))))
                .isPresent();
    }

    public boolean redo() {
        return edit("Redoing", ReviewService::redo, d -> d.ifPresent(text -> message.set("Redid " + lower(text))))
                .isPresent();
    }

    /** Forgets what could be undone (tests start from a clean history). */
    public void clearHistory() {
        lane.clearHistory(session == null ? null : session.id(), this::apply, this::failed);
    }

    /** "Undo Add task", or "Undo" when there is nothing to undo: for the Edit menu. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    // ---- messages ----

    /** Why the last command did not happen, or what undo did; "" when there is nothing to say. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private int playhead() {
        return (int) timeline.getPlayheadMs();
    }

    /**
     * Runs the command on the interactive lane, then reads the review again there; applies both on
     * the UI thread and tells the window the workspace changed. Returns the result when the work
     * finished before this returns (see the class comment), else empty.
     */
    private <T> Optional<T> edit(String title, ReviewLane.Command<T> command, Consumer<? super T> then) {
        if (session == null || !ensureReviewer()) {
            return Optional.empty();
        }
        long editedIn = generation;
        List<T> finished = new ArrayList<>(1);
        lane.edit(title, service, session.id(), command, outcome -> {
            if (editedIn == generation) {
                apply(outcome.snapshot());
                message.set("");
                if (outcome.result() != null) {
                    then.accept(outcome.result());
                }
            }
            finished.add(outcome.result());
            publish();
        }, this::failed);
        return finished.isEmpty() ? Optional.empty() : Optional.ofNullable(finished.get(0));
    }

    private boolean attempt(String title, java.util.function.Consumer<ReviewService> command) {
        return edit(title, s -> {
            command.accept(s);
            return Boolean.TRUE;
        }, done -> { }).isPresent();
    }

    /** Tells the window's other views; this model already shows the change. */
    private void publish() {
        publishing = true;
        try {
            changes.changed();
        } finally {
            publishing = false;
        }
    }

    private void failed(Throwable failure) {
        if (failure instanceof ReviewException) {
            message.set(failure.getMessage());
        } else if (failure instanceof WorkspaceException) {
            // a stale edit or a locked file: the message is ours and content-free
            LOG.log(Level.WARNING, "a review edit did not go through: " + failure.getMessage());
            message.set(failure.getMessage());
            reload();
        } else {
            LOG.log(Level.WARNING, "a review read or edit failed", failure);
            message.set("That did not work; nothing was changed. The details are in the log.");
        }
    }

    private static String lower(String description) {
        return description.isEmpty() ? description : Character.toLowerCase(description.charAt(0)) + description.substring(1);
    }
}
