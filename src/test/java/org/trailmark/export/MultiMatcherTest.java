package org.trailmark.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class MultiMatcherTest {
    @Test
    void findsOverlappingPatternsAndPatternsEndingInsideOthers() {
        MultiMatcher m = new MultiMatcher(List.of("he", "she", "hers", "his"));
        assertThat(m.find("ushers").stream().toArray()).containsExactly(0, 1, 2);
    }

    @Test
    void aPatternSpanningTwoFeedsOfOneRunIsFoundButNotAcrossTwoRuns() {
        MultiMatcher m = new MultiMatcher(List.of("abcd"));
        BitSet found = new BitSet();
        m.run(found).feed("xxab");
        m.run(found).feed("cd");
        assertThat(found.isEmpty()).isTrue();
        MultiMatcher.Run run = m.run(found);
        run.feed("abc");
        run.feed("d");
        assertThat(found.get(0)).isTrue();
    }

    @Test
    void compactedFeedDropsSeparatorsAndCase() {
        MultiMatcher m = new MultiMatcher(List.of(MultiMatcher.compacted("4111-1111 AbC")));
        BitSet found = new BitSet();
        m.run(found).feedCompacted("card: 4111 1111-abc!");
        assertThat(found.get(0)).isTrue();
    }

    @Property(tries = 200)
    void agreesWithIndexOf(@ForAll @Size(min = 1, max = 6) List<@AlphaChars @StringLength(min = 1, max = 4) String> patterns,
                           @ForAll @AlphaChars @StringLength(max = 60) String text) {
        BitSet found = new MultiMatcher(patterns).find(text);
        for (int i = 0; i < patterns.size(); i++) {
            boolean expected = text.contains(patterns.get(i));
            // Duplicates share one trie path; the first id carries the match.
            int first = patterns.indexOf(patterns.get(i));
            assertThat(found.get(first)).as(patterns.get(i)).isEqualTo(expected);
        }
    }
}
