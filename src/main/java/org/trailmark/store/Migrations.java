package org.trailmark.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The workspace schema as an ordered list of steps. {@code PRAGMA user_version} records the last
 * step applied; each step runs in its own transaction together with the version bump, so a
 * crash leaves the file at one version or the next, never in between. Append steps, never edit
 * a released one.
 */
final class Migrations {
    /** "TRMK": marks a SQLite file as a Trailmark workspace (PRAGMA application_id). */
    static final int APPLICATION_ID = 0x54524D4B;

    /** Work a step does in Java after its statements, in the same transaction. */
    interface Backfill {
        void run(Connection c) throws SQLException;

        Backfill NONE = c -> { };
    }

    record Step(int version, String purpose, List<String> statements, Backfill backfill) {
        Step(int version, String purpose, List<String> statements) {
            this(version, purpose, statements, Backfill.NONE);
        }
    }

    static final List<Step> STEPS = List.of(
            new Step(1, "subjects, sessions, event chunks, strings and the append-only audit log", List.of(
                    "CREATE TABLE subjects ("
                            + " id TEXT PRIMARY KEY,"
                            + " first_seen TEXT NOT NULL)",
                    "CREATE TABLE sessions ("
                            + " id TEXT PRIMARY KEY,"
                            + " subject_id TEXT NOT NULL REFERENCES subjects(id),"
                            + " source_format TEXT NOT NULL,"
                            + " start_time TEXT NOT NULL,"
                            + " start_epoch_ms INTEGER NOT NULL,"
                            + " screens TEXT NOT NULL,"
                            + " capture_tool TEXT,"
                            + " capture_tool_version TEXT,"
                            + " consent_policy_id TEXT,"
                            + " consent_policy_version TEXT,"
                            + " consent_purposes TEXT,"
                            + " consent_granted_at TEXT,"
                            + " suggested_instruction TEXT,"
                            + " event_count INTEGER NOT NULL,"
                            + " duration_ms INTEGER NOT NULL,"
                            + " chunk_count INTEGER NOT NULL,"
                            + " kind_counts TEXT NOT NULL,"
                            + " apps TEXT NOT NULL,"
                            + " review_status TEXT NOT NULL DEFAULT 'new',"
                            + " imported_at TEXT NOT NULL,"
                            + " source_path TEXT)",
                    "CREATE INDEX sessions_by_subject ON sessions(subject_id)",
                    "CREATE TABLE session_strings ("
                            + " session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,"
                            + " codec INTEGER NOT NULL,"
                            + " data BLOB NOT NULL)",
                    "CREATE TABLE event_chunks ("
                            + " session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
                            + " chunk_no INTEGER NOT NULL,"
                            + " t_first INTEGER NOT NULL,"
                            + " t_last INTEGER NOT NULL,"
                            + " event_count INTEGER NOT NULL,"
                            + " codec INTEGER NOT NULL,"
                            + " data BLOB NOT NULL,"
                            + " PRIMARY KEY (session_id, chunk_no))",
                    "CREATE TABLE audit ("
                            + " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            + " at TEXT NOT NULL,"
                            + " actor TEXT NOT NULL,"
                            + " action TEXT NOT NULL,"
                            + " session_id TEXT,"
                            + " detail TEXT)",
                    "CREATE INDEX audit_by_session ON audit(session_id)",
                    "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit"
                            + " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
                    "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit"
                            + " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
                    "PRAGMA application_id = " + APPLICATION_ID)),
            new Step(2, "review: tasks, flags, the label set, who reviewed each session, settings", List.of(
                    "CREATE TABLE tasks ("
                            + " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            + " session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
                            + " start_ms INTEGER NOT NULL,"
                            + " end_ms INTEGER NOT NULL,"
                            + " instruction TEXT NOT NULL,"
                            + " label TEXT,"
                            + " outcome TEXT,"
                            + " notes TEXT,"
                            + " CHECK (start_ms >= 0 AND end_ms > start_ms))",
                    "CREATE INDEX tasks_by_session ON tasks(session_id, start_ms)",
                    "CREATE TABLE flags ("
                            + " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            + " session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
                            + " start_ms INTEGER NOT NULL,"
                            + " end_ms INTEGER NOT NULL,"
                            + " category TEXT NOT NULL,"
                            + " reason TEXT,"
                            + " source TEXT NOT NULL,"
                            + " detector TEXT,"
                            + " confidence REAL,"
                            + " status TEXT NOT NULL,"
                            + " CHECK (start_ms >= 0 AND end_ms > start_ms))",
                    "CREATE INDEX flags_by_session ON flags(session_id, start_ms)",
                    "CREATE TABLE labels ("
                            + " position INTEGER PRIMARY KEY,"
                            + " name TEXT NOT NULL UNIQUE,"
                            + " colour TEXT NOT NULL,"
                            + " hotkey INTEGER NOT NULL DEFAULT 0)",
                    "INSERT INTO labels (position, name, colour, hotkey) VALUES"
                            + " (0, 'Navigate', '#4e79a7', 1),"
                            + " (1, 'Edit document', '#f28e2b', 2),"
                            + " (2, 'Communicate', '#59a14f', 3),"
                            + " (3, 'Search', '#e15759', 4),"
                            + " (4, 'Code', '#76b7b2', 5),"
                            + " (5, 'Configure', '#edc948', 6),"
                            + " (6, 'Other', '#b07aa1', 7)",
                    "ALTER TABLE sessions ADD COLUMN reviewer TEXT",
                    "ALTER TABLE sessions ADD COLUMN review_reason TEXT",
                    "ALTER TABLE sessions ADD COLUMN review_changed_at TEXT",
                    "CREATE INDEX sessions_by_status ON sessions(review_status, start_epoch_ms)",
                    "CREATE TABLE settings ("
                            + " key TEXT PRIMARY KEY,"
                            + " value TEXT NOT NULL)")),
            new Step(3, "consent records per subject and purpose, backfilled from the sessions' capture headers",
                    ConsentRows.MIGRATION),
            new Step(4, "a random pseudonym secret that never leaves the workspace; stored previews re-masked"
                    + " to at most the last four characters", PseudonymSecret.MIGRATION, c -> {
                        PseudonymSecret.createIfMissing(c);
                        StoredPreviews.remaskVersion3Previews(c);
                    }),
            new Step(5, "every session under the old shared subject \"unknown\" gets an unassigned subject of its own",
                    List.of(), UnassignedSubjects::splitLegacyUnknown),
            new Step(6, "screen media: which videos and stills each session carries (files in <workspace>.media/)",
                    MediaRows.MIGRATION),
            new Step(7, "region flags: the screen area a flag masks (null for a flag over its whole span)",
                    List.of(), FlagRows::addRegionColumns),
            new Step(8, "context spans (window, afk, web) from trackers that record no input, and the host each"
                    + " session was captured on, backfilled from host subjects", ContextRows.MIGRATION,
                    ContextRows::backfillCaptureHosts),
            new Step(9, "assignments: which labelers label each session, their claims and submissions",
                    AssignmentRows.MIGRATION),
            new Step(10, "independent versions of a session's labels: each task and flag names its labeler"
                    + " ('' = the gold set); existing rows are gold", List.of(), Versions::addVersionColumns),
            new Step(11, "retention rules per consent purpose, and legal holds that suspend expiry and erasure",
                    GovernanceTables.SQLITE_STEP_11),
            new Step(12, "who looked at which session (the access log) and a receipt per consent grant and"
                    + " withdrawal, backfilled for the consent already recorded", step12(), ConsentReceipts::backfill),
            new Step(13, "the bytes of screen media in the database, in parts (used by team workspaces; a file keeps"
                    + " them in <workspace>.media/ and leaves this table empty)", MediaContent.SQLITE_STEP_13));

    private static List<String> step12() {
        List<String> statements = new java.util.ArrayList<>(AccessRows.MIGRATION);
        statements.addAll(ConsentReceipts.MIGRATION);
        return List.copyOf(statements);
    }

    private Migrations() {
    }

    static int latestVersion() {
        return STEPS.get(STEPS.size() - 1).version();
    }

    /**
     * Refuses files that are not (or not yet) ours without writing to them, then applies the
     * missing steps. Must run before anything else writes to the connection.
     */
    static void bringUpToDate(Connection c, Path file) throws SQLException {
        int applicationId = pragmaInt(c, "application_id");
        int version = pragmaInt(c, "user_version");
        boolean empty = countSchemaObjects(c) == 0;
        boolean ours = applicationId == APPLICATION_ID;
        if (!ours && !(applicationId == 0 && version == 0 && empty)) {
            throw new WorkspaceException("workspace " + file + " is not a Trailmark workspace");
        }
        if (version > latestVersion()) {
            throw new WorkspaceException("workspace " + file + " was written by a newer Trailmark (schema version "
                    + version + "; this version knows up to " + latestVersion() + "): please update Trailmark");
        }
        if (version < latestVersion()) {
            // The file is ours (or empty): write-ahead logging before the steps, so that each step's
            // commit is an append instead of a rollback journal with several fsyncs. A new workspace
            // took 150-400 ms of waiting on the disk for its seven steps before this.
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
            }
        }
        for (Step step : STEPS) {
            if (step.version() > version) {
                apply(c, step);
            }
        }
    }

    /** For read-only opening: the file must be ours and already at the latest version. */
    static void requireCurrentWithoutWriting(Connection c, Path file) throws SQLException {
        int version = pragmaInt(c, "user_version");
        if (pragmaInt(c, "application_id") != APPLICATION_ID) {
            throw new WorkspaceException("workspace " + file + " is not a Trailmark workspace");
        }
        if (version > latestVersion()) {
            throw new WorkspaceException("workspace " + file + " was written by a newer Trailmark (schema version "
                    + version + "; this version knows up to " + latestVersion() + "): please update Trailmark");
        }
        if (version < latestVersion()) {
            throw new WorkspaceException("workspace " + file + " needs an update that a read-only window cannot make;"
                    + " close the other Trailmark window and open it again");
        }
    }

    static int schemaVersion(Connection c) throws SQLException {
        return pragmaInt(c, "user_version");
    }

    private static void apply(Connection c, Step step) throws SQLException {
        Transactions.inTransaction(c, () -> {
            // Another program may have migrated the file while we waited for the write lock.
            if (pragmaInt(c, "user_version") >= step.version()) {
                return null;
            }
            try (Statement s = c.createStatement()) {
                for (String sql : step.statements()) {
                    s.execute(sql);
                }
                step.backfill().run(c);
                s.execute("PRAGMA user_version = " + step.version());
            }
            return null;
        });
    }

    private static int pragmaInt(Connection c, String pragma) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static int countSchemaObjects(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
