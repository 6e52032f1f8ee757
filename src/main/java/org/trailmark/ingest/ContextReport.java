package org.trailmark.ingest;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.trailmark.io.Problem;
import org.trailmark.model.ContextKind;

/**
 * What a context import did: per session touched, the spans that overlapped it and how many were new;
 * the events that matched no session; the problems of reading the export.
 */
public record ContextReport(Path file, List<Touched> touched, ContextCounts unmatched, List<Problem> problems) {
    public ContextReport {
        touched = List.copyOf(touched);
        problems = List.copyOf(problems);
    }

    /**
     * @param matched spans of the export that fall on the session
     * @param added   of those, the ones the session did not hold yet (an export imported again adds none)
     */
    public record Touched(String sessionId, Map<ContextKind, Integer> matched, Map<ContextKind, Integer> added) {
        public Touched {
            matched = copy(matched);
            added = copy(added);
        }

        private static Map<ContextKind, Integer> copy(Map<ContextKind, Integer> counts) {
            Map<ContextKind, Integer> copy = new EnumMap<>(ContextKind.class);
            copy.putAll(counts);
            return java.util.Collections.unmodifiableMap(copy);
        }

        public int addedTotal() {
            return added.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int matchedTotal() {
            return matched.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public int addedTotal() {
        return touched.stream().mapToInt(Touched::addedTotal).sum();
    }

    /** 0 spans added cleanly, 1 with warnings or spans that matched nothing, 2 nothing added and an error. */
    public int exitCode() {
        if (hasErrors() && addedTotal() == 0) {
            return ImportReport.NOTHING_IMPORTED;
        }
        boolean warnings = problems.stream().anyMatch(p -> !p.isNote());
        return warnings || touched.isEmpty() ? ImportReport.WITH_WARNINGS : ImportReport.OK;
    }
}
