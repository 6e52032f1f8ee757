package org.trailmark.store.pg;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The five roles of a team workspace, each a PostgreSQL group role (NOLOGIN) whose table privileges
 * are the outer bound of what its members may do; row-level security ({@link PostgresAccess}) narrows
 * it per database. The privileges live here, one map per role, so that a reader sees a role whole.
 */
public enum TeamRole {
    /** Cuts sessions into tasks, flags sensitive stretches, sets the review status. */
    LABELER("labeler", Map.of(
            Tables.READ_ALL, "SELECT",
            Tables.REVIEW_WRITES, "SELECT, INSERT, UPDATE, DELETE",
            List.of("sessions"), "UPDATE",
            List.of("audit", "session_access"), "INSERT")),
    /** A labeler who also approves and rejects; the database treats both alike. */
    REVIEWER("reviewer", LABELER.privileges),
    /** Imports, keeps consent, exports training sets (the only non-admin who may read the pseudonym secret). */
    CURATOR("curator", Map.of(
            Tables.READ_ALL, "SELECT",
            Tables.REVIEW_WRITES, "SELECT, INSERT, UPDATE, DELETE",
            Tables.SESSION_DATA, "SELECT, INSERT, UPDATE",
            List.of("consent_records", "secrets"), "SELECT, INSERT, UPDATE",
            List.of("legal_holds"), "SELECT, INSERT",
            // screen media bytes are written once and never changed (their name is their hash)
            List.of("media_content"), "SELECT, INSERT",
            List.of("audit", "session_access", "consent_receipts"), "INSERT")),
    /**
     * A recorded person: row-level security shows only their own sessions; may mark, withdraw, erase them.
     * Their screen media bytes go with their last session through trailmark_remove_uncited_media, never
     * by their own DELETE: another person's session may show the same file.
     */
    SUBJECT("subject", Map.of(
            Tables.READ_ALL, "SELECT",
            Tables.SESSION_DATA, "SELECT, DELETE",
            List.of("tasks", "settings"), "SELECT, DELETE",
            List.of("flags"), "SELECT, INSERT, UPDATE, DELETE",
            List.of("consent_records"), "SELECT, INSERT, UPDATE",
            List.of("audit", "session_access", "consent_receipts"), "INSERT")),
    /** Everything, including erasing anyone's sessions and managing members; the audit log stays append-only. */
    ADMIN("admin", Map.of(
            Tables.READ_ALL, "SELECT",
            Tables.REVIEW_WRITES, "SELECT, INSERT, UPDATE, DELETE",
            Tables.SESSION_DATA, "SELECT, INSERT, UPDATE, DELETE",
            List.of("consent_records", "secrets"), "SELECT, INSERT, UPDATE",
            List.of("audit", "session_access", "consent_receipts"), "INSERT",
            List.of("retention_rules"), "SELECT, INSERT, UPDATE, DELETE",
            // released_by and released_at only: a hold's reason and target never change (decision 0023)
            List.of("legal_holds"), "SELECT, INSERT, UPDATE (released_by, released_at)",
            List.of("workspace_members"), "SELECT, INSERT, UPDATE, DELETE",
            List.of("media_content"), "SELECT, INSERT, DELETE"));

    private final String wireName;
    private final Map<List<String>, String> privileges;

    TeamRole(String wireName, Map<List<String>, String> privileges) {
        this.wireName = wireName;
        this.privileges = privileges;
    }

    /** How {@code workspace_members.role} and the command line name the role. */
    public String wireName() {
        return wireName;
    }

    /** The PostgreSQL group role (server-wide) whose members hold this role's privileges. */
    public String groupRole() {
        return "trailmark_" + wireName;
    }

    /** Table lists and the privileges granted on each (SELECT, INSERT, …). */
    Map<List<String>, String> privileges() {
        return privileges;
    }

    public static Optional<TeamRole> ofWireName(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.wireName.equals(wanted)).findFirst();
    }

    /** The table groups the privileges name. */
    static final class Tables {
        /** What a session is made of: imported together, erased together. */
        static final List<String> SESSION_DATA = List.of("subjects", "sessions", "session_strings", "event_chunks",
                "media", "media_segments", "media_stills", "context_spans", "capture_hosts");
        /** What labelers edit. */
        static final List<String> REVIEW_WRITES = List.of("tasks", "flags", "labels", "settings", "assignments");
        /** Readable by every member (rows narrowed by row-level security). */
        static final List<String> READ_ALL = List.of("trailmark_schema", "workspace_members", "subjects", "sessions",
                "session_strings", "event_chunks", "media", "media_segments", "media_stills", "media_content", "context_spans",
                "capture_hosts", "tasks", "flags", "labels", "settings", "consent_records", "audit", "assignments",
                "session_access", "consent_receipts", "retention_rules", "legal_holds");

        private Tables() {
        }
    }
}
