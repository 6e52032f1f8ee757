package org.trailmark.store.pg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.store.WorkspaceException;

class PostgresLocationTest {
    private static final Path HOME = Path.of("/home/nobody-here");

    @TempDir
    Path dir;

    @Test
    void readsUserHostPortDatabaseAndParameters() {
        PostgresLocation l = parse("postgresql://alice@db.example:6543/team%20one?sslmode=require&connectTimeout=5");

        assertThat(l.user()).isEqualTo("alice");
        assertThat(l.host()).isEqualTo("db.example");
        assertThat(l.port()).isEqualTo(6543);
        assertThat(l.database()).isEqualTo("team one");
        assertThat(l.parameters()).containsExactly(Map.entry("sslmode", "require"), Map.entry("connectTimeout", "5"));
        assertThat(l.describe()).isEqualTo("postgresql://alice@db.example:6543/team one");
    }

    @Test
    void thePortDefaultsAndTheShortSchemeAndIpv6Work() {
        assertThat(parse("postgres://alice@db/trailmark").port()).isEqualTo(5432);
        PostgresLocation v6 = parse("postgresql://alice@[::1]:5433/trailmark");
        assertThat(v6.host()).isEqualTo("::1");
        assertThat(v6.port()).isEqualTo(5433);
        assertThat(v6.jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5433/trailmark");
    }

    @Test
    void theUserComesFromTheUrlElsePguserElseTheOsUser() {
        Map<String, String> env = Map.of("PGUSER", "from-env");

        assertThat(PostgresLocation.parse("postgresql://url-user@db/t", env, "os", HOME, "Linux").user())
                .isEqualTo("url-user");
        assertThat(PostgresLocation.parse("postgresql://db/t?user=param-user", env, "os", HOME, "Linux").user())
                .isEqualTo("param-user");
        assertThat(PostgresLocation.parse("postgresql://db/t", env, "os", HOME, "Linux").user()).isEqualTo("from-env");
        assertThat(PostgresLocation.parse("postgresql://db/t", Map.of(), "os", HOME, "Linux").user()).isEqualTo("os");
    }

    @Test
    void aPasswordInTheUrlIsRefusedWithoutRepeatingIt() {
        for (String url : List.of("postgresql://alice:s3cret@db/t", "postgresql://alice@db/t?password=s3cret")) {
            assertThatThrownBy(() -> parse(url)).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("must not hold a password").hasMessageContaining("PGPASSWORD")
                    .hasMessageNotContaining("s3cret");
        }
    }

    @Test
    void aUrlWithoutServerOrDatabaseOrWithABadPortIsRefused() {
        assertThatThrownBy(() -> parse("postgresql://alice@/t")).hasMessageContaining("names no server");
        assertThatThrownBy(() -> parse("postgresql://alice@db")).hasMessageContaining("names no database");
        assertThatThrownBy(() -> parse("postgresql://alice@db/")).hasMessageContaining("names no database");
        assertThatThrownBy(() -> parse("postgresql://alice@db:99999/t")).hasMessageContaining("port");
        assertThatThrownBy(() -> parse("postgresql://alice@db:x/t")).hasMessageContaining("port");
        assertThatThrownBy(() -> parse("/home/alice/w.trailmark")).hasMessageContaining("not a PostgreSQL URL");
    }

    @Test
    void tellsUrlsFromFilePaths() {
        assertThat(PostgresLocation.isPostgresUrl("postgresql://db/t")).isTrue();
        assertThat(PostgresLocation.isPostgresUrl(" POSTGRES://db/t")).isTrue();
        assertThat(PostgresLocation.isPostgresUrl("/home/alice/postgresql/w.trailmark")).isFalse();
        assertThat(PostgresLocation.isPostgresUrl("postgresql.trailmark")).isFalse();
        assertThat(PostgresLocation.isPostgresUrl("C:\\Users\\alice\\w.trailmark")).isFalse();
        assertThat(PostgresLocation.isPostgresUrl(null)).isFalse();
    }

    @Test
    void thePasswordComesFromPgpasswordFirstThenThePasswordFile() throws IOException {
        Path file = dir.resolve(".pgpass");
        Files.writeString(file, "db:5432:t:alice:from-file\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        PostgresLocation withEnv = PostgresLocation.parse("postgresql://alice@db/t", Map.of("PGPASSWORD", "from-env"),
                "os", dir, "Linux");
        PostgresLocation withFile = PostgresLocation.parse("postgresql://alice@db/t", Map.of(), "os", dir, "Linux");

        assertThat(withEnv.password(w -> { })).contains("from-env");
        assertThat(withFile.password(w -> { })).contains("from-file");
        assertThat(withEnv.describe() + withEnv).doesNotContain("from-env");
    }

    @Test
    void connectsAsTheNamedUser() throws SQLException {
        PostgresTestServer.TestDatabase db = PostgresTestServer.newDatabase();
        try (Connection c = db.location(PostgresTestServer.OWNER).connect(w -> { })) {
            assertThat(Sql.queryString(c, "SELECT current_user")).isEqualTo(PostgresTestServer.OWNER);
            assertThat(Sql.queryString(c, "SELECT current_setting('application_name')")).isEqualTo("Trailmark");
        }
    }

    @Test
    void refusalsNameServerDatabaseAndUserWithTheServersReason() throws SQLException, IOException {
        PostgresTestServer.TestDatabase db = PostgresTestServer.newDatabase();
        String nologin = db.user("nologin");
        try (Connection c = db.superuser()) {
            PostgresSchemaTest.execute(c, "CREATE ROLE " + nologin + " NOLOGIN");
        }
        PostgresLocation noDatabase = PostgresLocation.parse("postgresql://" + PostgresTestServer.OWNER
                + "@localhost:" + db.port() + "/no_such_db", Map.of(), "os", dir, "Linux");
        assertThatThrownBy(() -> noDatabase.connect(w -> { })).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("there is no database no_such_db on PostgreSQL at localhost:" + db.port());

        assertThatThrownBy(() -> db.location(nologin).connect(w -> { })).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("refused user " + nologin).hasMessageContaining("database " + db.name())
                .hasMessageContaining("not permitted to log in");

        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        PostgresLocation nobody = PostgresLocation.parse("postgresql://alice@localhost:" + closedPort + "/t",
                Map.of("PGPASSWORD", "hunter2"), "os", dir, "Linux");
        assertThatThrownBy(() -> nobody.connect(w -> { })).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("cannot reach PostgreSQL at localhost:" + closedPort)
                .hasMessageContaining("user alice").hasMessageNotContaining("hunter2");
    }

    private static PostgresLocation parse(String url) {
        return PostgresLocation.parse(url, Map.of(), "os-user", HOME, "Linux");
    }
}
