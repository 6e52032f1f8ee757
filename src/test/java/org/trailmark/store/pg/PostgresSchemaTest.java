package org.trailmark.store.pg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.store.Workspace;
import org.trailmark.store.WorkspaceException;

class PostgresSchemaTest {
    /** Columns only the PostgreSQL schema has: the server's record of who wrote an audit entry, SQLite's rowid made explicit. */
    private static final Set<String> POSTGRES_ONLY_COLUMNS = Set.of("audit.db_user", "context_spans.rowid");
    private static final Set<String> POSTGRES_ONLY_TABLES = Set.of("trailmark_schema", "workspace_members");

    @Test
    void anEmptyDatabaseGetsEveryStepOnceAndASecondRunChangesNothing() throws SQLException {
        PostgresTestServer.TestDatabase db = PostgresTestServer.newDatabase();
        try (Connection c = db.connect(PostgresTestServer.OWNER)) {
            PostgresSchema.Outcome first = PostgresSchema.bringUpToDate(c, null);
            PostgresSchema.Outcome second = PostgresSchema.bringUpToDate(c, null);

            assertThat(first).isEqualTo(new PostgresSchema.Outcome(0, PostgresSchema.latestVersion()));
            assertThat(second.changed()).isFalse();
            assertThat(steps(c)).containsExactlyElementsOf(everyStep());
            assertThat(PostgresSchema.latestVersion()).isEqualTo(13);
        }
    }

    @Test
    void twoProcessesInitialisingAtOnceApplyEachStepExactlyOnce() throws Exception {
        PostgresTestServer.TestDatabase db = PostgresTestServer.newDatabase();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<PostgresSchema.Outcome>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    try (Connection c = db.connect(PostgresTestServer.OWNER)) {
                        start.await();
                        return PostgresSchema.bringUpToDate(c, null);
                    }
                }));
            }
            for (Future<PostgresSchema.Outcome> run : runs) {
                assertThat(run.get().to()).isEqualTo(PostgresSchema.latestVersion());
            }
        } finally {
            pool.shutdownNow();
        }
        try (Connection c = db.connect(PostgresTestServer.OWNER)) {
            assertThat(steps(c)).containsExactlyElementsOf(everyStep());
            assertThat(count(c, "SELECT count(*) FROM secrets")).isEqualTo(1);
            assertThat(count(c, "SELECT count(*) FROM labels")).isEqualTo(7);
        }
    }

    @Test
    void aDatabaseWithOtherTablesIsRefusedUntouched() throws SQLException {
        PostgresTestServer.TestDatabase db = PostgresTestServer.newDatabase();
        try (Connection c = db.connect(PostgresTestServer.OWNER)) {
            execute(c, "CREATE TABLE invoices (id integer)");

            assertThatThrownBy(() -> PostgresSchema.bringUpToDate(c, db.location(PostgresTestServer.OWNER)))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("not a Trailmark workspace").hasMessageContaining(db.name());
            assertThat(Sql.queryString(c, "SELECT to_regclass('trailmark_schema')::text")).isNull();
        }
    }

    @Test
    void aDatabaseFromANewerTrailmarkIsRefused() throws SQLException {
        PostgresTestServer.TestDatabase db = PostgresTestServer.newDatabase();
        try (Connection c = db.connect(PostgresTestServer.OWNER)) {
            PostgresSchema.bringUpToDate(c, null);
            execute(c, "INSERT INTO trailmark_schema (step, purpose) VALUES (99, 'from the future')");

            assertThatThrownBy(() -> PostgresSchema.bringUpToDate(c, null)).hasMessageContaining("newer Trailmark");
            assertThatThrownBy(() -> PostgresSchema.requireCurrent(c, null)).hasMessageContaining("newer Trailmark");
        }
    }

    @Test
    void openingRequiresTheLatestSchema() throws SQLException {
        PostgresTestServer.TestDatabase db = PostgresTestServer.newDatabase();
        try (Connection c = db.connect(PostgresTestServer.OWNER)) {
            assertThatThrownBy(() -> PostgresSchema.requireCurrent(c, db.location(PostgresTestServer.OWNER)))
                    .hasMessageContaining("not a Trailmark workspace yet").hasMessageContaining("workspace init");

            PostgresSchema.bringUpToDate(c, null);
            PostgresSchema.requireCurrent(c, null);
        }
    }

    @Test
    void theSecretIsThirtyTwoRandomBytesOfItsOwnPerDatabase() throws SQLException {
        byte[] first = secretOf(PostgresTestServer.newDatabase());
        byte[] second = secretOf(PostgresTestServer.newDatabase());

        assertThat(first).hasSize(32);
        assertThat(second).hasSize(32).isNotEqualTo(first);
    }

    /** The two schemas cannot drift: every SQLite table and column exists in PostgreSQL with the matching type. */
    @Test
    void tablesColumnsTypesAndIndexesMatchAMigratedSqliteWorkspace(@TempDir Path dir) throws SQLException {
        Path file = dir.resolve("w.trailmark");
        Workspace.open(file).close();
        Map<String, Map<String, String>> sqlite = new TreeMap<>();
        Set<String> sqliteIndexes = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (String table : strings(c, "SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite_%'")) {
                Map<String, String> columns = new TreeMap<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
                    while (rs.next()) {
                        columns.put(rs.getString("name"), postgresTypeOf(rs.getString("type"))
                                + (rs.getInt("notnull") == 1 || rs.getInt("pk") == 1 ? " not null" : ""));
                    }
                }
                sqlite.put(table, columns);
            }
            sqliteIndexes.addAll(strings(c, "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"));
        }
        PostgresTestServer.TestDatabase db = PostgresTestServer.newDatabase();
        Map<String, Map<String, String>> postgres = new TreeMap<>();
        Set<String> postgresIndexes;
        try (Connection c = db.connect(PostgresTestServer.OWNER)) {
            PostgresSchema.bringUpToDate(c, null);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT table_name, column_name,"
                    + " data_type, is_nullable FROM information_schema.columns WHERE table_schema = current_schema()")) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    String column = rs.getString(2);
                    if (POSTGRES_ONLY_TABLES.contains(table) || POSTGRES_ONLY_COLUMNS.contains(table + "." + column)) {
                        continue;
                    }
                    postgres.computeIfAbsent(table, t -> new TreeMap<>()).put(column,
                            rs.getString(3) + (rs.getString(4).equals("NO") ? " not null" : ""));
                }
            }
            postgresIndexes = new TreeSet<>(strings(c, "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"));
        }

        assertThat(sqlite).hasSizeGreaterThanOrEqualTo(16);
        assertThat(postgres).isEqualTo(sqlite);
        assertThat(postgresIndexes).containsAll(sqliteIndexes);
    }

    @Test
    void theStatementsTheRowsClassesWillShareWorkOnPostgres() throws SQLException {
        PostgresTestServer.TestDatabase db = PostgresTestServer.newDatabase();
        try (Connection c = db.connect(PostgresTestServer.OWNER)) {
            PostgresSchema.bringUpToDate(c, null);
            execute(c, "INSERT INTO subjects (id, first_seen) VALUES ('s1', '2026-01-01T00:00:00Z') ON CONFLICT DO NOTHING");
            execute(c, "INSERT INTO subjects (id, first_seen) VALUES ('s1', '2026-01-02T00:00:00Z') ON CONFLICT DO NOTHING");
            // a streamed import writes its chunks before the session row
            c.setAutoCommit(false);
            execute(c, "SET CONSTRAINTS ALL DEFERRED");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_chunks (session_id, chunk_no, t_first,"
                    + " t_last, event_count, codec, data) VALUES ('a', ?, 0, 10, 5, 1, ?)")) {
                ps.setInt(1, 0);
                ps.setBytes(2, new byte[] {1, 2, 3, 0, -1});
                ps.executeUpdate();
            }
            execute(c, sessionRow("a", "s1"));
            c.commit();
            c.setAutoCommit(true);
            long first = insertFlag(c, "a");
            execute(c, "DELETE FROM flags WHERE id = " + first);
            execute(c, "INSERT INTO flags (id, session_id, start_ms, end_ms, category, source, status)"
                    + " VALUES (" + first + ", 'a', 0, 5, 'password', 'manual', 'confirmed')");
            long second = insertFlag(c, "a");
            for (int i = 0; i < 2; i++) {
                execute(c, "INSERT INTO context_spans (session_id, kind, start_ms, end_ms, app, title, url)"
                        + " VALUES ('a', 'window', 0, " + (10 + i) + ", 'app', 'title', '')"
                        + " ON CONFLICT (session_id, kind, start_ms, app, title, url) DO UPDATE"
                        + " SET end_ms = excluded.end_ms, source_name = excluded.source_name"
                        + " WHERE excluded.end_ms > context_spans.end_ms");
            }
            execute(c, "INSERT INTO settings (key, value) VALUES ('k', 'v') ON CONFLICT(key) DO UPDATE SET value = excluded.value");
            execute(c, "INSERT INTO settings (key, value) VALUES ('k', 'w') ON CONFLICT(key) DO UPDATE SET value = excluded.value");

            assertThat(second).isGreaterThan(first);
            assertThat(count(c, "SELECT count(*) FROM subjects")).isEqualTo(1);
            assertThat(count(c, "SELECT end_ms FROM context_spans")).isEqualTo(11);
            assertThat(Sql.queryString(c, "SELECT value FROM settings WHERE key = 'k'")).isEqualTo("w");
            assertThat(Sql.queryString(c, "SELECT encode(data, 'hex') FROM event_chunks")).isEqualTo("01020300ff");

            execute(c, "DELETE FROM sessions WHERE id = 'a'");
            assertThat(count(c, "SELECT count(*) FROM event_chunks")).isZero();
            assertThat(count(c, "SELECT count(*) FROM flags")).isZero();
            assertThat(count(c, "SELECT count(*) FROM context_spans")).isZero();
        }
    }

    @Test
    void identitiesContinueAfterRowsCopiedWithTheirIds() throws SQLException {
        PostgresTestServer.TestDatabase db = PostgresTestServer.newDatabase();
        try (Connection c = db.connect(PostgresTestServer.OWNER)) {
            PostgresSchema.bringUpToDate(c, null);
            execute(c, "INSERT INTO subjects (id, first_seen) VALUES ('s1', 'x')");
            execute(c, sessionRow("a", "s1"));
            execute(c, "INSERT INTO tasks (id, session_id, start_ms, end_ms, instruction) VALUES (41, 'a', 0, 1, 'i')");
            execute(c, "INSERT INTO audit (id, at, actor, action) VALUES (7, 'x', 'copy', 'import')");

            PostgresSchema.continueIdentities(c);

            execute(c, "INSERT INTO tasks (session_id, start_ms, end_ms, instruction) VALUES ('a', 0, 1, 'i')");
            execute(c, "INSERT INTO audit (at, actor, action) VALUES ('x', 'copy', 'import')");
            assertThat(count(c, "SELECT max(id) FROM tasks")).isEqualTo(42);
            assertThat(count(c, "SELECT max(id) FROM audit")).isEqualTo(8);
        }
    }

    static String sessionRow(String id, String subject) {
        return "INSERT INTO sessions (id, subject_id, source_format, start_time, start_epoch_ms, screens, event_count,"
                + " duration_ms, chunk_count, kind_counts, apps, imported_at) VALUES ('" + id + "', '" + subject + "',"
                + " 'native', '2026-01-01T00:00:00Z', 0, '[]', 5, 10, 1, '{}', '', '2026-01-01T00:00:00Z')";
    }

    private static long insertFlag(Connection c, String session) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO flags (session_id, start_ms, end_ms, category,"
                + " source, status, confidence) VALUES (?, 0, 5, 'password', 'manual', 'confirmed', ?)",
                new String[] {"id"})) {
            ps.setString(1, session);
            ps.setDouble(2, 0.5);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static byte[] secretOf(PostgresTestServer.TestDatabase db) throws SQLException {
        try (Connection c = db.connect(PostgresTestServer.OWNER)) {
            PostgresSchema.bringUpToDate(c, null);
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT value FROM secrets WHERE name = 'pseudonyms'")) {
                assertThat(rs.next()).isTrue();
                return rs.getBytes(1);
            }
        }
    }

    private static String postgresTypeOf(String sqliteType) {
        return switch (sqliteType.toUpperCase(Locale.ROOT)) {
            case "INTEGER" -> "bigint";
            case "TEXT" -> "text";
            case "BLOB" -> "bytea";
            case "REAL" -> "double precision";
            default -> "unexpected SQLite type " + sqliteType;
        };
    }

    /** Steps apply one up from 1, as SQLite's; {@code tablesColumnsTypesAndIndexesMatch…} compares what they make. */
    private static List<Integer> everyStep() {
        return java.util.stream.IntStream.rangeClosed(1, PostgresSchema.latestVersion()).boxed().toList();
    }

    private static List<Integer> steps(Connection c) throws SQLException {
        List<Integer> steps = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT step FROM trailmark_schema ORDER BY step")) {
            while (rs.next()) {
                steps.add(rs.getInt(1));
            }
        }
        return steps;
    }

    static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
