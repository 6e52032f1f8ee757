package org.trailmark.store;

import org.trailmark.model.MediaKind;
import org.trailmark.model.MediaSegment;
import org.trailmark.model.ScreenMedia;
import org.trailmark.model.ScreenRegion;
import org.trailmark.model.ScreenStill;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rows saying which screen media a session carries (schema step 6): one {@code media} row per
 * video or still series, its running segments and its stills in their own tables.
 */
final class MediaRows {
    static final List<String> MIGRATION = List.of(
            "CREATE TABLE IF NOT EXISTS media ("
                    + " session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
                    + " ordinal INTEGER NOT NULL,"
                    + " kind TEXT NOT NULL,"
                    + " sha256 TEXT NOT NULL,"
                    + " width INTEGER NOT NULL,"
                    + " height INTEGER NOT NULL,"
                    + " fps REAL NOT NULL,"
                    + " frames INTEGER NOT NULL,"
                    + " start_ms INTEGER NOT NULL,"
                    + " end_ms INTEGER NOT NULL,"
                    + " area_x INTEGER NOT NULL,"
                    + " area_y INTEGER NOT NULL,"
                    + " area_width INTEGER NOT NULL,"
                    + " area_height INTEGER NOT NULL,"
                    + " source_name TEXT,"
                    + " PRIMARY KEY (session_id, ordinal))",
            "CREATE INDEX IF NOT EXISTS media_by_sha ON media(sha256)",
            "CREATE TABLE IF NOT EXISTS media_segments ("
                    + " session_id TEXT NOT NULL,"
                    + " ordinal INTEGER NOT NULL,"
                    + " idx INTEGER NOT NULL,"
                    + " session_start_ms INTEGER NOT NULL,"
                    + " media_start_ms INTEGER NOT NULL,"
                    + " duration_ms INTEGER NOT NULL,"
                    + " PRIMARY KEY (session_id, ordinal, idx))",
            "CREATE TABLE IF NOT EXISTS media_stills ("
                    + " session_id TEXT NOT NULL,"
                    + " ordinal INTEGER NOT NULL,"
                    + " idx INTEGER NOT NULL,"
                    + " at_ms INTEGER NOT NULL,"
                    + " sha256 TEXT NOT NULL,"
                    + " width INTEGER NOT NULL,"
                    + " height INTEGER NOT NULL,"
                    + " PRIMARY KEY (session_id, ordinal, idx))",
            "CREATE INDEX IF NOT EXISTS media_stills_by_sha ON media_stills(sha256)");

    /** Tables erasure empties for a session (besides {@code media} itself). */
    static final List<String> TABLES = List.of("media_segments", "media_stills", "media");

    private MediaRows() {
    }

    static void insert(Connection c, String sessionId, List<ScreenMedia> media) throws SQLException {
        try (PreparedStatement row = c.prepareStatement("INSERT INTO media (session_id, ordinal, kind, sha256,"
                + " width, height, fps, frames, start_ms, end_ms, area_x, area_y, area_width, area_height,"
                + " source_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement segment = c.prepareStatement("INSERT INTO media_segments (session_id, ordinal,"
                     + " idx, session_start_ms, media_start_ms, duration_ms) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement still = c.prepareStatement("INSERT INTO media_stills (session_id, ordinal, idx,"
                     + " at_ms, sha256, width, height) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int ordinal = 0; ordinal < media.size(); ordinal++) {
                ScreenMedia m = media.get(ordinal);
                row.setString(1, sessionId);
                row.setInt(2, ordinal);
                row.setString(3, m.kind().key());
                row.setString(4, m.sha256());
                row.setInt(5, m.width());
                row.setInt(6, m.height());
                row.setDouble(7, m.fps());
                row.setInt(8, m.frames());
                row.setInt(9, m.startMs());
                row.setInt(10, m.endMs());
                row.setInt(11, m.capturedArea().x());
                row.setInt(12, m.capturedArea().y());
                row.setInt(13, m.capturedArea().width());
                row.setInt(14, m.capturedArea().height());
                row.setString(15, m.sourceName());
                row.executeUpdate();
                for (int i = 0; i < m.segments().size(); i++) {
                    MediaSegment s = m.segments().get(i);
                    segment.setString(1, sessionId);
                    segment.setInt(2, ordinal);
                    segment.setInt(3, i);
                    segment.setInt(4, s.sessionStartMs());
                    segment.setLong(5, s.mediaStartMs());
                    segment.setInt(6, s.durationMs());
                    segment.addBatch();
                }
                for (int i = 0; i < m.stills().size(); i++) {
                    ScreenStill s = m.stills().get(i);
                    still.setString(1, sessionId);
                    still.setInt(2, ordinal);
                    still.setInt(3, i);
                    still.setInt(4, s.atMs());
                    still.setString(5, s.sha256());
                    still.setInt(6, s.width());
                    still.setInt(7, s.height());
                    still.addBatch();
                }
            }
            segment.executeBatch();
            still.executeBatch();
        }
    }

    static List<ScreenMedia> of(Connection c, String sessionId) throws SQLException {
        List<ScreenMedia> media = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ordinal, kind, sha256, width, height, fps, frames,"
                + " area_x, area_y, area_width, area_height, source_name FROM media WHERE session_id = ?"
                + " ORDER BY ordinal")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int ordinal = rs.getInt(1);
                    media.add(new ScreenMedia(MediaKind.fromKey(rs.getString(2)), rs.getString(3), rs.getInt(4),
                            rs.getInt(5), rs.getDouble(6), rs.getInt(7), segments(c, sessionId, ordinal),
                            stills(c, sessionId, ordinal),
                            new ScreenRegion(rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11)),
                            rs.getString(12)));
                }
            }
        }
        return media;
    }

    /** Every content hash any session still cites: videos and stills. */
    static Set<String> referencedHashes(Connection c) throws SQLException {
        Set<String> hashes = new HashSet<>();
        for (String sql : new String[] {"SELECT DISTINCT sha256 FROM media WHERE kind = 'video'",
                "SELECT DISTINCT sha256 FROM media_stills"}) {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hashes.add(rs.getString(1));
                }
            }
        }
        return hashes;
    }

    /** True when a session this connection may see cites the file with that hash (a video or a still). */
    static boolean cites(Connection c, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM media WHERE sha256 = ? AND kind = 'video'"
                + " UNION ALL SELECT 1 FROM media_stills WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            ps.setString(2, sha256);
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static void delete(Connection c, String sessionId) throws SQLException {
        for (String table : TABLES) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE session_id = ?")) {
                ps.setString(1, sessionId);
                ps.executeUpdate();
            }
        }
    }

    private static List<MediaSegment> segments(Connection c, String sessionId, int ordinal) throws SQLException {
        List<MediaSegment> segments = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT session_start_ms, media_start_ms, duration_ms"
                + " FROM media_segments WHERE session_id = ? AND ordinal = ? ORDER BY idx")) {
            ps.setString(1, sessionId);
            ps.setInt(2, ordinal);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    segments.add(new MediaSegment(rs.getInt(1), rs.getLong(2), rs.getInt(3)));
                }
            }
        }
        return segments;
    }

    private static List<ScreenStill> stills(Connection c, String sessionId, int ordinal) throws SQLException {
        List<ScreenStill> stills = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT at_ms, sha256, width, height FROM media_stills"
                + " WHERE session_id = ? AND ordinal = ? ORDER BY idx")) {
            ps.setString(1, sessionId);
            ps.setInt(2, ordinal);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stills.add(new ScreenStill(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));
                }
            }
        }
        return stills;
    }
}
