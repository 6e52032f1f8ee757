package org.trailmark.io;

import java.util.List;

/**
 * What an importer got out of one path: the sessions it could read and every problem it met.
 * A path can yield several sessions (a folder) or none (all of it was unreadable).
 * {@code problems} holds only what belongs to no returned session (an unreadable file in a folder,
 * say); a session's own warnings are in its {@link ParsedSession#problems()}, never in both.
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
