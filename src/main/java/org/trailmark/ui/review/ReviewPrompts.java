package org.trailmark.ui.review;

import java.util.List;
import java.util.Optional;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.Label;
import org.trailmark.replay.TimeSpan;

/** What the review panel asks the reviewer in a dialog; tests answer without a window. */
public interface ReviewPrompts {
    /** A flag's category and (optional) reason. */
    record FlagChoice(FlagCategory category, String reason) {
    }

    /** What a region drawn on the stage holds, and over which stretch it is masked. */
    record RegionChoice(FlagCategory category, String reason, TimeSpan span) {
    }

    Optional<String> reviewerName();

    /**
     * Asks what a region drawn on the picture holds and over which stretch to mask it, proposing
     * {@code proposed}; times stay within {@code [0, durationMs]}.
     */
    Optional<RegionChoice> region(TimeSpan proposed, long durationMs);

    Optional<FlagChoice> flag();

    Optional<String> rejectionReason();

    /**
     * Whether to approve although {@code undecided} tasks have no outcome yet (an approved session
     * goes to training as it is); false cancels.
     */
    boolean approveWithUndecidedTasks(long undecided);

    /** The label set as the reviewer edited it, or empty when cancelled. */
    Optional<List<Label>> labels(List<Label> current);
}
