package org.trailmark.ui.review;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
import org.trailmark.model.Label;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionReview;
import org.trailmark.model.Task;
import org.trailmark.review.Adjudication;
import org.trailmark.review.EditConflict;
import org.trailmark.review.ReviewChange;
import org.trailmark.review.ReviewException;
import org.trailmark.review.ReviewService;
import org.trailmark.store.AuditActions;
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
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<VersionState> versions =
            new ReadOnlyObjectWrapper<>(this, "versions", VersionState.NONE);
    private final ReadOnlyStringWrapper reviewer = new ReadOnlyStringWrapper(this, "reviewer");
    private final ReadOnlyStringWrapper reloadNotice = new ReadOnlyStringWrapper(this, "reloadNotice", "");
    private final ObjectProperty<Supplier<Optional<String>>> reviewerPrompt =
            new SimpleObjectProperty<>(this, "reviewerPrompt", Optional::empty);
    private final TaskMarks marks;
    private final AdjudicationModel adjudication = new AdjudicationModel(this);
    private final FlagReviewModel flagging = new FlagReviewModel(this);
    private final TaskReviewModel taskEditing = new TaskReviewModel(this);
    private final boolean subjectView;

    private ReviewService service;
    private SessionInfo session;
    /** Bumped when another session opens, so a read for the previous one is not applied. */
    private long generation;
    /** The open session's latest review change this view shows (an audit id); a later one is someone else's. */
    private long seenChange;
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
        timeline.onTaskEdgesMovedProperty().set((span, start, end) -> taskEditing.moveTaskEdges(span.id(), (int) start,
                (int) end));
        open(player.sessionProperty().get());
    }

    // ---- session ----

    private void open(SessionInfo info) {
        long opened = ++generation;
        flagging.forgetRevealed();
        clearMarks();
        taskEditing.selectedTaskIdProperty().set(null);
        flagging.selectedFlagIdProperty().set(null);
        session = null;
        sessionId.set(null);
        message.set("");
        reloadNotice.set("");
        seenChange = 0;
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
        seenChange = Math.max(seenChange, snapshot.changeMarker());
        labels.setAll(snapshot.labels());
        tasks.setAll(snapshot.tasks());
        flags.setAll(snapshot.flags());
        review.set(snapshot.review());
        versions.set(snapshot.versions());
        undoText.set(snapshot.undoText());
        redoText.set(snapshot.redoText());
        canUndo.set(snapshot.canUndo());
        canRedo.set(snapshot.canRedo());
        Long selectedTask = taskEditing.selectedTaskIdProperty().get();
        if (selectedTask != null && tasks.stream().noneMatch(t -> t.id() == selectedTask)) {
            taskEditing.selectedTaskIdProperty().set(null);
        }
        Long selectedFlag = flagging.selectedFlagIdProperty().get();
        if (selectedFlag != null && flags.stream().noneMatch(f -> f.id() == selectedFlag)) {
            flagging.selectedFlagIdProperty().set(null);
        }
        feedTimelineAndPlayer();
    }

    /**
     * Live reload: asks (on the interactive lane) whether someone else changed the open session's tasks,
     * flags, status or labelers since this view read it, and if so reads it again, keeping the selection
     * and the playhead, and says who changed what ({@link #reloadNoticeProperty()}). Undo would then act
     * on rows someone else has changed, so after their edit to the review the undo history is cleared
     * (and the notice says so); a new assignment or claim leaves it. The studio calls this every two
     * seconds; it is cheap (one indexed read of the audit log).
     */
    public void checkForChanges() {
        if (session == null || subjectView) {
            return;
        }
        long current = generation;
        String id = session.id();
        lane.lastChange(id, latest -> {
            if (current != generation || latest.isEmpty() || latest.get().id() <= seenChange) {
                return;
            }
            seenChange = latest.get().id();
            ReviewChange change = new ReviewChange(latest.get());
            boolean reviewEdited = AuditActions.EDIT.equals(latest.get().action())
                    || AuditActions.STATUS.equals(latest.get().action());
            boolean historyGoes = reviewEdited && (canUndo.get() || canRedo.get());
            reloadNotice.set("Reloaded: " + change.shortly() + (historyGoes ? "; undo history cleared" : ""));
            Consumer<ReviewSnapshot> show = snapshot -> {
                if (current == generation) {
                    apply(snapshot);
                }
            };
            if (historyGoes) {
                lane.clearHistory(id, show, this::failed);
            } else {
                lane.read(id, show, this::failed);
            }
            publish();
        }, failure -> LOG.log(Level.DEBUG, "checking the open session for changes failed; the next check tries again",
                failure));
    }

    /** "Reloaded: ana changed the flags" after a live reload; "" until then. */
    public ReadOnlyStringProperty reloadNoticeProperty() {
        return reloadNotice.getReadOnlyProperty();
    }

    void feedTimelineAndPlayer() {
        if (session != null && timeline.getSource() != null) {
            ReviewTracks.show(player, tasks, flags, labels, subjectView, flagging.revealedIds());
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

    boolean ensureReviewer() {
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

    /** Selecting, adding and changing tasks, from marks, digits and the playhead. */
    public TaskReviewModel taskEditing() {
        return taskEditing;
    }

    // ---- flags ----

    public ObservableList<Flag> flags() {
        return FXCollections.unmodifiableObservableList(flags);
    }

    /** The open session's length in ms (0 when none). */
    public long durationMs() {
        return timeline.getDurationMs();
    }

    /** Selecting, adding, deciding and revealing flags. */
    public FlagReviewModel flagging() {
        return flagging;
    }

    /** Whether this is the recorded person's read-only view (see {@link #forSubject}). */
    public boolean isSubjectView() {
        return subjectView;
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

    /** The open session, or null. */
    SessionInfo openSession() {
        return session;
    }

    TaskMarks marks() {
        return marks;
    }

    TimelineViewModel timeline() {
        return timeline;
    }

    PlayerViewModel player() {
        return player;
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

    int playhead() {
        return (int) timeline.getPlayheadMs();
    }

    /**
     * Runs the command on the interactive lane, then reads the review again there; applies both on
     * the UI thread and tells the window the workspace changed. Returns the result when the work
     * finished before this returns (see the class comment), else empty.
     */
    <T> Optional<T> edit(String title, ReviewLane.Command<T> command, Consumer<? super T> then) {
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

    boolean attempt(String title, java.util.function.Consumer<ReviewService> command) {
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
        } else if (failure instanceof EditConflict) {
            // who changed what and when, from the audit log: content-free
            LOG.log(Level.INFO, "a review edit met someone else's: " + failure.getMessage());
            message.set(failure.getMessage() + ", the session was reloaded");
            reload();
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
