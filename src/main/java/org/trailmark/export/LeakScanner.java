package org.trailmark.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Looks for every flagged value of an export in one written file, in one pass per way a value can
 * show. The rules:
 * <ul>
 *   <li>values of at least {@link Redactor#MIN_CHECKED_LENGTH} characters must not appear anywhere:
 *       not in the raw bytes, not in any decoded JSON string, not with separators removed (when at
 *       least {@link #MIN_COMPACT_LENGTH} letters and digits remain), and not spelled by consecutive
 *       typing and single-key actions, key events or keystroke rows;</li>
 *   <li>a value of digits only shorter than {@link #SPECIFIC_DIGITS} digits (a PIN, a postcode, a
 *       date written 12-04-1990) would match the file's own numbers — times, pixels, 0–1 coordinates
 *       — by chance, and a captured value never becomes a JSON number: it is looked for in the file's
 *       strings (typed text, titles, any string value) and in what key actions spell, not in its numbers;</li>
 *   <li>shorter values (at least {@link Redactor#MIN_TOKEN_LENGTH}: a PIN, a short password) would match
 *       ordinary text by chance anywhere, so they are checked only where they leak as what they were:
 *       as a whole word (bounded by non-letters and non-digits) of what the file says was typed —
 *       the typing and single keys of a trajectory, the consecutive key presses of an event stream
 *       (a key without text other than Shift ends a word), the key codes of a keystroke table.</li>
 * </ul>
 * In {@code .jsonl} files a match never spans two lines (JSON escapes a value's newlines), and a line of
 * exactly the pointer-move shape our writer gives is not searched: it holds only numbers and fixed words.
 * Every other line is searched raw; lines with escapes or nesting are also decoded by Jackson.
 * Problems name the file and the way a value showed, never the value.
 */
final class LeakScanner {
    /** Without separators short values would match unrelated runs of letters and digits. */
    static final int MIN_COMPACT_LENGTH = 6;
    /** From this many digits a number is specific enough that a chance match in the file's own numbers is negligible. */
    static final int SPECIFIC_DIGITS = 10;

    private final List<String> values;
    private final MultiMatcher exact;
    private final MultiMatcher compact;
    private final int[] compactOwner;
    private final List<String> shortValues;
    /** Values of digits only, and the digit forms of values with separators: looked for in strings only. */
    private final List<String> numericValues;
    private final List<String> numericCompacts;
    private final List<Integer> numericCompactOwner;

    LeakScanner(Set<String> originals) {
        values = new ArrayList<>();
        shortValues = new ArrayList<>();
        numericValues = new ArrayList<>();
        numericCompacts = new ArrayList<>();
        numericCompactOwner = new ArrayList<>();
        for (String o : new TreeSet<>(originals)) {
            if (o.length() >= Redactor.MIN_CHECKED_LENGTH && isFewDigits(o)) {
                numericValues.add(o);
            } else if (o.length() >= Redactor.MIN_CHECKED_LENGTH) {
                values.add(o);
            } else if (o.length() >= Redactor.MIN_TOKEN_LENGTH) {
                shortValues.add(o);
            }
        }
        exact = new MultiMatcher(values);
        List<String> compacted = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String c = compact(values.get(i));
            if (c.length() >= MIN_COMPACT_LENGTH && isFewDigits(c)) {
                numericCompacts.add(c);
                numericCompactOwner.add(i);
            } else if (c.length() >= MIN_COMPACT_LENGTH) {
                compacted.add(c);
                owners.add(i);
            }
        }
        compact = new MultiMatcher(compacted);
        compactOwner = owners.stream().mapToInt(Integer::intValue).toArray();
    }

    boolean isEmpty() {
        return values.isEmpty() && shortValues.isEmpty() && numericValues.isEmpty();
    }

    private static boolean isFewDigits(String value) {
        return value.length() < SPECIFIC_DIGITS && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private boolean looksForNumbers() {
        return !numericValues.isEmpty() || !numericCompacts.isEmpty();
    }

    /** Files from this size on are read on two threads: the pattern pass and the reading of the lines are independent. */
    private static final int PARALLEL_FROM_BYTES = 4 << 20;

    List<String> scan(String name, byte[] bytes) {
        return scan(name, bytes, () -> { });
    }

    /**
     * @param alongside other work on the same bytes (a checksum) that runs on this thread while the
     *                  pattern pass of a large file runs on another
     */
    List<String> scan(String name, byte[] bytes, Runnable alongside) {
        if (isEmpty()) {
            alongside.run();
            return List.of();
        }
        String raw = new String(bytes, StandardCharsets.UTF_8);
        BitSet asText = new BitSet();
        BitSet rawCompact = new BitSet();
        Runnable patternPass = name.endsWith(".jsonl")
                ? () -> patternPassByLine(raw, exact.run(asText), compact.run(rawCompact))
                : () -> exact.run(asText).feedBoth(raw, compact.run(rawCompact));
        Thread second = null;
        if (bytes.length >= PARALLEL_FROM_BYTES) {
            second = new Thread(patternPass, "export-verify");
            second.setDaemon(true);
            second.start();
        } else {
            patternPass.run();
        }
        StringBuilder decoded = new StringBuilder();
        StringBuilder spelled = new StringBuilder();
        StringBuilder typed = new StringBuilder();
        // Flat event lines skip the decoded text (their raw text is searched); numbers need their strings.
        StringBuilder strings = looksForNumbers() ? new StringBuilder() : null;
        try {
            if (name.endsWith(".jsonl")) {
                ExportLines.read(raw, decoded, spelled, typed, strings);
            } else if (name.endsWith(".json")) {
                ExportLines.collectStrings(ExportLines.parse(raw), decoded);
            } else if (name.endsWith(".tsv")) {
                String table = KeySpelling.ofTable(raw);
                spelled.append(table);
                typed.append(table);
            } else if (strings != null && !name.endsWith(".json")) {
                strings.append(raw);
            }
            alongside.run();
        } finally {
            join(second);
        }
        exact.run(asText).feed(decoded.toString());
        BitSet asCompact = owners(rawCompact, compactFind(decoded.toString()));
        BitSet asSpelled = new BitSet();
        exact.run(asSpelled).feed(spelled.toString());
        asSpelled.or(owners(compactFind(spelled.toString())));

        List<String> problems = new ArrayList<>();
        for (int v = 0; v < values.size(); v++) {
            if (asText.get(v)) {
                problems.add(name + ": a flagged value appears as text");
            } else if (asCompact.get(v)) {
                problems.add(name + ": a flagged value appears with its separators removed");
            } else if (asSpelled.get(v)) {
                problems.add(name + ": a flagged value is spelled by consecutive key actions");
            }
        }
        if (looksForNumbers()) {
            String inStrings = decoded + KeySpelling.BREAK_TEXT + strings;
            String spelledText = spelled.toString();
            for (String v : numericValues) {
                if (inStrings.contains(v)) {
                    problems.add(name + ": a flagged value appears as text");
                } else if (spelledText.contains(v)) {
                    problems.add(name + ": a flagged value is spelled by consecutive key actions");
                }
            }
            String compactStrings = compact(inStrings);
            String compactSpelled = compact(spelledText);
            for (int n = 0; n < numericCompacts.size(); n++) {
                int owner = numericCompactOwner.get(n);
                if (asText.get(owner)) {
                    continue;
                }
                if (compactStrings.contains(numericCompacts.get(n))) {
                    problems.add(name + ": a flagged value appears with its separators removed");
                } else if (!asSpelled.get(owner) && compactSpelled.contains(numericCompacts.get(n))) {
                    problems.add(name + ": a flagged value is spelled by consecutive key actions");
                }
            }
        }
        for (String s : shortValues) {
            if (containsAsWord(typed, s)) {
                problems.add(name + ": a short flagged value is typed as a whole word");
            }
        }
        return problems;
    }

    /**
     * The raw text of each line through both matchers, except lines of the exact shape our writer gives
     * a pointer move ({@link ExportLines#isPointerMove}): those hold only numbers and fixed words, no captured text,
     * and they are nearly all of a session's lines. A line ends every match: JSON escapes a value's newlines.
     */
    private static void patternPassByLine(String raw, MultiMatcher.Run text, MultiMatcher.Run compacted) {
        int start = 0;
        while (start < raw.length()) {
            int end = raw.indexOf('\n', start);
            if (end < 0) {
                end = raw.length();
            }
            if (!ExportLines.isPointerMove(raw, start, end)) {
                text.reset();
                compacted.reset();
                text.feedBoth(raw, start, end, compacted);
            }
            start = end + 1;
        }
    }

    private static void join(Thread thread) {
        if (thread == null) {
            return;
        }
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                // The pass must finish before its findings are read; the interrupt is passed on after.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private BitSet compactFind(String text) {
        BitSet found = new BitSet();
        compact.run(found).feedCompacted(text);
        return found;
    }

    private BitSet owners(BitSet... compactIds) {
        BitSet owners = new BitSet();
        for (BitSet ids : compactIds) {
            ids.stream().forEach(id -> owners.set(compactOwner[id]));
        }
        return owners;
    }

    static boolean containsAsWord(CharSequence text, String word) {
        String t = text.toString();
        for (int at = t.indexOf(word); at >= 0; at = t.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1));
            boolean endsWord = end == t.length() || !Character.isLetterOrDigit(t.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }

    /** Letters and digits only, lower-cased: the form a value takes with its separators removed. */
    static String compact(String text) {
        return MultiMatcher.compacted(text);
    }
}
