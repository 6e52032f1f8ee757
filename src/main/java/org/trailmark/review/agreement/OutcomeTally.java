package org.trailmark.review.agreement;

import java.util.List;
import java.util.Objects;
import org.trailmark.model.Task;

/**
 * Whether two labelers who cut the same task also judged its outcome the same, as counts that add up
 * across sessions and pairs.
 *
 * @param paired       tasks paired across the two versions ({@link TaskPairing})
 * @param bothDecided  pairs where both gave an outcome; a pair with an undecided side says nothing about
 *                     agreement on outcomes, so it is counted here but not in the fraction
 * @param sameOutcome  of those, the pairs with the same outcome
 * @param unpairedFirst  the first labeler's tasks left without a partner
 * @param unpairedSecond the second labeler's tasks left without a partner
 */
public record OutcomeTally(long paired, long bothDecided, long sameOutcome, long unpairedFirst, long unpairedSecond) {
    public static final OutcomeTally NONE = new OutcomeTally(0, 0, 0, 0, 0);

    public static OutcomeTally of(List<Task> first, List<Task> second) {
        List<TaskPairing.Pair> pairs = TaskPairing.of(first, second);
        long decided = 0;
        long same = 0;
        for (TaskPairing.Pair p : pairs) {
            if (p.first().outcome() != null && p.second().outcome() != null) {
                decided++;
                if (Objects.equals(p.first().outcome(), p.second().outcome())) {
                    same++;
                }
            }
        }
        return new OutcomeTally(pairs.size(), decided, same, first.size() - pairs.size(), second.size() - pairs.size());
    }

    public OutcomeTally plus(OutcomeTally other) {
        return new OutcomeTally(paired + other.paired, bothDecided + other.bothDecided, sameOutcome + other.sameOutcome,
                unpairedFirst + other.unpairedFirst, unpairedSecond + other.unpairedSecond);
    }

    /** The same tally seen from the other labeler's side. */
    public OutcomeTally swapped() {
        return new OutcomeTally(paired, bothDecided, sameOutcome, unpairedSecond, unpairedFirst);
    }

    public long unpaired() {
        return unpairedFirst + unpairedSecond;
    }

    public Coefficient fraction() {
        if (paired == 0) {
            return Coefficient.undefined("no task of one labeler overlaps one of the other's by half or more");
        }
        if (bothDecided == 0) {
            return Coefficient.undefined("no paired task has an outcome from both labelers");
        }
        return Coefficient.of((double) sameOutcome / bothDecided);
    }
}
