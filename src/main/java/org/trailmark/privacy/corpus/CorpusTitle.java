package org.trailmark.privacy.corpus;

import java.util.List;
import java.util.Objects;

/** A window title as an application shows it, with the values in it that a detector should find. */
public record CorpusTitle(String id, String group, String app, String title, List<CorpusTruth> truths) {
    public CorpusTitle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(title, "title");
        truths = List.copyOf(truths);
        for (CorpusTruth t : truths) {
            if (!title.contains(t.value())) {
                throw new IllegalArgumentException("the title does not contain the " + t.kind() + " value");
            }
        }
    }
}
