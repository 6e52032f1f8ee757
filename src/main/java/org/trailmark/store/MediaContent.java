package org.trailmark.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.trailmark.model.MediaKind;
import org.trailmark.model.ScreenMedia;
import org.trailmark.model.ScreenStill;

/**
 * The bytes of screen media kept in the database itself (schema step 13, decision 0027): a team
 * workspace's video must play on every labeler's computer, not only on the one that imported it. Each
 * file is cut into parts of {@link #PART_BYTES} so that neither writing nor reading ever holds more
 * than one part in memory. On a workspace file the table stays empty: the media folder beside the file
 * is the store there.
 */
public final class MediaContent {
    /** One part of a file: big enough that a 100 MB video is a hundred rows, small enough for the heap. */
    static final int PART_BYTES = 1 << 20;

    static final List<String> SQLITE_STEP_13 = List.of(
            "CREATE TABLE IF NOT EXISTS media_content ("
                    + " sha256 TEXT NOT NULL,"
                    + " part INTEGER NOT NULL,"
                    + " extension TEXT NOT NULL,"
                    + " bytes BLOB NOT NULL,"
                    + " PRIMARY KEY (sha256, part))");

    /** For {@code store.pg.PostgresSchemaSteps}. */
    public static final List<String> POSTGRESQL_STEP_13 = List.of(
            "CREATE TABLE media_content ("
                    + " sha256 text NOT NULL,"
                    + " part bigint NOT NULL,"
                    + " extension text NOT NULL,"
                    + " bytes bytea NOT NULL,"
                    + " PRIMARY KEY (sha256, part))",
            // already compressed (video, PNG): PostgreSQL's own compression would only cost time
            "ALTER TABLE media_content ALTER COLUMN bytes SET STORAGE EXTERNAL");

    private MediaContent() {
    }

    /** The file hashes the media cite: each video, each still (a still series' own hash names no file). */
    static Set<String> fileHashes(List<ScreenMedia> media) {
        Set<String> hashes = new LinkedHashSet<>();
        for (ScreenMedia m : media) {
            if (m.kind() == MediaKind.VIDEO) {
                hashes.add(m.sha256());
            }
            for (ScreenStill still : m.stills()) {
                hashes.add(still.sha256());
            }
        }
        return hashes;
    }

    /** True when the database holds (and this login may read) the content with that hash. */
    static boolean has(Connection c, String sha256) throws SQLException {
        return parts(c, sha256) > 0;
    }

    /** How many parts of that content this login can read: 0 when none. */
    static int parts(Connection c, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM media_content WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** The extension the content was stored under, or "bin". */
    static String extension(Connection c, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT extension FROM media_content WHERE sha256 = ? AND part = 0")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "bin";
            }
        }
    }

    /** One part's bytes, or null when the row is gone (erased meanwhile) or not visible. */
    static byte[] part(Connection c, String sha256, int part) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT bytes FROM media_content WHERE sha256 = ? AND part = ?")) {
            ps.setString(1, sha256);
            ps.setInt(2, part);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }

    /**
     * Writes a stored file into the table, part by part, inside the caller's transaction, checking on
     * the way that its bytes still have the hash it is stored under (a file changed on disk since it was
     * stored must not enter the database under a name it does not have).
     */
    static void upload(Connection c, String sha256, Path file) throws SQLException, IOException {
        String extension = MediaStore.extensionOf(file);
        MessageDigest digest = MediaStore.sha256();
        try (InputStream in = Files.newInputStream(file);
             PreparedStatement ps = c.prepareStatement(
                     // another computer importing the same file at once: its parts are these bytes too
                     "INSERT INTO media_content (sha256, part, extension, bytes) VALUES (?, ?, ?, ?)"
                             + " ON CONFLICT (sha256, part) DO NOTHING")) {
            byte[] buffer = new byte[PART_BYTES];
            int part = 0;
            int filled;
            while ((filled = in.readNBytes(buffer, 0, PART_BYTES)) > 0 || part == 0) {
                byte[] bytes = filled == PART_BYTES ? buffer : java.util.Arrays.copyOf(buffer, filled);
                digest.update(bytes, 0, filled);
                ps.setString(1, sha256);
                ps.setInt(2, part++);
                ps.setString(3, extension);
                ps.setBytes(4, bytes);
                ps.executeUpdate();
                if (filled < PART_BYTES) {
                    break;
                }
            }
        }
        String actual = HexFormat.of().formatHex(digest.digest());
        if (!actual.equals(sha256)) {
            throw new IOException("the stored screen media file " + file.getFileName() + " no longer has the content"
                    + " it was stored with");
        }
    }

    /**
     * Deletes content no session cites any more (after an erasure, or an import that failed). On
     * PostgreSQL through a function that sees every session: a subject erasing its own session cannot
     * see, and so could not judge, whether another's session cites the same file.
     */
    static int removeUncited(Connection c, SqlDialect dialect) throws SQLException {
        if (dialect == SqlDialect.POSTGRESQL) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT trailmark_remove_uncited_media()")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(UNCITED_DELETE);
        }
    }

    /** The deletion both backends run (PostgreSQL inside its SECURITY DEFINER function). */
    public static final String UNCITED_DELETE = "DELETE FROM media_content WHERE NOT EXISTS (SELECT 1 FROM media m"
            + " WHERE m.sha256 = media_content.sha256 AND m.kind = 'video') AND NOT EXISTS (SELECT 1 FROM"
            + " media_stills s WHERE s.sha256 = media_content.sha256)";
}
