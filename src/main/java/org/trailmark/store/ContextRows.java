package org.trailmark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trailmark.model.SubjectIds;
import org.trailmark.model.ContextKind;
import org.trailmark.model.ContextSpan;

/**
 * Context spans per session (window focus, away-from-keyboard and browser-tab stretches from a tracker
 * that records no input, like ActivityWatch) and the pseudonym of the host each session was captured
 * on (schema step 8). Titles and URLs here are captured content, as sensitive as window titles. Call
 * with the workspace lock held.
 */
final class ContextRows {
    private static final Pattern ASSIGNED_FROM_HOST = Pattern.compile("^subject (host-[0-9a-f]{8}) -> ");

    static final List<String> MIGRATION = List.of(
            "CREATE TABLE IF NOT EXISTS context_spans ("
                    + " session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
                    + " kind TEXT NOT NULL,"
                    + " start_ms INTEGER NOT NULL,"
                    + " end_ms INTEGER NOT NULL,"
                    + " app TEXT NOT NULL DEFAULT '',"
                    + " title TEXT NOT NULL DEFAULT '',"
                    + " url TEXT NOT NULL DEFAULT '',"
                    + " source_name TEXT NOT NULL DEFAULT '',"
                    + " CHECK (start_ms >= 0 AND end_ms > start_ms))",
            // The same span from the same or a later export is stored once (a later one may have grown).
            "CREATE UNIQUE INDEX IF NOT EXISTS context_spans_once"
                    + " ON context_spans(session_id, kind, start_ms, app, title, url)",
            "CREATE TABLE IF NOT EXISTS capture_hosts ("
                    + " session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,"
                    + " host TEXT NOT NULL)",
            "CREATE INDEX IF NOT EXISTS capture_hosts_by_host ON capture_hosts(host)");

    private ContextRows() {
    }

    static boolean isHostPseudonym(String subject) {
        return SubjectIds.isHostPseudonym(subject);
    }

    /**
     * Step 8's backfill: a session whose subject is still a host pseudonym was captured on that host;
     * one moved to a person by {@code subject assign} was captured on the host its first assignment
     * moved it from (the audit log keeps that).
     */
    static void backfillCaptureHosts(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT session_id, detail FROM audit WHERE action = ?"
                + " AND session_id IN (SELECT id FROM sessions) ORDER BY id")) {
            ps.setString(1, AuditActions.SUBJECT_ASSIGNED);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Matcher m = ASSIGNED_FROM_HOST.matcher(rs.getString(2) == null ? "" : rs.getString(2));
                    if (m.find()) {
                        rememberHost(c, rs.getString(1), m.group(1));
                    }
                }
            }
        }
        List<String[]> fromSubjects = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, subject_id FROM sessions");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (isHostPseudonym(rs.getString(2))) {
                    fromSubjects.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        for (String[] row : fromSubjects) {
            rememberHost(c, row[0], row[1]);
        }
    }

    /** Records the capture host of a session unless one is known already (the first one stays). */
    static void rememberHost(Connection c, String sessionId, String host) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO capture_hosts (session_id, host) VALUES (?, ?) ON CONFLICT (session_id) DO NOTHING")) {
            ps.setString(1, sessionId);
            ps.setString(2, host);
            ps.executeUpdate();
        }
    }

    /** Session id to capture-host pseudonym, for every session whose host is known. */
    static Map<String, String> captureHosts(Connection c) throws SQLException {
        Map<String, String> hosts = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT session_id, host FROM capture_hosts ORDER BY session_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                hosts.put(rs.getString(1), rs.getString(2));
            }
        }
        return hosts;
    }

    static Optional<String> captureHost(Connection c, String sessionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT host FROM capture_hosts WHERE session_id = ?")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * Adds the spans the session does not hold yet, and lengthens a held one that a later export shows
     * longer (ActivityWatch extends the current event while it lasts); returns how many of each kind
     * were new or longer.
     */
    static Map<ContextKind, Integer> insert(Connection c, String sessionId, List<ContextSpan> spans)
            throws SQLException {
        Map<ContextKind, Integer> added = new EnumMap<>(ContextKind.class);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO context_spans (session_id, kind,"
                + " start_ms, end_ms, app, title, url, source_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (session_id, kind, start_ms, app, title, url) DO UPDATE"
                + " SET end_ms = excluded.end_ms, source_name = excluded.source_name"
                + " WHERE excluded.end_ms > context_spans.end_ms")) {
            for (ContextSpan s : spans) {
                ps.setString(1, sessionId);
                ps.setString(2, s.kind().key());
                ps.setInt(3, s.startMs());
                ps.setInt(4, s.endMs());
                ps.setString(5, s.app());
                ps.setString(6, s.title());
                ps.setString(7, s.url());
                ps.setString(8, s.source());
                if (ps.executeUpdate() > 0) {
                    added.merge(s.kind(), 1, Integer::sum);
                }
            }
        }
        return added;
    }

    /** The session's spans ordered by start, kind, end. */
    static List<ContextSpan> of(Connection c, String sessionId) throws SQLException {
        List<ContextSpan> spans = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT kind, start_ms, end_ms, app, title, url, source_name"
                + " FROM context_spans WHERE session_id = ? ORDER BY start_ms, kind, end_ms, rowid")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Optional<ContextKind> kind = ContextKind.ofKey(rs.getString(1));
                    int start = rs.getInt(2);
                    int end = rs.getInt(3);
                    if (kind.isEmpty() || start < 0 || end <= start) {
                        throw new DamagedDataException("context span of session " + sessionId + " is damaged");
                    }
                    spans.add(new ContextSpan(kind.get(), start, end, rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7)));
                }
            }
        }
        return spans;
    }

    /** Erasure: the session's spans and its capture host. */
    static int delete(Connection c, String sessionId) throws SQLException {
        int removed;
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM context_spans WHERE session_id = ?")) {
            ps.setString(1, sessionId);
            removed = ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM capture_hosts WHERE session_id = ?")) {
            ps.setString(1, sessionId);
            ps.executeUpdate();
        }
        return removed;
    }
}
