package org.trailmark.ui.review;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FlagStatus;
import org.trailmark.model.Label;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionReview;
import org.trailmark.model.Task;
import org.trailmark.model.TaskOutcome;
import org.trailmark.replay.TimeSpan;
import org.trailmark.review.CommandStack;
import org.trailmark.review.ReviewException;
import org.trailmark.review.ReviewService;
import org.trailmark.store.Workspace;
import org.trailmark.store.WorkspaceException;
import org.trailmark.ui.player.PlayerViewModel;
import org.trailmark.ui.timeline.TimelineSpan;
import org.trailmark.ui.timeline.TimelineViewModel;

/**
 * Review of the session open in the player: its tasks, flags, label set and status, and every
 * edit a reviewer makes, each through {@link ReviewService} so it is committed, audited and
 * undoable. Keeps the timeline's task and flag tracks and the player's masked spans in step.
 *
 * <p>Edits need a reviewer's name; the first edit asks the {@link #reviewerPromptProperty()
 * prompt} once when the workspace does not remember one. A command the service refuses does not
 * throw here: its reason goes to {@link #messageProperty()} and the method returns false/empty,
 * because a reviewer pressing a key should read why, not see a stack trace.
 */
public final class ReviewViewModel {
    /** A digit held during playback for at least this long labels the stretch instead of picking a label. */
    public static final int MIN_HELD_MS = 250;

    private static final System.Logger LOG = System.getLogger(ReviewViewModel.class.getName());

    private final Workspace workspace;
    private final PlayerViewModel player;
    private final TimelineViewModel timeline;
    private final CommandStack history = new CommandStack();
    private final ObservableList<Task> tasks = FXCollections.observableArrayList();
    private final ObservableList<Flag> flags = FXCollections.observableArrayList();
    private final ObservableList<Label> labels = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SessionReview> review = new ReadOnlyObjectWrapper<>(this, "review");
    private final ReadOnlyStringWrapper sessionId = new ReadOnlyStringWrapper(this, "sessionId");
    private final ReadOnlyObjectWrapper<Integer> inMark = new ReadOnlyObjectWrapper<>(this, "inMark");
    private final ReadOnlyObjectWrapper<Integer> outMark = new ReadOnlyObjectWrapper<>(this, "outMark");
    private final ReadOnlyObjectWrapper<String> pendingLabel = new ReadOnlyObjectWrapper<>(this, "pendingLabel");
    private final ObjectProperty<Long> selectedTaskId = new SimpleObjectProperty<>(this, "selectedTaskId");
    private final ObjectProperty<Long> selectedFlagId = new SimpleObjectProperty<>(this, "selectedFlagId");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper reviewer = new ReadOnlyStringWrapper(this, "reviewer");
    private final ObjectProperty<Supplier<Optional<String>>> reviewerPrompt =
            new SimpleObjectProperty<>(this, "reviewerPrompt", Optional::empty);
    private final Set<Long> revealed = new HashSet<>();
    private final boolean subjectView;

    private ReviewService service;
    private SessionInfo session;
    private int heldDigit = -1;
    private int heldStartMs;

    /**
     * @param actor the reviewer's name, or null to use the one the workspace remembers (or to ask
     *              at the first edit)
     */
    public ReviewViewModel(Workspace workspace, PlayerViewModel player, String actor) {
        this(workspace, player, actor, false);
    }

    /**
     * The review as the recorded person sees it in subject mode: tasks, flags and status to read,
     * no edits, no reveal, and every flag masking, a rejected one too (a reviewer's "not
     * sensitive" is no reason to show one person's screen of someone else's chat). Opening a
     * session records no reviewer's view, since no reviewer is looking.
     */
    public static ReviewViewModel forSubject(Workspace workspace, PlayerViewModel player) {
        return new ReviewViewModel(workspace, player, null, true);
    }

    private ReviewViewModel(Workspace workspace, PlayerViewModel player, String actor, boolean subjectView) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.player = Objects.requireNonNull(player, "player");
        this.timeline = player.timeline();
        this.subjectView = subjectView;
        String name = subjectView ? null
                : actor != null && !actor.isBlank() ? actor : ReviewService.rememberedReviewer(workspace).orElse(null);
        if (name != null) {
            useReviewer(name);
        }
        history.addListener(stack -> historyChanged());
        player.sessionProperty().addListener((obs, old, info) -> open(info));
        timeline.onTaskEdgesMovedProperty().set((span, start, end) -> moveTaskEdges(span.id(), (int) start, (int) end));
        open(player.sessionProperty().get());
    }

    // ---- session ----

    private void open(SessionInfo info) {
        history.clear();
        revealed.clear();
        clearMarks();
        selectedTaskId.set(null);
        selectedFlagId.set(null);
        session = info != null && workspace.containsSession(info.id()) ? info : null;
        sessionId.set(session == null ? null : session.id());
        message.set("");
        if (session != null && service != null) {
            attempt(() -> service.recordView(session.id()));
        }
        reload();
    }

    /** Whether a workspace session is open, so there is something to review. */
    public boolean isOpen() {
        return session != null;
    }

    public ReadOnlyStringProperty sessionIdProperty() {
        return sessionId.getReadOnlyProperty();
    }

    /** Reads the session's labels afresh from the workspace (after any edit, undo or redo). */
    /**
     * A flag's label on the timeline: its category, or for a detector's finding the kind and the
     * confidence, then the status; never what it covers.
     */
    static String flagLabel(Flag flag) {
        String what = flag.detector() == null ? flag.category().label()
                : flag.detector().replace('_', ' ') + (flag.confidence() == null ? ""
                        : " " + Math.round(flag.confidence() * 100) + "%");
        return what + " \u00b7 " + flag.status().label();
    }

    public void reload() {
        labels.setAll(workspace.labels());
        if (session == null) {
            tasks.clear();
            flags.clear();
            review.set(null);
        } else {
            tasks.setAll(workspace.tasks(session.id()));
            flags.setAll(workspace.flags(session.id()));
            review.set(workspace.review(session.id()));
            if (selectedTaskId.get() != null && tasks.stream().noneMatch(t -> t.id() == selectedTaskId.get())) {
                selectedTaskId.set(null);
            }
            if (selectedFlagId.get() != null && flags.stream().noneMatch(f -> f.id() == selectedFlagId.get())) {
                selectedFlagId.set(null);
            }
        }
        feedTimelineAndPlayer();
    }

    private void feedTimelineAndPlayer() {
        if (session == null || timeline.getSource() == null) {
            return;
        }
        List<TimelineSpan> taskSpans = new ArrayList<>();
        for (Task task : tasks) {
            String text = task.instruction().isBlank() ? (task.label() == null ? "Task" : task.label()) : task.instruction();
            taskSpans.add(new TimelineSpan(task.id(), task.startMs(), task.endMs(), text, colourOf(task.label()), 0));
        }
        timeline.setTaskSpans(taskSpans);
        List<TimelineSpan> flagSpans = new ArrayList<>();
        List<TimeSpan> masked = new ArrayList<>();
        for (Flag flag : flags) {
            // a flag's label is its category and status, never what it covers
            flagSpans.add(new TimelineSpan(flag.id(), flag.startMs(), flag.endMs(), flagLabel(flag),
                    flag.status() == FlagStatus.REJECTED ? "#9aa5b5" : null, 0));
            if ((subjectView || flag.masks()) && !revealed.contains(flag.id())) {
                masked.add(new TimeSpan(flag.startMs(), flag.endMs()));
            }
        }
        timeline.setFlagSpans(flagSpans);
        player.setMaskedSpans(masked);
    }

    /** The colour of a label of the set, or null for none. */
    public String colourOf(String label) {
        if (label == null) {
            return null;
        }
        for (Label l : labels) {
            if (l.name().equals(label)) {
                return l.colour();
            }
        }
        return null;
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
        ReviewService.rememberReviewer(workspace, name);
        useReviewer(name);
        if (session != null) {
            attempt(() -> service.recordView(session.id()));
        }
    }

    private void useReviewer(String name) {
        service = new ReviewService(workspace, name, history);
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
        return inMark.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Integer> outMarkProperty() {
        return outMark.getReadOnlyProperty();
    }

    /** I: the in point at the playhead (an out point before it goes). */
    public void markIn() {
        int t = playhead();
        inMark.set(t);
        if (outMark.get() != null && outMark.get() <= t) {
            outMark.set(null);
        }
    }

    /** O: the out point at the playhead (an in point after it goes). */
    public void markOut() {
        int t = playhead();
        outMark.set(t);
        if (inMark.get() != null && inMark.get() >= t) {
            inMark.set(null);
        }
    }

    public void clearMarks() {
        inMark.set(null);
        outMark.set(null);
        pendingLabel.set(null);
    }

    /** The label a digit picked for the task the marks will make, or null. */
    public ReadOnlyObjectProperty<String> pendingLabelProperty() {
        return pendingLabel.getReadOnlyProperty();
    }

    /** The span the marks give: in to out, a missing in from the start, a missing out at the playhead. */
    private Optional<TimeSpan> markedSpan() {
        if (inMark.get() == null && outMark.get() == null) {
            return Optional.empty();
        }
        int start = inMark.get() == null ? 0 : inMark.get();
        int end = outMark.get() == null ? playhead() : outMark.get();
        if (end <= start) {
            message.set("Set an out point after the in point");
            return Optional.empty();
        }
        return Optional.of(new TimeSpan(start, end));
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
        if (inMark.get() != null || outMark.get() != null) {
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
        Optional<TimeSpan> span = markedSpan();
        if (span.isEmpty()) {
            if (inMark.get() == null && outMark.get() == null) {
                message.set("Set an in point (I) and an out point (O) first");
            }
            return Optional.empty();
        }
        String label = pendingLabel.get();
        Optional<Task> added = addTask(span.get().startMs(), span.get().endMs(), instruction, label);
        added.ifPresent(task -> clearMarks());
        return added;
    }

    public Optional<Task> addTask(int startMs, int endMs, String instruction, String label) {
        if (session == null) {
            return Optional.empty();
        }
        Optional<Task> added = edit(() -> service.addTask(Task.draft(session.id(), startMs, endMs, instruction, label,
                null)));
        added.ifPresent(task -> selectedTaskId.set(task.id()));
        return added;
    }

    public Optional<Task> editTask(Task changed) {
        return edit(() -> service.editTask(changed));
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
        return edit(() -> service.moveTaskEdges(taskId, startMs, endMs));
    }

    /**
     * 1–9: the label with that hotkey for the task the marks will make, or else for the selected
     * task. False when no label has that hotkey.
     */
    public boolean pickLabel(int digit) {
        Optional<Label> label = labels.stream().filter(l -> l.hotkey() == digit).findFirst();
        if (label.isEmpty()) {
            message.set("No label has the hotkey " + digit);
            return false;
        }
        if (inMark.get() != null || outMark.get() != null || selectedTask().isEmpty()) {
            pendingLabel.set(label.get().name());
            return true;
        }
        return setTaskLabel(selectedTaskId.get(), label.get().name()).isPresent();
    }

    /** A digit key went down: remember where, in case it is held during playback. Repeats are ignored. */
    public void digitPressed(int digit) {
        if (heldDigit == digit) {
            return;
        }
        heldDigit = digit;
        heldStartMs = playhead();
    }

    /**
     * A digit key came up: held while the playhead moved at least {@value #MIN_HELD_MS} ms, it
     * labels that stretch as a new task; a tap picks the label ({@link #pickLabel}).
     */
    public void digitReleased(int digit) {
        if (heldDigit != digit) {
            pickLabel(digit);
            return;
        }
        heldDigit = -1;
        int end = playhead();
        if (end - heldStartMs < MIN_HELD_MS) {
            pickLabel(digit);
            return;
        }
        Optional<Label> label = labels.stream().filter(l -> l.hotkey() == digit).findFirst();
        if (label.isEmpty()) {
            message.set("No label has the hotkey " + digit);
            return;
        }
        addTask(heldStartMs, end, "", label.get().name());
    }

    /** Splits the selected task (or the one under the playhead) at the playhead. */
    public boolean splitAtPlayhead() {
        Optional<Task> target = taskForCommand();
        if (target.isEmpty()) {
            return false;
        }
        Optional<List<Task>> parts = edit(() -> service.splitTask(target.get().id(), playhead()));
        parts.ifPresent(p -> selectedTaskId.set(p.get(1).id()));
        return parts.isPresent();
    }

    public boolean mergeWithNext() {
        Optional<Task> target = taskForCommand();
        return target.isPresent() && edit(() -> service.mergeWithNext(target.get().id())).isPresent();
    }

    public boolean deleteTask() {
        Optional<Task> target = selectedTask();
        if (target.isEmpty()) {
            message.set("Select a task first");
            return false;
        }
        return edit(() -> {
            service.deleteTask(target.get().id());
            return true;
        }).isPresent();
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
        Optional<TimeSpan> span = markedSpan();
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
        Optional<Flag> added = edit(() -> service.addFlag(Flag.manual(session.id(), s.startMs(), s.endMs(), category, why)));
        added.ifPresent(f -> {
            clearMarks();
            selectedFlagId.set(f.id());
        });
        return added;
    }

    public Optional<Flag> editFlag(Flag changed) {
        return edit(() -> service.editFlag(changed));
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
        Optional<Flag> done = edit(() -> service.setFlagStatus(target.get().id(), status));
        done.ifPresent(f -> nextSuggestion());
        return done.isPresent();
    }

    public boolean deleteFlag() {
        Optional<Flag> target = selectedFlag();
        if (target.isEmpty()) {
            message.set("Select a flag first");
            return false;
        }
        return edit(() -> {
            service.deleteFlag(target.get().id());
            return true;
        }).isPresent();
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
        if (target.isEmpty() || !ensureReviewer()) {
            return false;
        }
        boolean done = attempt(() -> service.revealFlag(target.get().id()));
        if (done) {
            revealed.add(target.get().id());
            feedTimelineAndPlayer();
        }
        return done;
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
        return edit(() -> service.setReviewStatus(session.id(), status, reason)).isPresent();
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
        return edit(() -> {
            service.editLabels(newLabels);
            return true;
        }).isPresent();
    }

    // ---- undo ----

    public boolean undo() {
        return attempt(() -> service.undo().ifPresent(d -> message.set("Undid " + lower(d))));
    }

    public boolean redo() {
        return attempt(() -> service.redo().ifPresent(d -> message.set("Redid " + lower(d))));
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

    public CommandStack history() {
        return history;
    }

    private void historyChanged() {
        undoText.set(history.undoDescription().map(d -> "Undo " + d).orElse("Undo"));
        redoText.set(history.redoDescription().map(d -> "Redo " + d).orElse("Redo"));
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        reload();
    }

    // ---- messages ----

    /** Why the last command did not happen, or what undo did; "" when there is nothing to say. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private int playhead() {
        return (int) timeline.getPlayheadMs();
    }

    private <T> Optional<T> edit(Supplier<T> command) {
        if (session == null || !ensureReviewer()) {
            return Optional.empty();
        }
        try {
            T result = command.get();
            message.set("");
            return Optional.ofNullable(result);
        } catch (ReviewException e) {
            message.set(e.getMessage());
        } catch (WorkspaceException e) {
            // a stale edit or a locked file: the message is ours and content-free
            LOG.log(Level.WARNING, "a review edit did not go through: " + e.getMessage());
            message.set(e.getMessage());
            reload();
        }
        return Optional.empty();
    }

    private boolean attempt(Runnable action) {
        if (service == null && !ensureReviewer()) {
            return false;
        }
        return edit(() -> {
            action.run();
            return true;
        }).isPresent();
    }

    private static String lower(String description) {
        return description.isEmpty() ? description : Character.toLowerCase(description.charAt(0)) + description.substring(1);
    }
}
