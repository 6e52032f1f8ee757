package org.trailmark.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.store.Workspace;
import org.trailmark.store.pg.PostgresTestServer;
import org.trailmark.store.pg.TeamWorkspaceInit;

/** The team figures are measured against a real server and leave the team workspace as they found it. */
class TeamBenchmarksTest {
    @TempDir
    Path dir;

    @Test
    void theTeamFiguresAreMeasuredAndTheBenchErasesWhatItAdded() throws Exception {
        PostgresTestServer.TestDatabase db = PostgresTestServer.newDatabase();
        TeamWorkspaceInit.run(db.location(PostgresTestServer.OWNER), w -> { });

        List<Figure> figures = BenchmarkSuite.team(db.location(PostgresTestServer.OWNER), 2_000, 2, 1, dir,
                new PrintWriter(new StringWriter()));

        assertThat(figures).extracting(Figure::key)
                .containsExactly("team_import_ratio", "team_open_ratio", "team_edit_p99_ms", "team_media_upload_s",
                        "team_media_first_open_s", "team_media_cached_open_ms");
        assertThat(figures).allSatisfy(f -> assertThat(f.value()).isPositive().isFinite());
        try (Workspace team = Workspace.openTeam(db.location(PostgresTestServer.OWNER), dir.resolve("m"))) {
            assertThat(team.sessions().all()).isEmpty();
        }
        try (java.sql.Connection c = db.superuser(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM media_content")) {
            rs.next();
            assertThat(rs.getLong(1)).as("the bench's video is erased from the server too").isZero();
        }
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }
}
