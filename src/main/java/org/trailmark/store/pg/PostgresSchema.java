package org.trailmark.store.pg;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.trailmark.store.WorkspaceException;

/**
 * Brings a PostgreSQL database to the workspace schema ({@link PostgresSchemaSteps}). The table
 * {@code trailmark_schema} holds one row per applied step; the version is the highest. Each step
 * runs in its own transaction with its row, after taking a transaction-scoped advisory lock, so
 * two processes initialising the same database at once apply every step exactly once and a crash
 * leaves the database at one step or the next.
 */
public final class PostgresSchema {
    /** "TRMK" as in SQLite's application_id: the advisory lock every migration transaction takes. */
    static final long MIGRATION_LOCK = 0x54524D4BL;
    /** The secret's row name and size, as {@code store.PseudonymSecret} makes it in SQLite. */
    static final String PSEUDONYM_SECRET = "pseudonyms";
    static final int PSEUDONYM_SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Table and column of every identity (SQLite's INTEGER PRIMARY KEY ids and context_spans' rowid). */
    private static final String[][] IDENTITIES = {{"audit", "id"}, {"tasks", "id"}, {"flags", "id"},
            {"consent_records", "id"}, {"context_spans", "rowid"},
            {"session_access", "id"}, {"consent_receipts", "id"}, {"legal_holds", "id"}};

    /** What a run did: the version before and after. */
    public record Outcome(int from, int to) {
        public boolean changed() {
            return from != to;
        }
    }

    private PostgresSchema() {
    }

    public static int latestVersion() {
        return PostgresSchemaSteps.latestVersion();
    }

    /** The database's schema version; 0 when it holds no Trailmark schema yet. */
    public static int version(Connection c) throws SQLException {
        if (!hasSchemaTable(c)) {
            return 0;
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT coalesce(max(step), 0) FROM trailmark_schema")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Applies the missing steps. Refuses a database that holds other tables but no Trailmark schema,
     * and one written by a newer Trailmark, without changing either.
     */
    public static Outcome bringUpToDate(Connection c, PostgresLocation where) {
        try {
            int from = Sql.inTransaction(c, () -> {
                lock(c);
                boolean ours = hasSchemaTable(c);
                if (!ours && countTables(c) > 0) {
                    throw new WorkspaceException("database " + describe(where) + " already holds tables that are not"
                            + " a Trailmark workspace; use an empty database");
                }
                if (!ours) {
                    try (Statement s = c.createStatement()) {
                        s.execute("CREATE TABLE trailmark_schema ("
                                + " step integer PRIMARY KEY,"
                                + " purpose text NOT NULL,"
                                + " applied_at timestamptz NOT NULL DEFAULT now(),"
                                + " applied_by text NOT NULL DEFAULT session_user)");
                    }
                }
                int version = version(c);
                requireNotNewer(version, where);
                return version;
            });
            for (PostgresSchemaSteps.Step step : PostgresSchemaSteps.STEPS) {
                if (step.version() > from) {
                    apply(c, step);
                }
            }
            return new Outcome(from, version(c));
        } catch (SQLException e) {
            throw PostgresErrors.failed(where, "create the workspace schema", e);
        }
    }

    /** For opening: the database must hold the latest schema (only {@code workspace init} migrates). */
    public static void requireCurrent(Connection c, PostgresLocation where) {
        int version;
        try {
            version = version(c);
        } catch (SQLException e) {
            throw PostgresErrors.failed(where, "read the schema version", e);
        }
        if (version == 0) {
            throw new TeamOpenException(TeamOpenException.Reason.NO_SCHEMA, describe(where)
                    + " is not a Trailmark workspace yet: run trailmark workspace init " + describe(where), null);
        }
        requireNotNewer(version, where);
        if (version < latestVersion()) {
            throw new TeamOpenException(TeamOpenException.Reason.SCHEMA_OUTDATED, describe(where)
                    + " needs a schema update (version " + version + " of " + latestVersion()
                    + "): its owner runs trailmark workspace init " + describe(where), null);
        }
    }

    /**
     * After rows were copied in with their ids ({@code workspace copy}), moves each identity past the
     * highest id present, so the next generated id cannot collide with a copied one.
     */
    public static void continueIdentities(Connection c) throws SQLException {
        for (String[] column : IDENTITIES) {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT setval(pg_get_serial_sequence('" + column[0] + "', '" + column[1] + "'),"
                        + " coalesce(max(" + column[1] + "), 0) + 1, false) FROM " + column[0]);
            }
        }
    }

    private static void apply(Connection c, PostgresSchemaSteps.Step step) throws SQLException {
        Sql.inTransaction(c, () -> {
            lock(c);
            // Another process may have applied it while we waited for the lock.
            if (version(c) >= step.version()) {
                return null;
            }
            try (Statement s = c.createStatement()) {
                for (String sql : step.statements()) {
                    s.execute(sql);
                }
            }
            if (step.version() == 4) {
                createPseudonymSecret(c);
            }
            if (step.version() == 12) {
                org.trailmark.store.ConsentReceipts.backfill(c);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO trailmark_schema (step, purpose) VALUES (?, ?)")) {
                ps.setInt(1, step.version());
                ps.setString(2, step.purpose());
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static void createPseudonymSecret(Connection c) throws SQLException {
        byte[] secret = new byte[PSEUDONYM_SECRET_BYTES];
        RANDOM.nextBytes(secret);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO secrets (name, value, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING")) {
            ps.setString(1, PSEUDONYM_SECRET);
            ps.setBytes(2, secret);
            ps.setString(3, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
            ps.executeUpdate();
        }
    }

    private static void requireNotNewer(int version, PostgresLocation where) {
        if (version > latestVersion()) {
            throw new WorkspaceException("workspace " + describe(where) + " was written by a newer Trailmark (schema"
                    + " version " + version + "; this version knows up to " + latestVersion()
                    + "): please update Trailmark");
        }
    }

    private static void lock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            ps.setLong(1, MIGRATION_LOCK);
            ps.execute();
        }
    }

    private static boolean hasSchemaTable(Connection c) throws SQLException {
        return Sql.queryString(c, "SELECT to_regclass('trailmark_schema')::text") != null;
    }

    private static long countTables(Connection c) throws SQLException {
        return Long.parseLong(Sql.queryString(c,
                "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"));
    }

    private static String describe(PostgresLocation where) {
        return where == null ? "the database" : where.describe();
    }
}
