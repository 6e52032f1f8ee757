package org.trailmark.privacy.corpus;

import java.util.List;
import java.util.Map;

/** Small corpora written in tests, and the real one. */
final class CorpusFixtures {
    static final IndependentCorpus REAL = IndependentCorpus.load(IndependentCorpus.DEFAULT_FOLDER);

    private CorpusFixtures() {
    }

    static CorpusTruth truth(String kind, String value, String... accept) {
        return new CorpusTruth(kind, value, List.of(accept));
    }

    static CorpusItem value(String id, String kind, String value) {
        return new CorpusItem(id, "test", null, List.of(truth(kind, value)), null, false, false);
    }

    static CorpusItem text(String id, String text, CorpusTruth... truths) {
        return new CorpusItem(id, "test", text, List.of(truths), null, false, false);
    }

    static IndependentCorpus corpus(List<CorpusItem> items, List<ProseTemplate> templates, List<CorpusTitle> titles) {
        return new IndependentCorpus(items, templates, Map.of("TITLE", List.of("Dr.")), titles);
    }
}
