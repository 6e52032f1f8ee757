package org.trailmark.privacy.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Given names from a public list (resources {@code given-names*.txt}; source and licence in
 * {@code given-names.source.md}). A name that is also an English word ("Mark", "Rose") is
 * <em>ambiguous</em>: it counts only where context already says a name follows.
 */
public final class GivenNames {
    private static final Set<String> CLEAR = load("given-names.txt");
    private static final Set<String> AMBIGUOUS = load("given-names-ambiguous.txt");

    private GivenNames() {
    }

    /** A given name that is no English word, in any letter case. */
    public static boolean isClear(char[] t, int from, int to) {
        return to - from >= 3 && to - from <= 15 && CLEAR.contains(lower(t, from, to));
    }

    /** Any listed given name, ambiguous ones included, in any letter case. */
    public static boolean isAny(char[] t, int from, int to) {
        if (to - from < 3 || to - from > 15) {
            return false;
        }
        String word = lower(t, from, to);
        return CLEAR.contains(word) || AMBIGUOUS.contains(word);
    }

    private static String lower(char[] t, int from, int to) {
        return new String(t, from, to - from).toLowerCase(Locale.ROOT);
    }

    private static Set<String> load(String resource) {
        Set<String> names = new HashSet<>();
        try (InputStream in = GivenNames.class.getResourceAsStream("/org/trailmark/privacy/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    names.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(names);
    }
}
