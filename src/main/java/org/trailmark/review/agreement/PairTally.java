package org.trailmark.review.agreement;

import java.util.EnumMap;
import java.util.Map;
import org.trailmark.model.FlagCategory;

/**
 * Everything two labelers' versions say about their agreement, added up over sessions before any
 * figure is divided out: label slices feed the κ and α accumulators, boundaries and flags add counts
 * and milliseconds. Also used for one labeler against all their partners.
 */
final class PairTally {
    static final int TIGHT_TOLERANCE_MS = 500;
    static final int LOOSE_TOLERANCE_MS = 2_000;

    private final CohenKappa cohen = new CohenKappa();
    private final FleissKappa fleiss = new FleissKappa();
    private final KrippendorffAlpha alpha = new KrippendorffAlpha();
    private final Map<FlagCategory, OverlapTally> flags = new EnumMap<>(FlagCategory.class);
    private BoundaryTally tight = BoundaryTally.NONE;
    private BoundaryTally loose = BoundaryTally.NONE;
    private OutcomeTally outcomes = OutcomeTally.NONE;

    /** One session's two versions, with their label slices. */
    void add(LabelerVersion first, int[] firstSlices, LabelerVersion second, int[] secondSlices) {
        int[] unit = new int[2];
        for (int i = 0; i < firstSlices.length; i++) {
            cohen.add(firstSlices[i], secondSlices[i]);
            unit[0] = firstSlices[i];
            unit[1] = secondSlices[i];
            fleiss.addUnit(unit);
            alpha.addUnit(unit);
        }
        tight = tight.plus(BoundaryTally.of(first.tasks(), second.tasks(), TIGHT_TOLERANCE_MS));
        loose = loose.plus(BoundaryTally.of(first.tasks(), second.tasks(), LOOSE_TOLERANCE_MS));
        FlagOverlap.of(first.flags(), second.flags()).forEach((c, t) -> flags.merge(c, t, OverlapTally::plus));
        outcomes = outcomes.plus(OutcomeTally.of(first.tasks(), second.tasks()));
    }

    Figures figures() {
        Map<FlagCategory, Double> iou = new EnumMap<>(FlagCategory.class);
        flags.forEach((c, t) -> iou.put(c, t.iou()));
        return new Figures(cohen.value(), fleiss.value(), alpha.value(), tight.f1(), loose.f1(), iou,
                outcomes.fraction(), outcomes);
    }
}
