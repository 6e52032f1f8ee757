package org.trailmark.privacy.corpus;

import java.util.List;
import java.util.Optional;

/**
 * What the independent corpus measured: per kind, typed input and window titles apart, and every
 * miss and false alarm by row, entry id and typing variant (never the value).
 */
public record CorpusReport(long seed, int typedCases, int titleCases, List<Row> typed, List<Row> titles,
                           List<Outcome> misses, List<Outcome> falseAlarms) {
    public CorpusReport {
        typed = List.copyOf(typed);
        titles = List.copyOf(titles);
        misses = List.copyOf(misses);
        falseAlarms = List.copyOf(falseAlarms);
    }

    /** Counts for one kind; precision and recall are empty when nothing was found or planted. */
    public record Row(String name, int truePositives, int falsePositives, int falseNegatives) {
        public Optional<Double> precision() {
            int found = truePositives + falsePositives;
            return found == 0 ? Optional.empty() : Optional.of((double) truePositives / found);
        }

        public Optional<Double> recall() {
            int planted = truePositives + falseNegatives;
            return planted == 0 ? Optional.empty() : Optional.of((double) truePositives / planted);
        }

        public Optional<WilsonInterval> precisionInterval() {
            int found = truePositives + falsePositives;
            return found == 0 ? Optional.empty() : Optional.of(WilsonInterval.of(truePositives, found));
        }

        public Optional<WilsonInterval> recallInterval() {
            int planted = truePositives + falseNegatives;
            return planted == 0 ? Optional.empty() : Optional.of(WilsonInterval.of(truePositives, planted));
        }
    }

    /** A planted value not found, or a finding where nothing of its kind was planted. */
    public record Outcome(String path, String row, String itemId, String variant) {
    }

    public Row typedRow(String name) {
        return typed.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }
}
