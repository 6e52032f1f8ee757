package org.trailmark.privacy.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The independent corpus stays independent: no value, own text, template sentence or window title
 * of it appears in the detectors' code (every source under {@code org/trailmark/privacy}, context
 * word lists included) or in a privacy word list under {@code src/main/resources}. If a detector is
 * ever tuned by pasting a corpus string into it, this fails and the measurement must be redone on
 * new data.
 */
class CorpusIndependenceTest {
    private static final Path CODE = Path.of("src", "main", "java", "org", "trailmark", "privacy");
    private static final Path RESOURCES = Path.of("src", "main", "resources");

    @Test
    void noCorpusStringAppearsInDetectorCodeOrWordLists() {
        Map<String, String> code = CorpusGuard.read(CODE, p -> p.toString().endsWith(".java"));
        Map<String, String> wordLists = CorpusGuard.read(RESOURCES,
                p -> p.toString().toLowerCase(java.util.Locale.ROOT).contains("privacy"));
        assertThat(code).containsKey(CODE.resolve("ContextWords.java").toString());
        List<CorpusGuard.Leak> leaks = CorpusGuard.leaks(CorpusFixtures.REAL.strings(), dictionaryWords(), code,
                wordLists);
        assertThat(leaks).isEmpty();
    }

    @Test
    void theGuardFindsAValueOrATemplateSentencePastedIntoCode() {
        IndependentCorpus c = CorpusFixtures.REAL;
        String value = c.items().stream().filter(i -> !i.lookAlike()).findFirst().orElseThrow().truths().get(0).value();
        String sentence = c.templates().get(0).pieces().get(0).text();
        Map<String, String> code = Map.of("Detector.java", CorpusGuard.normalise(
                "static final String[] WORDS = {\"" + value.toUpperCase() + "\", \"" + sentence + "\"};"));
        assertThat(CorpusGuard.leaks(c.strings(), dictionaryWords(), code, Map.of()))
                .extracting(CorpusGuard.Leak::corpusString).contains(value, sentence);
    }

    @Test
    void aGivenNameMayBeInANameListButAFullNameOrAddressMayNot() {
        Map<String, String> list = Map.of("privacy/given-names.txt", CorpusGuard.normalise("margrethe\nmarie\n"));
        Map<String, String> code = Map.of("NameDetector.java", CorpusGuard.normalise(
                "String[] NAMES = {\"Margrethe\"}; String[] SEEN = {\"Margrethe Kristiansen\", \"Algade 33, 4862 Guldborg\"};"));
        List<String> strings = List.of("Margrethe", "Margrethe Kristiansen", "Algade 33, 4862 Guldborg");
        assertThat(CorpusGuard.leaks(strings, Set.of("Margrethe"), Map.of(), list)).isEmpty();
        assertThat(CorpusGuard.leaks(strings, Set.of("Margrethe"), code, list)).extracting(CorpusGuard.Leak::corpusString)
                .containsExactly("Margrethe Kristiansen", "Algade 33, 4862 Guldborg");
    }

    /** Single words a dictionary may list: one-word names and every filler (titles, cities, countries). */
    private static Set<String> dictionaryWords() {
        Set<String> out = new HashSet<>();
        for (CorpusItem i : CorpusFixtures.REAL.items()) {
            for (CorpusTruth t : i.truths()) {
                if (t.kind().equals("person_name") && !t.value().contains(" ")) {
                    out.add(t.value());
                }
            }
        }
        CorpusFixtures.REAL.fillers().values().forEach(out::addAll);
        return out;
    }
}
