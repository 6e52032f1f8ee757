package org.trailmark.bench;

/**
 * One measured figure beside its naive baseline from the same run.
 *
 * @param key            the name in {@code bench --json}, e.g. {@code import_events_per_s}
 * @param target         the budget target (BENCHMARKS.md), in the same unit; 0 for a figure reported for reference only
 * @param higherIsBetter whether the target is a floor (throughput) or a ceiling (time, size)
 */
public record Figure(String key, String label, double value, String unit, double baseline, double target,
                     boolean higherIsBetter) {

    public boolean meetsTarget() {
        return higherIsBetter ? value >= target : value <= target;
    }

    public boolean hasTarget() {
        return target != 0;
    }

    /** How many times better than the baseline (>1 is better), whichever direction is better. */
    public double gainOverBaseline() {
        if (value == 0 || baseline == 0) {
            return Double.NaN;
        }
        return higherIsBetter ? value / baseline : baseline / value;
    }
}
