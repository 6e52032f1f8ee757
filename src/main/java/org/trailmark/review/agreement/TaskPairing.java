package org.trailmark.review.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.trailmark.model.Task;

/**
 * Pairs one labeler's tasks with another's by how much of their time they share: every pair with
 * intersection over union of at least one half is a candidate; the candidates are taken greatest IoU
 * first, each task at most once.
 */
final class TaskPairing {
    static final double MIN_IOU = 0.5;

    private TaskPairing() {
    }

    record Pair(int firstIndex, int secondIndex, Task first, Task second, double iou) {
    }

    static List<Pair> of(List<Task> first, List<Task> second) {
        List<Pair> candidates = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            for (int j = 0; j < second.size(); j++) {
                double iou = iou(first.get(i), second.get(j));
                if (iou >= MIN_IOU) {
                    candidates.add(new Pair(i, j, first.get(i), second.get(j), iou));
                }
            }
        }
        // A stable sort keeps ties in task order, so the pairing does not depend on hash order.
        candidates.sort(Comparator.comparingDouble(Pair::iou).reversed());
        boolean[] firstTaken = new boolean[first.size()];
        boolean[] secondTaken = new boolean[second.size()];
        List<Pair> pairs = new ArrayList<>();
        for (Pair p : candidates) {
            int i = p.firstIndex();
            int j = p.secondIndex();
            if (!firstTaken[i] && !secondTaken[j]) {
                firstTaken[i] = true;
                secondTaken[j] = true;
                pairs.add(p);
            }
        }
        return pairs;
    }

    static double iou(Task a, Task b) {
        long overlap = Math.max(0, Math.min(a.endMs(), b.endMs()) - Math.max(a.startMs(), b.startMs()));
        long union = (long) a.durationMs() + b.durationMs() - overlap;
        return (double) overlap / union;
    }
}
