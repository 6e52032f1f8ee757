package org.trailmark.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Blind until submitted: who may read and write which version of a session's labels. The gold set is
 * open to the usual rules; a labeler's version is read by its labeler, and by everyone once every
 * labeler of the session has submitted; it is written only by its labeler, and only before they submit.
 * PostgreSQL enforces the same with {@link Versions#postgresqlPolicies}. Call with the lock held.
 */
final class VersionRules {
    private VersionRules() {
    }

    static void requireReadable(Connection c, String sessionId, String labeler, String user) throws SQLException {
        if (Versions.isGold(labeler) || labeler.equals(user)) {
            return;
        }
        List<String> waiting = AssignedLabelers.of(c, sessionId).stream()
                .filter(s -> !s.submitted()).map(LabelerVersionState::labeler).toList();
        if (!waiting.isEmpty()) {
            throw new VersionAccessException("the labels " + labeler + " gave session " + sessionId
                    + " stay hidden until every labeler of it has submitted (not yet: " + String.join(", ", waiting)
                    + ")");
        }
    }

    static void requireWritable(Connection c, String sessionId, String labeler, String user) throws SQLException {
        if (Versions.isGold(labeler)) {
            return;
        }
        if (!labeler.equals(user)) {
            throw new VersionAccessException("only " + labeler + " edits their own version of session " + sessionId
                    + " (you are " + user + ")");
        }
        Optional<LabelerVersionState> mine = AssignedLabelers.of(c, sessionId).stream()
                .filter(s -> s.labeler().equals(labeler)).findFirst();
        if (mine.isEmpty()) {
            throw new VersionAccessException(user + " is not assigned to label session " + sessionId);
        }
        if (mine.get().submitted()) {
            throw new VersionAccessException(user + " submitted their labels of session " + sessionId + " at "
                    + mine.get().submittedAt() + "; a submitted version is read-only");
        }
    }
}
