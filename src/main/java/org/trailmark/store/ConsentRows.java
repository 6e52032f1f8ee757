package org.trailmark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentRecord;
import org.trailmark.model.ConsentState;
import org.trailmark.model.ConsentStatus;

/** The {@code consent_records} table: its schema step, and rows to and from {@link ConsentRecord}. */
final class ConsentRows {
    /** Session headers keep times as RFC 3339 with offset; records keep UTC instants (SQLite converts). */
    private static final String HEADER_TIME_AS_INSTANT = "strftime('%Y-%m-%dT%H:%M:%fZ', consent_granted_at)";

    /** Purposes are stored one per line (TextLists); a purpose is listed when its line is there. */
    private static String backfill(ConsentPurpose purpose) {
        return "INSERT INTO consent_records (subject_id, purpose, policy_id, policy_version, granted_at,"
                + " withdrawn_at, recorded_by, source, recorded_at)"
                + " SELECT subject_id, '" + purpose.wireName() + "', consent_policy_id, consent_policy_version,"
                + " coalesce(" + HEADER_TIME_AS_INSTANT + ", strftime('%Y-%m-%dT%H:%M:%fZ', start_time)),"
                + " NULL, 'import', 'header', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
                + " FROM sessions"
                + " WHERE instr(char(10) || consent_purposes, char(10) || '" + purpose.wireName() + "' || char(10)) > 0"
                + " GROUP BY subject_id, consent_policy_id, consent_policy_version,"
                + " coalesce(" + HEADER_TIME_AS_INSTANT + ", strftime('%Y-%m-%dT%H:%M:%fZ', start_time))"
                + " ORDER BY min(start_epoch_ms), subject_id";
    }

    static final List<String> MIGRATION = List.of(
            "CREATE TABLE consent_records ("
                    + " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    + " subject_id TEXT NOT NULL,"
                    + " purpose TEXT NOT NULL,"
                    + " policy_id TEXT,"
                    + " policy_version TEXT,"
                    + " granted_at TEXT,"
                    + " withdrawn_at TEXT,"
                    + " recorded_by TEXT NOT NULL,"
                    + " source TEXT NOT NULL,"
                    + " recorded_at TEXT NOT NULL,"
                    + " CHECK (granted_at IS NOT NULL OR withdrawn_at IS NOT NULL))",
            "CREATE INDEX consent_by_subject ON consent_records(subject_id, purpose)",
            // Consent is evidence: a record may only gain its withdrawal time, never lose or change it.
            "CREATE TRIGGER consent_no_delete BEFORE DELETE ON consent_records"
                    + " BEGIN SELECT RAISE(ABORT, 'consent records are kept; withdraw instead'); END",
            "CREATE TRIGGER consent_only_withdraw BEFORE UPDATE ON consent_records"
                    + " WHEN OLD.withdrawn_at IS NOT NULL OR NEW.withdrawn_at IS NULL"
                    + " OR NEW.id IS NOT OLD.id OR NEW.subject_id IS NOT OLD.subject_id"
                    + " OR NEW.purpose IS NOT OLD.purpose OR NEW.policy_id IS NOT OLD.policy_id"
                    + " OR NEW.policy_version IS NOT OLD.policy_version OR NEW.granted_at IS NOT OLD.granted_at"
                    + " OR NEW.recorded_by IS NOT OLD.recorded_by OR NEW.source IS NOT OLD.source"
                    + " OR NEW.recorded_at IS NOT OLD.recorded_at"
                    + " BEGIN SELECT RAISE(ABORT, 'a consent record can only be withdrawn'); END",
            backfill(ConsentPurpose.CAPTURE),
            backfill(ConsentPurpose.TRAINING),
            "INSERT INTO audit (at, actor, action, session_id, detail)"
                    + " SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'migration', 'consent', NULL,"
                    + " 'recorded ' || count(*) || ' consent records from the capture headers of stored sessions'"
                    + " FROM consent_records HAVING count(*) > 0");

    private static final String COLUMNS = "id, subject_id, purpose, policy_id, policy_version, granted_at,"
            + " withdrawn_at, recorded_by, source";

    private ConsentRows() {
    }

    /** A subject's records, oldest first. */
    static List<ConsentRecord> ofSubject(Connection c, String subject) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM consent_records WHERE subject_id = ? ORDER BY id", subject);
    }

    /** Every subject's records, oldest first. */
    static List<ConsentRecord> all(Connection c) throws SQLException {
        List<ConsentRecord> records = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM consent_records ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                records.add(read(rs));
            }
        }
        return records;
    }

    /** Every subject's status for one purpose; subjects without records are absent (NONE). */
    static Map<String, ConsentStatus> statusBySubject(Connection c, ConsentPurpose purpose) throws SQLException {
        Map<String, List<ConsentRecord>> bySubject = new HashMap<>();
        for (ConsentRecord r : query(c, "SELECT " + COLUMNS + " FROM consent_records WHERE purpose = ? ORDER BY id",
                purpose.wireName())) {
            bySubject.computeIfAbsent(r.subject(), s -> new ArrayList<>()).add(r);
        }
        Map<String, ConsentStatus> statuses = new HashMap<>();
        bySubject.forEach((subject, records) -> statuses.put(subject,
                ConsentState.of(subject, purpose, records).status()));
        return statuses;
    }

    static ConsentRecord insert(Connection c, ConsentRecord r, Instant recordedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO consent_records (subject_id, purpose, policy_id,"
                + " policy_version, granted_at, withdrawn_at, recorded_by, source, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, r.subject());
            ps.setString(2, r.purpose().wireName());
            SqlValues.setText(ps, 3, r.policyId());
            SqlValues.setText(ps, 4, r.policyVersion());
            SqlValues.setText(ps, 5, r.grantedAt() == null ? null : r.grantedAt().toString());
            SqlValues.setText(ps, 6, r.withdrawnAt() == null ? null : r.withdrawnAt().toString());
            ps.setString(7, r.recordedBy());
            ps.setString(8, r.source());
            ps.setString(9, recordedAt.toString());
            ps.executeUpdate();
        }
        long id = SqlValues.lastInsertId(c);
        return new ConsentRecord(id, r.subject(), r.purpose(), r.policyId(), r.policyVersion(), r.grantedAt(),
                r.withdrawnAt(), r.recordedBy(), r.source());
    }

    static void markWithdrawn(Connection c, long id, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE consent_records SET withdrawn_at = ? WHERE id = ? AND withdrawn_at IS NULL")) {
            ps.setString(1, at.toString());
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /** Same subject, purpose, policy and grant time, withdrawn or not: importing it again adds nothing. */
    static boolean sameGrant(ConsentRecord a, ConsentRecord b) {
        return a.subject().equals(b.subject()) && a.purpose() == b.purpose()
                && Objects.equals(a.policyId(), b.policyId()) && Objects.equals(a.policyVersion(), b.policyVersion())
                && Objects.equals(a.grantedAt(), b.grantedAt());
    }

    private static List<ConsentRecord> query(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            List<ConsentRecord> records = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    records.add(read(rs));
                }
            }
            return records;
        }
    }

    private static ConsentRecord read(ResultSet rs) throws SQLException {
        try {
            ConsentPurpose purpose = ConsentPurpose.ofWireName(rs.getString("purpose"))
                    .orElseThrow(() -> new IllegalArgumentException("unknown consent purpose"));
            return new ConsentRecord(rs.getLong("id"), rs.getString("subject_id"), purpose, rs.getString("policy_id"),
                    rs.getString("policy_version"), instant(rs.getString("granted_at")),
                    instant(rs.getString("withdrawn_at")), rs.getString("recorded_by"), rs.getString("source"));
        } catch (RuntimeException e) {
            throw new DamagedDataException("consent record does not parse", e);
        }
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
