package org.trailmark.export;

import java.util.Locale;
import java.util.Optional;

/** The kinds of files an export can write; several may be chosen at once. */
public enum ExportFormat {
    /** data/{split}.jsonl: one coalesced-action trajectory per task. */
    TRAJECTORIES,
    /** data/events/{split}/SESSION.jsonl: the redacted raw events in the native capture format. */
    EVENTS,
    /** data/keystrokes/{split}.tsv: per-key press and release timings outside masked spans. */
    KEYSTROKES;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ExportFormat> ofWireName(String name) {
        for (ExportFormat f : values()) {
            if (f.wireName().equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
