package org.trailmark.bench;

/**
 * One measured figure beside its naive baseline from the same run.
 *
 * @param key            the name in {@code bench --json}, e.g. {@code import_events_per_s}
 * @param target         the budget target (BENCHMARKS.md), in the same unit; 0 for a figure reported for reference only
 * @param higherIsBetter whether the target is a floor (throughput) or a ceiling (time, size)
 * @param note           how it was measured (e.g. which tool read a child's memory) or, for a figure with no value,
 *                       why it was not measured; null when there is nothing to add
 */
public record Figure(String key, String label, double value, String unit, double baseline, double target,
                     boolean higherIsBetter, String note) {

    public Figure(String key, String label, double value, String unit, double baseline, double target,
                  boolean higherIsBetter) {
        this(key, label, value, unit, baseline, target, higherIsBetter, null);
    }

    /** A figure this run could not measure (e.g. no Python for a Python baseline), with the reason. */
    public static Figure notMeasured(String key, String label, String unit, double target, boolean higherIsBetter,
                                     String reason) {
        return new Figure(key, label, Double.NaN, unit, Double.NaN, target, higherIsBetter, reason);
    }

    public Figure withNote(String text) {
        return new Figure(key, label, value, unit, baseline, target, higherIsBetter, text);
    }

    public boolean measured() {
        return !Double.isNaN(value);
    }

    public boolean meetsTarget() {
        return measured() && (higherIsBetter ? value >= target : value <= target);
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
