package org.trailmark.review.agreement;

import java.util.HashMap;
import java.util.Map;

/**
 * Small integer codes for the categories a time slice can fall in: each task label, "no task", and
 * "unlabelled task". Shared across sessions so pooled slices mean the same category everywhere.
 */
final class Categories {
    static final int NO_TASK = 0;
    static final int UNLABELLED = 1;

    private final Map<String, Integer> codes = new HashMap<>();

    int ofLabel(String label) {
        if (label == null) {
            return UNLABELLED;
        }
        return codes.computeIfAbsent(label, l -> codes.size() + 2);
    }
}
