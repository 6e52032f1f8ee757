package org.trailmark.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Independent versions of a session's labels (issue 14, decision 0021). Every task and flag row names
 * its version in {@code labeler}: the empty name is the gold set everyone sees (and exports), any other
 * name is that labeler's own version of a double-labelled session. Detector findings and private marks
 * are always gold.
 */
public final class Versions {
    /** The version name of the gold set. */
    public static final String GOLD = "";

    /**
     * SQLite schema step 10: the version column on tasks and flags; every existing row is gold. A column
     * already there is left alone, so the step can run again on a file whose recorded version was set back.
     */
    static void addVersionColumns(Connection c) throws SQLException {
        for (String table : List.of("tasks", "flags")) {
            boolean present = false;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
                while (rs.next()) {
                    present |= rs.getString("name").equals("labeler");
                }
            }
            try (Statement s = c.createStatement()) {
                if (!present) {
                    s.execute("ALTER TABLE " + table + " ADD COLUMN labeler TEXT NOT NULL DEFAULT ''");
                }
                s.execute("CREATE INDEX IF NOT EXISTS " + table + "_by_version ON " + table
                        + "(session_id, labeler, start_ms)");
            }
        }
    }

    // PostgreSQL step 10: the same columns and indexes as SQLite's step 10.
    public static final List<String> POSTGRESQL_STEP_10 = List.of(
            "ALTER TABLE tasks ADD COLUMN labeler text NOT NULL DEFAULT ''",
            "ALTER TABLE flags ADD COLUMN labeler text NOT NULL DEFAULT ''",
            "CREATE INDEX tasks_by_version ON tasks(session_id, labeler, start_ms)",
            "CREATE INDEX flags_by_version ON flags(session_id, labeler, start_ms)");

    /** Gold rows are for the other policies; a version row only for its labeler before they submit. */
    private static final String VERSION_WRITE =
            "labeler = '' OR (labeler = current_user AND trailmark_version_open_for_edit(session_id, labeler))";

    /**
     * PostgreSQL: blind until submitted, enforced by the server as well as by the repositories. A row of
     * a labeler's version is visible to that labeler, and to everyone once every labeler assigned to the
     * session has submitted; a version is written only by its labeler, and only before they submit. Gold
     * rows are left to the other policies (subject scope, members). RESTRICTIVE, so these narrow what the
     * permissive member policies allow. Install after the assignments table (step 9) exists.
     */
    public static List<String> postgresqlPolicies(String quotedSchema) {
        String definer = " LANGUAGE sql STABLE SECURITY DEFINER SET search_path = " + quotedSchema + ", pg_temp AS $$";
        return List.of(
                "CREATE OR REPLACE FUNCTION trailmark_versions_open(s text) RETURNS boolean"
                        + definer
                        + " SELECT NOT EXISTS (SELECT 1 FROM assignments a WHERE a.session_id = s AND a.submitted_at IS NULL) $$",
                "CREATE OR REPLACE FUNCTION trailmark_version_open_for_edit(s text, l text) RETURNS boolean"
                        + definer
                        + " SELECT EXISTS (SELECT 1 FROM assignments a WHERE a.session_id = s AND a.labeler = l"
                        + " AND a.submitted_at IS NULL) $$",
                policy("tasks", "trailmark_versions_blind", "SELECT",
                        "labeler = '' OR labeler = current_user OR trailmark_versions_open(session_id)", null),
                policy("flags", "trailmark_versions_blind", "SELECT",
                        "labeler = '' OR labeler = current_user OR trailmark_versions_open(session_id)", null),
                policy("tasks", "trailmark_versions_own_insert", "INSERT", null, VERSION_WRITE),
                policy("flags", "trailmark_versions_own_insert", "INSERT", null, VERSION_WRITE),
                policy("tasks", "trailmark_versions_own_update", "UPDATE", VERSION_WRITE, VERSION_WRITE),
                policy("flags", "trailmark_versions_own_update", "UPDATE", VERSION_WRITE, VERSION_WRITE),
                policy("tasks", "trailmark_versions_own_delete", "DELETE", VERSION_WRITE, null),
                policy("flags", "trailmark_versions_own_delete", "DELETE", VERSION_WRITE, null));
    }

    private Versions() {
    }

    static boolean isGold(String labeler) {
        return GOLD.equals(labeler);
    }

    /** DROP + CREATE, as the other policies are installed: a policy has no CREATE OR REPLACE. */
    private static String policy(String table, String name, String command, String using, String check) {
        return "DO $$ BEGIN DROP POLICY IF EXISTS " + name + " ON " + table + "; CREATE POLICY " + name + " ON "
                + table + " AS RESTRICTIVE FOR " + command + " TO PUBLIC"
                + (using == null ? "" : " USING (" + using + ")")
                + (check == null ? "" : " WITH CHECK (" + check + ")") + "; END $$";
    }
}
