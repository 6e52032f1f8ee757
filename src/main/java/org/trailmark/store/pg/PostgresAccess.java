package org.trailmark.store.pg;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.trailmark.store.Versions;

/**
 * Who may see and change what in a team workspace, enforced by PostgreSQL itself so that it holds
 * for any client, also hand-written SQL ({@code docs/decisions/0018-postgres-roles-and-rls.md}).
 * Group privileges ({@link TeamRole}) bound what a role may do on the server; row-level security,
 * forced also on the table owner, decides per database from {@code workspace_members}: a
 * non-member sees no row, a subject only the rows of its own sessions, the pseudonym secret only a
 * curator or admin, export records only they write, and only an admin erases others' sessions.
 * Re-run-safe: {@link #install} may run after every migration.
 */
final class PostgresAccess {
    private static final String ROLE = "(SELECT trailmark_role_of(current_user))";
    private static final String MINE = "(SELECT trailmark_subject_of(current_user))";
    private static final String NOT_SUBJECT = ROLE + " IS DISTINCT FROM 'subject'";
    private static final String ADMIN = ROLE + " = 'admin'";
    private static final String OWN_SESSION = "trailmark_session_subject(session_id) = " + MINE;

    private static final String FUNCTIONS = "trailmark_role_of(name), trailmark_subject_of(name),"
            + " trailmark_session_subject(text), trailmark_setting_is_mine(text, name),"
            + " trailmark_names_subject(text, text), trailmark_audit_is_mine(text, text, name),"
            + " trailmark_remove_uncited_media()";

    /**
     * A content row is seen only through a session citing it, checked through the media tables' own
     * row-level security: a subject never reads another's pictures, and content nobody cites (left by an
     * import that failed) only by an admin, as whom trailmark_remove_uncited_media (owned by the admin who
     * set the workspace up) finds and deletes it.
     */
    private static final String CITED = ADMIN + " OR EXISTS (SELECT 1 FROM media m WHERE m.sha256 = media_content.sha256"
            + " AND m.kind = 'video') OR EXISTS (SELECT 1 FROM media_stills s WHERE s.sha256 = media_content.sha256)";

    /** Tables whose rows a subject sees only for its own subject, and how a row names it. */
    private static final Map<String, String> SUBJECT_SCOPE = Map.ofEntries(
            Map.entry("subjects", "id = " + MINE),
            Map.entry("sessions", "subject_id = " + MINE),
            Map.entry("consent_records", "subject_id = " + MINE),
            Map.entry("consent_receipts", "subject_id = " + MINE),
            Map.entry("session_access", "subject_id = " + MINE),
            Map.entry("session_strings", OWN_SESSION),
            Map.entry("event_chunks", OWN_SESSION),
            Map.entry("tasks", OWN_SESSION),
            Map.entry("flags", OWN_SESSION),
            Map.entry("media", OWN_SESSION),
            Map.entry("media_segments", OWN_SESSION),
            Map.entry("media_stills", OWN_SESSION),
            Map.entry("context_spans", OWN_SESSION),
            Map.entry("capture_hosts", OWN_SESSION),
            Map.entry("assignments", OWN_SESSION),
            // A subject must see that a hold keeps its data (and why: decision 0023), never others' holds.
            Map.entry("legal_holds", "subject_id = " + MINE + " OR (session_id IS NOT NULL AND " + OWN_SESSION + ")"),
            // Settings a feature keeps per session are keyed session.<id>.<name> (store.SessionErasure).
            Map.entry("settings", "NOT starts_with(key, 'session.') OR trailmark_setting_is_mine(key, current_user)"));

    /** Every table of the workspace schema under row-level security. */
    static final List<String> PROTECTED = List.of("subjects", "sessions", "session_strings", "event_chunks",
            "audit", "tasks", "flags", "labels", "settings", "consent_records", "secrets", "media",
            "media_segments", "media_stills", "context_spans", "capture_hosts", "assignments", "session_access",
            "consent_receipts", "retention_rules", "legal_holds", "media_content");

    private PostgresAccess() {
    }

    static void install(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : statements(currentSchema(c), currentDatabase(c))) {
                s.execute(sql);
            }
        }
    }

    static List<String> statements(String schema, String database) {
        List<String> sql = new ArrayList<>();
        for (TeamRole role : TeamRole.values()) {
            sql.add("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role.groupRole() + "')"
                    + " THEN CREATE ROLE " + role.groupRole() + " NOLOGIN; END IF; END $$");
        }
        sql.add("CREATE TABLE IF NOT EXISTS workspace_members ("
                + " db_user text PRIMARY KEY,"
                + " role text NOT NULL CHECK (role IN ('labeler', 'reviewer', 'curator', 'subject', 'admin')),"
                + " subject_id text,"
                + " CHECK ((role = 'subject') = (subject_id IS NOT NULL)))");
        sql.addAll(functions(schema));
        sql.add("REVOKE ALL ON DATABASE " + Sql.ident(database) + " FROM PUBLIC");
        for (TeamRole role : TeamRole.values()) {
            sql.add("GRANT CONNECT, TEMPORARY ON DATABASE " + Sql.ident(database) + " TO " + role.groupRole());
            sql.add("GRANT USAGE ON SCHEMA " + Sql.ident(schema) + " TO " + role.groupRole());
            sql.add("REVOKE ALL ON " + String.join(", ", allTables()) + " FROM " + role.groupRole());
            role.privileges().forEach((tables, privileges) -> sql.add("GRANT " + privileges + " ON "
                    + String.join(", ", tables) + " TO " + role.groupRole()));
        }
        sql.add("REVOKE ALL ON " + String.join(", ", allTables()) + " FROM PUBLIC");
        // Identity columns draw from sequences, and the repositories read the new id back with lastval():
        // both need USAGE (a gap in ids is all a member could cause with it).
        sql.add("GRANT USAGE ON ALL SEQUENCES IN SCHEMA " + Sql.ident(schema) + " TO " + String.join(", ", groupRoles()));
        // After an erasure the dead rows stay until VACUUM, which needs ownership or (PostgreSQL 17+)
        // MAINTAIN: an admin who is not the owner may then run it. Subjects get no MAINTAIN (it also allows LOCK).
        sql.add("DO $$ BEGIN IF current_setting('server_version_num')::int >= 170000 THEN EXECUTE 'GRANT MAINTAIN ON "
                + String.join(", ", PROTECTED) + " TO " + TeamRole.ADMIN.groupRole() + "'; END IF; END $$");
        for (String table : PROTECTED) {
            sql.addAll(rowSecurity(table));
        }
        sql.addAll(memberRowSecurity());
        sql.addAll(Versions.postgresqlPolicies(Sql.ident(schema)));
        return sql;
    }

    private static List<String> allTables() {
        List<String> tables = new ArrayList<>(PROTECTED);
        tables.add("workspace_members");
        tables.add("trailmark_schema");
        return tables;
    }

    /**
     * The lookups the policies make. SECURITY DEFINER so that they read membership and sessions as the
     * owner (a subject could not see another's session to compare); the search path is pinned so a
     * caller's own objects cannot stand in for ours.
     */
    private static List<String> functions(String schema) {
        String definer = " LANGUAGE sql STABLE SECURITY DEFINER SET search_path = " + Sql.ident(schema) + ", pg_temp";
        return List.of(
                "CREATE OR REPLACE FUNCTION trailmark_role_of(member name) RETURNS text" + definer
                        + " AS $$ SELECT role FROM workspace_members WHERE db_user = member::text $$",
                "CREATE OR REPLACE FUNCTION trailmark_subject_of(member name) RETURNS text" + definer
                        + " AS $$ SELECT subject_id FROM workspace_members WHERE db_user = member::text"
                        + " AND role = 'subject' $$",
                "CREATE OR REPLACE FUNCTION trailmark_session_subject(session text) RETURNS text" + definer
                        + " AS $$ SELECT subject_id FROM sessions WHERE id = session $$",
                "CREATE OR REPLACE FUNCTION trailmark_setting_is_mine(setting text, member name) RETURNS boolean"
                        + definer + " AS $$ SELECT EXISTS (SELECT 1 FROM sessions s, workspace_members m"
                        + " WHERE m.db_user = member::text AND m.role = 'subject' AND s.subject_id = m.subject_id"
                        + " AND starts_with(setting, 'session.' || s.id || '.')) $$",
                // The token subject.SubjectService looks for: "subject=<id>" as a whole space-separated word.
                "CREATE OR REPLACE FUNCTION trailmark_names_subject(detail text, subject text) RETURNS boolean"
                        + " LANGUAGE sql IMMUTABLE AS $$ SELECT subject IS NOT NULL AND position(' subject=' || subject"
                        + " || ' ' IN ' ' || coalesce(detail, '') || ' ') > 0 $$",
                "CREATE OR REPLACE FUNCTION trailmark_audit_is_mine(session text, detail text, member name)"
                        + " RETURNS boolean" + definer + " AS $$ SELECT CASE WHEN session IS NULL"
                        + " THEN trailmark_names_subject(detail, m.subject_id)"
                        + " ELSE coalesce((SELECT s.subject_id = m.subject_id FROM sessions s WHERE s.id = session),"
                        + " EXISTS (SELECT 1 FROM audit a WHERE a.action = 'subject_erase' AND a.session_id IS NULL"
                        + " AND trailmark_names_subject(a.detail, m.subject_id)"
                        + " AND position(',' || session || ',' IN ',' || coalesce(substring(a.detail FROM 'ids=(\\S*)'),"
                        + " '') || ',') > 0)) END"
                        + " FROM workspace_members m WHERE m.db_user = member::text AND m.role = 'subject' $$",
                // Deletes only what no session cites, judged over every session (a subject erasing its own
                // cannot see whether another's session cites the same file). VOLATILE: it writes.
                "CREATE OR REPLACE FUNCTION trailmark_remove_uncited_media() RETURNS integer LANGUAGE sql VOLATILE"
                        + " SECURITY DEFINER SET search_path = " + Sql.ident(schema) + ", pg_temp AS $$ WITH gone AS ("
                        + org.trailmark.store.MediaContent.UNCITED_DELETE + " RETURNING 1) SELECT count(*)::integer"
                        + " FROM gone $$",
                "REVOKE ALL ON FUNCTION " + FUNCTIONS + " FROM PUBLIC",
                "GRANT EXECUTE ON FUNCTION " + FUNCTIONS + " TO " + String.join(", ", groupRoles()));
    }

    private static List<String> rowSecurity(String table) {
        List<String> sql = new ArrayList<>();
        sql.add("ALTER TABLE " + table + " ENABLE ROW LEVEL SECURITY");
        // Also the owner: a tool run as the owner must not read past the rules either.
        sql.add("ALTER TABLE " + table + " FORCE ROW LEVEL SECURITY");
        sql.add(policy(table, "trailmark_members", "PERMISSIVE", "ALL", ROLE + " IS NOT NULL", ROLE + " IS NOT NULL"));
        String scope = SUBJECT_SCOPE.get(table);
        if (scope != null) {
            String rule = NOT_SUBJECT + " OR (" + scope + ")";
            sql.add(policy(table, "trailmark_subject_scope", "RESTRICTIVE", "ALL", rule, rule));
        }
        switch (table) {
            case "sessions" -> sql.add(policy(table, "trailmark_erasure", "RESTRICTIVE", "DELETE",
                    ROLE + " IN ('admin', 'subject')", null));
            case "media_content" -> sql.add(policy(table, "trailmark_cited_content", "RESTRICTIVE", "SELECT", CITED,
                    null));
            case "secrets" -> sql.add(policy(table, "trailmark_secret_keepers", "RESTRICTIVE", "ALL",
                    ROLE + " IN ('curator', 'admin')", ROLE + " IN ('curator', 'admin')"));
            case "settings" -> sql.add(policy(table, "trailmark_subject_erases_own", "RESTRICTIVE", "DELETE",
                    NOT_SUBJECT + " OR trailmark_setting_is_mine(key, current_user)", null));
            case "audit" -> {
                // What subject.SubjectService shows a subject: entries of its sessions (erased ones
                // too, found through its erasure notes) and entries under no session that name it.
                sql.add(policy(table, "trailmark_subject_reads_own", "RESTRICTIVE", "SELECT",
                        NOT_SUBJECT + " OR trailmark_audit_is_mine(session_id, detail, current_user)", null));
                // It writes entries about its own sessions (also one it has just erased, whose tombstone
                // comes before the erasure note) and, under no session, only ones naming itself.
                sql.add(policy(table, "trailmark_subject_writes_own", "RESTRICTIVE", "INSERT", null,
                        NOT_SUBJECT + " OR (session_id IS NULL AND trailmark_names_subject(detail, " + MINE + "))"
                                + " OR (session_id IS NOT NULL"
                                + " AND coalesce(trailmark_session_subject(session_id), " + MINE + ") = " + MINE + ")"));
                sql.add(policy(table, "trailmark_export_records", "RESTRICTIVE", "INSERT", null,
                        "action <> 'dataset_export' OR " + ROLE + " IN ('curator', 'admin')"));
            }
            case "retention_rules" -> {
                for (String command : List.of("INSERT", "UPDATE", "DELETE")) {
                    sql.add(policy(table, "trailmark_admin_sets_retention_" + command.toLowerCase(java.util.Locale.ROOT),
                            "RESTRICTIVE", command, command.equals("INSERT") ? null : ADMIN,
                            command.equals("DELETE") ? null : ADMIN));
                }
            }
            case "legal_holds" -> {
                sql.add(policy(table, "trailmark_hold_placers", "RESTRICTIVE", "INSERT", null,
                        ROLE + " IN ('curator', 'admin')"));
                sql.add(policy(table, "trailmark_admin_releases", "RESTRICTIVE", "UPDATE", ADMIN, ADMIN));
                // Holds are history: not even the owner deletes one (the trigger says so in words).
                sql.add(policy(table, "trailmark_holds_stay", "RESTRICTIVE", "DELETE", "false", null));
            }
            default -> { }
        }
        return sql;
    }

    /** Members see the member list (a subject only its own row); only an admin changes it. The owner is exempt. */
    private static List<String> memberRowSecurity() {
        return List.of("ALTER TABLE workspace_members ENABLE ROW LEVEL SECURITY",
                policy("workspace_members", "trailmark_members_read", "PERMISSIVE", "SELECT",
                        ROLE + " IS NOT NULL AND (" + NOT_SUBJECT + " OR db_user = current_user::text)", null),
                policy("workspace_members", "trailmark_admins_write", "PERMISSIVE", "ALL",
                        ROLE + " = 'admin'", ROLE + " = 'admin'"));
    }

    /** DROP + CREATE: a policy has no CREATE OR REPLACE, and the rules may have changed since the last install. */
    private static String policy(String table, String name, String kind, String command, String using,
                                 String check) {
        return "DO $$ BEGIN DROP POLICY IF EXISTS " + name + " ON " + table + "; CREATE POLICY " + name + " ON "
                + table + " AS " + kind + " FOR " + command + " TO PUBLIC"
                + (using == null ? "" : " USING (" + using + ")")
                + (check == null ? "" : " WITH CHECK (" + check + ")") + "; END $$";
    }

    private static List<String> groupRoles() {
        List<String> names = new ArrayList<>();
        for (TeamRole role : TeamRole.values()) {
            names.add(role.groupRole());
        }
        return names;
    }

    private static String currentSchema(Connection c) throws SQLException {
        return Sql.queryString(c, "SELECT current_schema()");
    }

    private static String currentDatabase(Connection c) throws SQLException {
        return Sql.queryString(c, "SELECT current_database()");
    }
}
