package org.trailmark.io;

import java.util.List;

/**
 * What an importer got out of one path: the sessions it could read and every problem it met.
 * A path can yield several sessions (a folder) or none (all of it was unreadable).
 * {@code problems} holds every problem met, in input order; each returned session also carries its
 * own subset in {@link ParsedSession#problems()}, so callers can attribute warnings to sessions.
 */
public record ReadResult(List<ParsedSession> sessions, List<Problem> problems) {
    public ReadResult {
        sessions = List.copyOf(sessions);
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
