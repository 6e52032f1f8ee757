package org.trailmark.io.screenpipe;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.trailmark.io.Problem;

/** Rows read but not imported, counted so the report says so once instead of once a row. */
final class UnusedRows {
    /** A type is quoted back only when it looks like a recorder's word, never something typed. */
    private static final Pattern TYPE_WORD = Pattern.compile("[a-z][a-z0-9_]{0,29}");
    private static final String UNNAMED = "";

    private final Map<String, Integer> unknownTypes = new TreeMap<>();
    private int contextOnlyClicks;

    void unknownType(String type) {
        String key = type != null && TYPE_WORD.matcher(type).matches() ? type : UNNAMED;
        unknownTypes.merge(key, 1, Integer::sum);
    }

    void contextOnlyClick() {
        contextOnlyClicks++;
    }

    void report(RowProblems problems) {
        unknownTypes.forEach((type, count) -> problems.table(Problem.Severity.WARNING, count
                + (count == 1 ? " row" : " rows") + " of "
                + (type.isEmpty() ? "an unreadable event type" : "event type \"" + type + "\"")
                + " this version does not read; skipped"));
        if (contextOnlyClicks > 0) {
            problems.table(Problem.Severity.NOTE, contextOnlyClicks + " click rows with click_count 0 hold only the"
                    + " accessibility context of an earlier click; not imported as clicks");
        }
    }
}
