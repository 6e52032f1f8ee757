package org.trailmark.ui.subject;

import org.trailmark.model.ScreenRegion;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagSource;
import org.trailmark.model.Task;
import org.trailmark.replay.TimeRuler;
import org.trailmark.store.WorkspaceException;
import org.trailmark.subject.SubjectService;
import org.trailmark.ui.common.BackgroundTask;
import org.trailmark.ui.common.WorkspaceChanges;
import org.trailmark.ui.player.PlayerViewModel;
import org.trailmark.ui.review.ReviewViewModel;
import org.trailmark.ui.timeline.TimelineViewModel.LoopRange;

/**
 * The subject panel's state: the person's own private marks on the open session (which they add
 * and remove), and the reviewers' tasks and flags to read. The stretch to mark is the in and out
 * points (I, O) when both are set, else the range selected on the ruler (Shift+drag).
 *
 * <p>Marks are written on the executor's interactive lane, then the window's
 * {@link WorkspaceChanges} signal tells every view ("My data", the session list, the review and
 * timeline) to read again. A command returns true only once its change is committed, which is at
 * once with the tests' same-thread executor and a moment later in the studio.
 */
public final class SubjectPanelModel {
    static final String NOTHING_SELECTED = "Nothing selected: press I and O at the start and end of a stretch, "
            + "or Shift+drag on the ruler";

    private final SubjectService service;
    private final ReviewViewModel review;
    private final PlayerViewModel player;
    private final WorkspaceChanges changes;
    private final FilteredList<Flag> privateMarks;
    private final FilteredList<Flag> reviewerFlags;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableStringValue selectionText;
    private final BooleanBinding noSession;
    private final BooleanBinding nothingSelected;

    public SubjectPanelModel(SubjectService service, ReviewViewModel review, PlayerViewModel player,
                             WorkspaceChanges changes) {
        this.service = Objects.requireNonNull(service, "service");
        this.review = Objects.requireNonNull(review, "review");
        this.player = Objects.requireNonNull(player, "player");
        this.changes = Objects.requireNonNull(changes, "changes");
        privateMarks = new FilteredList<>(review.flags(), f -> f.source() == FlagSource.SUBJECT);
        reviewerFlags = new FilteredList<>(review.flags(), f -> f.source() != FlagSource.SUBJECT);
        noSession = review.sessionIdProperty().isNull();
        selectionText = Bindings.createStringBinding(this::describeSelection, review.inMarkProperty(),
                review.outMarkProperty(), player.timeline().selectionProperty());
        nothingSelected = Bindings.createBooleanBinding(() -> selection().isEmpty(), review.inMarkProperty(),
                review.outMarkProperty(), player.timeline().selectionProperty(), review.sessionIdProperty());
        review.sessionIdProperty().addListener((obs, old, now) -> message.set(""));
    }

    /** The stretch a "Mark private" would cover, {@code [start, end)} in ms, if one is chosen. */
    public Optional<int[]> selection() {
        if (review.sessionIdProperty().get() == null) {
            return Optional.empty();
        }
        Integer in = review.inMarkProperty().get();
        Integer out = review.outMarkProperty().get();
        if (in != null && out != null && out > in) {
            return Optional.of(new int[] {in, out});
        }
        LoopRange range = player.timeline().getSelection();
        if (range != null && range.endMs() > range.startMs()) {
            return Optional.of(new int[] {(int) range.startMs(), (int) range.endMs()});
        }
        return Optional.empty();
    }

    /** Marks the chosen stretch private; says why when it could not. */
    public boolean markPrivate() {
        Optional<int[]> span = selection();
        String session = review.sessionIdProperty().get();
        if (session == null || span.isEmpty()) {
            message.set(session == null ? "Open one of your sessions first" : NOTHING_SELECTED);
            return false;
        }
        int end = (int) Math.min(span.get()[1], player.timeline().getDurationMs() + 1);
        return change(() -> service.markPrivate(session, span.get()[0], end),
                "Marked " + TimeRuler.playheadLabel(span.get()[0]) + " – " + TimeRuler.playheadLabel(end)
                        + " private");
    }

    /**
     * A region drawn on the picture in subject mode: that area of the screen becomes private over the
     * selected stretch, or over the whole session when nothing is selected.
     */
    public boolean markRegionPrivate(ScreenRegion region) {
        String session = review.sessionIdProperty().get();
        if (session == null) {
            message.set("Open one of your sessions first");
            return false;
        }
        Optional<int[]> span = selection();
        if (span.isEmpty()) {
            return change(() -> service.markSessionPrivate(session, region),
                    "Marked that area private for the whole session");
        }
        int end = (int) Math.min(span.get()[1], player.timeline().getDurationMs() + 1);
        return change(() -> service.markPrivate(session, span.get()[0], end, region),
                "Marked that area private from " + TimeRuler.playheadLabel(span.get()[0]) + " to "
                        + TimeRuler.playheadLabel(end));
    }

    public boolean markSessionPrivate() {
        String session = review.sessionIdProperty().get();
        if (session == null) {
            message.set("Open one of your sessions first");
            return false;
        }
        return change(() -> service.markSessionPrivate(session), "Marked the whole session private");
    }

    /** Removes one of the person's own marks (reviewers' flags are refused by the service). */
    public boolean removeMark(long flagId) {
        return change(() -> service.removePrivateMark(flagId), "Removed the private mark");
    }

    private boolean change(Runnable action, String done) {
        List<Boolean> committed = new ArrayList<>(1);
        player.executor().execute(BackgroundTask.interactive("Changing your private marks", progress -> {
            action.run();
            return Boolean.TRUE;
        }).onSuccess(ok -> {
            review.clearMarks();
            player.timeline().clearSelection();
            message.set(done);
            committed.add(ok);
            changes.changed();
        }).onFailure(failure -> message.set(failure instanceof IllegalArgumentException
                || failure instanceof WorkspaceException ? capitalised(failure.getMessage()) : "That did not work")));
        return !committed.isEmpty();
    }

    private String describeSelection() {
        return selection().map(s -> "Selected: " + TimeRuler.playheadLabel(s[0]) + " – "
                + TimeRuler.playheadLabel(s[1])).orElse(NOTHING_SELECTED);
    }

    private static String capitalised(String text) {
        if (text == null || text.isEmpty()) {
            return "That did not work";
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The person's own private marks on the open session. */
    public ObservableList<Flag> privateMarks() {
        return privateMarks;
    }

    /** Flags reviewers and detectors raised: shown, never changed here. */
    public ObservableList<Flag> reviewerFlags() {
        return reviewerFlags;
    }

    public ObservableList<Task> tasks() {
        return review.tasks();
    }

    public ReviewViewModel review() {
        return review;
    }

    public ObservableStringValue selectionTextProperty() {
        return selectionText;
    }

    public BooleanBinding noSessionProperty() {
        return noSession;
    }

    public BooleanBinding nothingSelectedProperty() {
        return nothingSelected;
    }

    /** What the last command did or why it did not; "" when there is nothing to say. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
