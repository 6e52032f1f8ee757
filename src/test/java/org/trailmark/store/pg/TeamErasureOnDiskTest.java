package org.trailmark.store.pg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.Task;
import org.trailmark.store.SyntheticSessions;
import org.trailmark.store.Workspace;

/**
 * Erasure on a team server removes the bytes from the database's table files, not only the rows from
 * queries: after the erasure's VACUUM FULL and a checkpoint, no file of the database holds a text that
 * was in the erased session. (The WAL and backups are the DBA's: docs/team-server.md.)
 */
class TeamErasureOnDiskTest {
    private static final String MARKER = "zq-erasure-marker-7f3a91";

    @TempDir
    Path dir;

    @Test
    void anErasedSessionsTextIsInNoTableFileAfterTheErasure() throws Exception {
        PostgresTestServer.TestDatabase db = PostgresTestServer.newDatabase();
        TeamWorkspaceInit.run(db.location(PostgresTestServer.OWNER), warning -> { });
        try (Workspace w = Workspace.openTeam(db.location(PostgresTestServer.OWNER), dir.resolve("media"))) {
            w.sessions().add(SyntheticSessions.info("s-gone", "ana"), SyntheticSessions.r1Like(200, 1), null, "t");
            w.sessions().add(SyntheticSessions.info("s-kept", "bo"), SyntheticSessions.r1Like(200, 2), null, "t");
            w.review().replaceTasks("s-gone", List.of(), List.of(Task.draft("s-gone", 0, 100, MARKER, null, null)),
                    "add task", "ann");
            checkpoint(db);
            assertThat(filesHolding(db, MARKER)).as("the test sees the text on disk before the erasure").isNotEmpty();

            w.erasure().erase(List.of("s-gone"), "ann");
        }
        checkpoint(db);

        assertThat(filesHolding(db, MARKER)).isEmpty();
    }

    @Test
    void anErasedSessionsVideoBytesAreInNoTableFileAfterTheErasure() throws Exception {
        Path video = org.trailmark.export.ScreenFixtures.video(dir);
        byte[] bytes = Files.readAllBytes(video);
        // a stretch from the middle of the video: picture data, not a header any MP4 shares
        byte[] frame = java.util.Arrays.copyOfRange(bytes, bytes.length / 2, bytes.length / 2 + 24);
        PostgresTestServer.TestDatabase db = PostgresTestServer.newDatabase();
        TeamWorkspaceInit.run(db.location(PostgresTestServer.OWNER), warning -> { });
        try (Workspace w = Workspace.openTeam(db.location(PostgresTestServer.OWNER), dir.resolve("media"))) {
            org.trailmark.export.ScreenFixtures.addSession(w, "s-gone", "ana", video);
            w.sessions().add(SyntheticSessions.info("s-kept", "bo"), SyntheticSessions.r1Like(200, 2), null, "t");
            checkpoint(db);
            assertThat(filesHoldingBytes(db, frame)).as("the test sees the video on disk before the erasure")
                    .isNotEmpty();

            w.erasure().erase(List.of("s-gone"), "ann");
        }
        checkpoint(db);

        assertThat(filesHoldingBytes(db, frame)).isEmpty();
    }

    private static void checkpoint(PostgresTestServer.TestDatabase db) throws SQLException {
        try (Connection c = db.superuser(); Statement s = c.createStatement()) {
            s.execute("CHECKPOINT");
        }
    }

    /** The database's own files (base/OID/…) that contain {@code text}. */
    private static List<Path> filesHolding(PostgresTestServer.TestDatabase db, String text) throws SQLException,
            IOException {
        return filesHoldingBytes(db, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The database's own files (base/OID/…) that contain {@code needle}. */
    private static List<Path> filesHoldingBytes(PostgresTestServer.TestDatabase db, byte[] needle)
            throws SQLException, IOException {
        Path folder;
        try (Connection c = db.superuser(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('data_directory'), oid FROM pg_database"
                     + " WHERE datname = current_database()")) {
            rs.next();
            folder = Path.of(rs.getString(1), "base", rs.getString(2));
        }
        List<Path> holding = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(file);
                } catch (java.nio.file.NoSuchFileException gone) {
                    continue; // the server removed it meanwhile (pg_internal.init after a VACUUM FULL): it holds nothing
                }
                if (contains(bytes, needle)) {
                    holding.add(file);
                }
            }
        }
        return holding;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
