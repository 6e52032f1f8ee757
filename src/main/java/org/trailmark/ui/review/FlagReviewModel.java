package org.trailmark.ui.review;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FlagStatus;
import org.trailmark.model.ScreenRegion;
import org.trailmark.model.Task;
import org.trailmark.replay.TimeSpan;

/**
 * The flags part of the review panel: which flag is selected, flagging a span or a screen region by hand,
 * deciding on suggestions (Y/N), deleting, and revealing what a flag hides. Each change runs through the
 * review's lane like every edit ({@link ReviewViewModel#edit}), so it is committed, audited and undoable.
 */
public final class FlagReviewModel {
    private final ReviewViewModel review;
    private final ObjectProperty<Long> selectedFlagId = new SimpleObjectProperty<>(this, "selectedFlagId");
    /** Flags revealed in this window until the session closes. */
    private final Set<Long> revealed = new HashSet<>();

    FlagReviewModel(ReviewViewModel review) {
        this.review = review;
    }

    public ObjectProperty<Long> selectedFlagIdProperty() {
        return selectedFlagId;
    }

    public Optional<Flag> selectedFlag() {
        Long id = selectedFlagId.get();
        return id == null ? Optional.empty() : review.flags().stream().filter(f -> f.id() == id).findFirst();
    }

    /** Flags the marked span (or the timeline's loop selection) by hand, confirmed from the start. */
    public Optional<Flag> flagMarks(FlagCategory category, String reason) {
        if (!review.isOpen()) {
            return Optional.empty();
        }
        Optional<TimeSpan> span = review.marks().span();
        if (span.isEmpty() && review.timeline().getSelection() != null) {
            span = Optional.of(new TimeSpan((int) review.timeline().getSelection().startMs(),
                    (int) review.timeline().getSelection().endMs()));
        }
        if (span.isEmpty()) {
            review.say("Set an in point (I) and an out point (O), or select a range, to flag");
            return Optional.empty();
        }
        TimeSpan s = span.get();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        String id = review.sessionIdProperty().get();
        if (!review.ensureReviewer()) {
            return Optional.empty();
        }
        review.clearMarks();
        return review.edit("Flagging a span", svc -> svc.addFlag(Flag.manual(id, s.startMs(), s.endMs(), category, why)),
                f -> selectedFlagId.set(f.id()));
    }

    /**
     * The stretch a region drawn on the stage covers unless the person changes it: the marked
     * span, else the timeline's selection, else the task at the playhead, else the
     * {@link ReviewViewModel#REGION_DEFAULT_MS} from the playhead on (within the session).
     */
    public TimeSpan defaultRegionSpan() {
        Optional<TimeSpan> span = review.marks().span();
        if (span.isPresent()) {
            return span.get();
        }
        if (review.timeline().getSelection() != null) {
            return new TimeSpan((int) review.timeline().getSelection().startMs(), (int) review.timeline().getSelection().endMs());
        }
        int t = review.playhead();
        for (Task task : review.tasks()) {
            if (t >= task.startMs() && t < task.endMs()) {
                return new TimeSpan(task.startMs(), task.endMs());
            }
        }
        long end = Math.max(t + 1, Math.min(review.timeline().getDurationMs(), (long) t + ReviewViewModel.REGION_DEFAULT_MS));
        return new TimeSpan(t, (int) end);
    }

    /**
     * Flags an area of the screen over a stretch (a region drawn on the stage): confirmed from the
     * start, undoable, audited by its rectangle; the picture is covered there during the stretch.
     */
    public Optional<Flag> flagRegion(ScreenRegion region, TimeSpan span, FlagCategory category, String reason) {
        if (!review.isOpen() || region == null || span == null || span.endMs() <= span.startMs()) {
            return Optional.empty();
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        String id = review.sessionIdProperty().get();
        if (!review.ensureReviewer()) {
            return Optional.empty();
        }
        return review.edit("Flagging a region", svc -> svc.addFlag(Flag.region(id, span.startMs(), span.endMs(), region,
                category, why)), f -> selectedFlagId.set(f.id()));
    }

    public Optional<Flag> editFlag(Flag changed) {
        return review.edit("Editing a flag", s -> s.editFlag(changed), f -> { });
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
            review.say("Select a flag first");
            return false;
        }
        return review.edit("Deciding on a flag", s -> s.setFlagStatus(target.get().id(), status),
                f -> nextSuggestion()).isPresent();
    }

    public boolean deleteFlag() {
        Optional<Flag> target = selectedFlag();
        if (target.isEmpty()) {
            review.say("Select a flag first");
            return false;
        }
        return review.attempt("Deleting a flag", s -> s.deleteFlag(target.get().id()));
    }

    /** Selects the next suggested flag after the selected one (wrapping), and moves the playhead to it. */
    public Optional<Flag> nextSuggestion() {
        List<Flag> suggested = review.flags().stream().filter(f -> f.status() == FlagStatus.SUGGESTED).toList();
        if (suggested.isEmpty()) {
            return Optional.empty();
        }
        int from = selectedFlag().map(Flag::startMs).orElse(-1);
        Flag next = suggested.stream().filter(f -> f.startMs() > from).findFirst().orElse(suggested.get(0));
        selectedFlagId.set(next.id());
        review.player().seek(next.startMs());
        return Optional.of(next);
    }

    /** Shows what the selected flag hides, in this window until the session closes; audited. */
    public boolean revealFlag() {
        Optional<Flag> target = selectedFlag();
        if (target.isEmpty()) {
            return false;
        }
        long id = target.get().id();
        return review.edit("Revealing a flag", s -> s.revealFlag(id), f -> {
            revealed.add(id);
            review.feedTimelineAndPlayer();
        }).isPresent();
    }


    public boolean isRevealed(long flagId) {
        return revealed.contains(flagId);
    }

    /** What this window shows unmasked (read by the tracks; cleared when another session opens). */
    Set<Long> revealedIds() {
        return revealed;
    }

    void forgetRevealed() {
        revealed.clear();
    }
}
