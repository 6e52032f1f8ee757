package org.trailmark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.trailmark.model.ContextKind;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.MediaKind;

/**
 * The aggregate reads behind the record of processing (issue 15): how much of each kind of data
 * every session holds, counted by the database. Only counts leave these queries, never a title, a URL
 * or a flag's reason, and the same SQL runs on SQLite and PostgreSQL.
 */
public final class ProcessingQueries {
    /** Why a subject member cannot make the record, in words for the person who tried. */
    static final String SUBJECT_REFUSAL = "the records of processing cover every person in the workspace, and"
            + " %s is a recorded person's account, which sees only its own sessions: ask a curator or an admin";
    static final String NON_MEMBER_REFUSAL = "the records of processing need a member of the team workspace, and"
            + " %s is none: ask an admin to grant you the curator or admin role";

    private ProcessingQueries() {
    }

    /**
     * Refuses, before anything is read, an account whose view of a team workspace is partial: a record made
     * from a recorded person's rows (or from a non-member's none) would understate everyone else's.
     *
     * @throws WorkspaceException with the reason in plain words
     */
    public static void requireWholeView(Workspace workspace) {
        Database db = workspace.database();
        if (db.dialect() != SqlDialect.POSTGRESQL) {
            return;
        }
        Optional<String> role = db.read("read your role in the workspace", () -> roleOfCurrentUser(db.connection()));
        String me = workspace.currentUser().name();
        if (role.isEmpty()) {
            throw new WorkspaceException(String.format(NON_MEMBER_REFUSAL, me));
        }
        if (role.get().equals("subject")) {
            throw new WorkspaceException(String.format(SUBJECT_REFUSAL, me));
        }
    }

    /** Every session's counts; a session holding none of these is absent (read it as {@link SessionCounts#NONE}). */
    public static Map<String, SessionCounts> countsPerSession(Workspace workspace) {
        Database db = workspace.database();
        return db.read("count the workspace's data for the record of processing", () -> {
            Connection c = db.connection();
            Map<String, Builder> bySession = new HashMap<>();
            eachRow(c, "SELECT session_id, kind, count(*) FROM media GROUP BY session_id, kind", rs -> {
                Builder b = of(bySession, rs.getString(1));
                if (MediaKind.fromKey(rs.getString(2)) == MediaKind.VIDEO) {
                    b.videos += rs.getLong(3);
                } else {
                    b.stillSeries += rs.getLong(3);
                }
            });
            eachRow(c, "SELECT session_id, count(*) FROM media_stills GROUP BY session_id",
                    rs -> of(bySession, rs.getString(1)).stills += rs.getLong(2));
            eachRow(c, "SELECT session_id, kind, count(*) FROM context_spans GROUP BY session_id, kind",
                    rs -> add(of(bySession, rs.getString(1)).context, ContextKind.ofKey(rs.getString(2)), rs.getLong(3)));
            // The gold set only (labeler ''): a labeler's own version is a draft of the same flags.
            eachRow(c, "SELECT session_id, category, count(*) FROM flags"
                    + " WHERE labeler = '' AND status <> 'rejected' GROUP BY session_id, category",
                    rs -> add(of(bySession, rs.getString(1)).flags, FlagCategory.ofWireName(rs.getString(2)),
                            rs.getLong(3)));
            Map<String, SessionCounts> counts = new HashMap<>();
            bySession.forEach((id, b) -> counts.put(id, b.build()));
            return counts;
        });
    }

    static Optional<String> roleOfCurrentUser(Connection c) throws SQLException {
        String[] role = {null};
        eachRow(c, "SELECT trailmark_role_of(current_user)", rs -> role[0] = rs.getString(1));
        return Optional.ofNullable(role[0]);
    }

    private static Builder of(Map<String, Builder> bySession, String sessionId) {
        return bySession.computeIfAbsent(sessionId, id -> new Builder());
    }

    /** A kind this version does not know (written by a newer one) is left out rather than miscounted. */
    private static <K> void add(Map<K, Long> counts, Optional<K> kind, long n) {
        kind.ifPresent(k -> counts.merge(k, n, Long::sum));
    }

    private interface Row {
        void take(ResultSet rs) throws SQLException;
    }

    private static void eachRow(Connection c, String sql, Row row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Objects.requireNonNull(sql)); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                row.take(rs);
            }
        }
    }

    private static final class Builder {
        long videos;
        long stillSeries;
        long stills;
        final Map<ContextKind, Long> context = new EnumMap<>(ContextKind.class);
        final Map<FlagCategory, Long> flags = new EnumMap<>(FlagCategory.class);

        SessionCounts build() {
            return new SessionCounts(videos, stillSeries, stills, context, flags);
        }
    }
}
