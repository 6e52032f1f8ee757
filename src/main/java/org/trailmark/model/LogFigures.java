package org.trailmark.model;

import java.util.List;
import java.util.Map;

/**
 * What a store needs to know of a session's events besides the events themselves, gathered while
 * they stream past in chunks instead of read back from a whole {@link SessionLog}.
 *
 * @param events        how many events
 * @param durationMs    the time of the last event (0 when there is none)
 * @param countsByKind  events per kind, every kind present (zero counts included)
 * @param apps          applications that had focus, in order of first focus
 * @param strings       the session's string table: the ids every chunk's events refer to
 */
public record LogFigures(long events, long durationMs, Map<EventKind, Long> countsByKind, List<String> apps,
                         List<String> strings) {
    public LogFigures {
        countsByKind = Map.copyOf(countsByKind);
        apps = List.copyOf(apps);
        strings = List.copyOf(strings);
    }

    /** The same figures of a whole log, as a store computes them from it. */
    public static LogFigures of(SessionLog log) {
        return new LogFigures(log.size(), log.durationMs(), log.countsByKind(), log.apps(), log.strings());
    }
}
