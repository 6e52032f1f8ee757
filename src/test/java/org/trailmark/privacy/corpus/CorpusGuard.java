package org.trailmark.privacy.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds corpus strings inside detector sources. Strings shorter than {@link #MIN_LENGTH} are too
 * common to mean anything (a four-letter surname is also an English word). Single words that a
 * dictionary may hold (one-word given names and surnames, cities, countries, titles) are not
 * checked, in code or in word-list files: a list of given names is knowledge of the world, not of
 * this corpus. Full names and addresses, and everything else, are.
 */
final class CorpusGuard {
    static final int MIN_LENGTH = 6;

    /** A corpus string found in a source file. */
    record Leak(String file, String corpusString) {
    }

    private CorpusGuard() {
    }

    static List<Leak> leaks(List<String> corpusStrings, Set<String> dictionaryWords, Map<String, String> code,
                            Map<String, String> wordLists) {
        List<Leak> out = new ArrayList<>();
        for (String raw : corpusStrings) {
            String s = normalise(raw);
            if (s.length() < MIN_LENGTH || dictionaryWords.contains(raw)) {
                continue;
            }
            for (Map<String, String> files : List.of(code, wordLists)) {
                files.forEach((file, text) -> {
                    if (text.contains(s)) {
                        out.add(new Leak(file, raw));
                    }
                });
            }
        }
        return out;
    }

    /** Lower case, runs of white space as one space: a value retyped with other spacing is still the value. */
    static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }

    /** Every file under {@code root} whose path passes {@code filter}, normalised, by path. */
    static Map<String, String> read(Path root, java.util.function.Predicate<Path> filter) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).filter(filter).toList()) {
                out.put(p.toString(), normalise(Files.readString(p, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
