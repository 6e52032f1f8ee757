package org.trailmark.io.rrweb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trailmark.io.Problem;

/**
 * Counts what an rrweb file holds that the session does not keep, and the events of kinds this
 * version does not know, so the import report says it once with a count instead of once per event.
 */
final class DroppedData {
    /** Where the first unknown event of a kind was, and how many there were. */
    private static final class Unknown {
        private long count;
        private long firstLine;
        private long firstIndex;
    }

    private final Path file;
    private final Map<String, Long> dropped = new LinkedHashMap<>();
    private final Map<String, Unknown> unknown = new LinkedHashMap<>();

    DroppedData(Path file) {
        this.file = file;
    }

    /** One more of something not kept, named in plural words ("canvas drawings"). */
    void drop(String what) {
        dropped.merge(what, 1L, Long::sum);
    }

    /** One more event of a kind this version does not know ("event type 9"). */
    void unknown(String kind, long line, long index) {
        Unknown u = unknown.computeIfAbsent(kind, k -> new Unknown());
        if (u.count++ == 0) {
            u.firstLine = line;
            u.firstIndex = index;
        }
    }

    /** One note listing what was not kept, or none. */
    List<Problem> notes() {
        if (dropped.isEmpty()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        dropped.forEach((what, count) -> parts.add(String.format("%,d %s", count, what)));
        return List.of(Problem.note(file, "not kept: " + String.join(", ", parts)));
    }

    /** One warning per unknown kind, at its first event. */
    List<Problem> warnings() {
        List<Problem> out = new ArrayList<>();
        unknown.forEach((kind, u) -> out.add(Problem.warning(file, u.firstLine, String.format(
                "%,d event%s of %s, which this version does not know, skipped (the first is event %d)",
                u.count, u.count == 1 ? "" : "s", kind, u.firstIndex))));
        return out;
    }
}
