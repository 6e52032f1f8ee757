package org.trailmark.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.trailmark.model.Flag;
import org.trailmark.model.Task;
import org.trailmark.review.Times;
import org.trailmark.store.TasksAndFlags;

/**
 * The versions of a session side by side, one row per task or flag in time order, one column per
 * version (gold first): where labelers agree, their rows sit next to each other.
 */
final class VersionTable {
    static final String GOLD = "gold";

    private record Row(int startMs, int endMs, int column, String cell, String text) {
    }

    private VersionTable() {
    }

    /** @param versions gold first, then each labeler's version by name */
    static void print(PrintWriter out, String sessionId, Map<String, TasksAndFlags> versions) {
        List<String> names = List.copyOf(versions.keySet());
        List<Row> tasks = new ArrayList<>();
        List<Row> flags = new ArrayList<>();
        for (int column = 0; column < names.size(); column++) {
            TasksAndFlags version = versions.get(names.get(column));
            for (Task t : version.tasks()) {
                tasks.add(new Row(t.startMs(), t.endMs(), column, "#" + t.id() + " " + (t.label() == null ? "-" : t.label())
                        + (t.outcome() == null ? "" : ", " + t.outcome().wireName()), t.instruction()));
            }
            for (Flag f : version.flags()) {
                flags.add(new Row(f.startMs(), f.endMs(), column, "#" + f.id() + " " + f.category().wireName()
                        + (f.isRegion() ? " (region)" : ""), f.source().wireName() + ", " + f.status().wireName()));
            }
        }
        out.printf("Tasks of %s by time:%n", sessionId);
        table(out, names, tasks, "INSTRUCTION");
        out.println();
        out.printf("Flags of %s by time:%n", sessionId);
        table(out, names, flags, "SOURCE, STATUS");
    }

    private static void table(PrintWriter out, List<String> names, List<Row> rows, String lastHeader) {
        if (rows.isEmpty()) {
            out.println("  (none in any version)");
            return;
        }
        rows.sort(Comparator.comparingInt(Row::startMs).thenComparingInt(Row::endMs).thenComparingInt(Row::column));
        int[] widths = new int[names.size()];
        for (int c = 0; c < names.size(); c++) {
            int column = c;
            widths[c] = Math.max(names.get(c).length(), rows.stream().filter(r -> r.column() == column)
                    .mapToInt(r -> r.cell().length()).max().orElse(0));
        }
        StringBuilder header = new StringBuilder(String.format("%-12s  %-12s", "START", "END"));
        for (int c = 0; c < names.size(); c++) {
            header.append("  ").append(pad(names.get(c), widths[c]));
        }
        out.println(header.append("  ").append(lastHeader));
        for (Row row : rows) {
            StringBuilder line = new StringBuilder(String.format("%-12s  %-12s", Times.format(row.startMs()),
                    Times.format(row.endMs())));
            for (int c = 0; c < names.size(); c++) {
                line.append("  ").append(pad(c == row.column() ? row.cell() : "", widths[c]));
            }
            out.println(line.append("  ").append(row.text()));
        }
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
