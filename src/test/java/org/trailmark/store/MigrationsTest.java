package org.trailmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    @TempDir
    Path dir;

    @Test
    void aNewFileGetsTheLatestSchemaAndTheTrailmarkMark() throws SQLException {
        Path file = dir.resolve("new.trailmark");
        try (Workspace w = Workspace.open(file)) {
            assertThat(w.schemaVersion()).isEqualTo(Migrations.latestVersion());
        }
        assertThat(pragma(file, "application_id")).isEqualTo(Migrations.APPLICATION_ID);
        assertThat(pragma(file, "user_version")).isEqualTo(Migrations.latestVersion());
    }

    @Test
    void anEmptyFileBecomesAWorkspace() throws Exception {
        Path file = Files.createFile(dir.resolve("touched.trailmark"));
        try (Workspace w = Workspace.open(file)) {
            assertThat(w.schemaVersion()).isEqualTo(Migrations.latestVersion());
        }
    }

    @Test
    void reopeningAnUpToDateWorkspaceChangesNothing() throws SQLException {
        Path file = dir.resolve("w.trailmark");
        Workspace.open(file).close();
        try (Workspace w = Workspace.open(file)) {
            assertThat(w.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(w.sessions()).isEmpty();
        }
    }

    @Test
    void aWorkspaceFromANewerTrailmarkIsRefusedUntouched() throws Exception {
        Path file = dir.resolve("future.trailmark");
        Workspace.open(file).close();
        execute(file, "PRAGMA user_version = " + (Migrations.latestVersion() + 1));
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Workspace.open(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("newer Trailmark")
                .hasMessageContaining("please update");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void stepsAreNumberedOneUpWithoutGaps() {
        for (int i = 0; i < Migrations.STEPS.size(); i++) {
            assertThat(Migrations.STEPS.get(i).version()).isEqualTo(i + 1);
        }
    }

    private static int pragma(Path file, String name) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void execute(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
