package org.trailmark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentRecord;

/**
 * The {@code consent_receipts} table (schema step 12) and the receipts in it: one per grant and one
 * per withdrawal, written in the transaction that records the consent, never changed afterwards.
 */
public final class ConsentReceipts {
    static final String FORMAT = "trailmark-consent-receipt";
    static final String VERSION = "1.0";
    /** How the receipts of consent recorded before receipts existed were made. */
    static final String BACKFILLED = "backfilled";

    static final List<String> MIGRATION = List.of(
            "CREATE TABLE IF NOT EXISTS consent_receipts ("
                    + " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    + " receipt_id TEXT NOT NULL UNIQUE,"
                    + " subject_id TEXT NOT NULL,"
                    + " consent_record_id INTEGER NOT NULL,"
                    + " action TEXT NOT NULL,"
                    + " issued_at TEXT NOT NULL,"
                    + " document TEXT NOT NULL,"
                    + " sha256 TEXT NOT NULL)",
            "CREATE INDEX IF NOT EXISTS consent_receipts_by_subject ON consent_receipts(subject_id, id)",
            "CREATE TRIGGER IF NOT EXISTS consent_receipts_no_update BEFORE UPDATE ON consent_receipts"
                    + " BEGIN SELECT RAISE(ABORT, 'a consent receipt is never changed'); END",
            "CREATE TRIGGER IF NOT EXISTS consent_receipts_no_delete BEFORE DELETE ON consent_receipts"
                    + " BEGIN SELECT RAISE(ABORT, 'a consent receipt is never changed'); END");

    private static final Map<String, String> METHODS = Map.of(
            ConsentRecord.HEADER, "capture header at import",
            ConsentRecord.STUDIO, "studio",
            ConsentRecord.CLI, "command line",
            ConsentRecord.SUBJECT, "My data, by the person",
            BACKFILLED, BACKFILLED);

    private static final Map<ConsentPurpose, String> PURPOSES = Map.of(
            ConsentPurpose.CAPTURE, "being recorded at the computer: keystrokes, pointer, windows and screen",
            ConsentPurpose.TRAINING, "using the recordings to train AI models");

    private ConsentReceipts() {
    }

    /** Writes the receipt of a grant or withdrawal of {@code r}; call inside the write that records it. */
    static ConsentReceipt issue(Connection c, ConsentRecord r, String action, String method, Instant issuedAt)
            throws SQLException {
        Map<String, Object> fields = fields(r, action, method, controller(c), issuedAt, UUID.randomUUID().toString());
        String sha = ConsentReceipt.checksumOver(fields);
        Map<String, Object> checksum = new LinkedHashMap<>();
        checksum.put("algorithm", "SHA-256");
        checksum.put("covers", "the canonical JSON of every other field: keys sorted, no white space, UTF-8");
        checksum.put("value", sha);
        fields.put(ConsentReceipt.CHECKSUM_FIELD, checksum);
        ConsentReceipt receipt = new ConsentReceipt((String) fields.get("receipt_id"), r.subject(), r.id(), action,
                issuedAt, CanonicalJson.write(fields), sha);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO consent_receipts (receipt_id, subject_id,"
                + " consent_record_id, action, issued_at, document, sha256) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, receipt.receiptId());
            ps.setString(2, receipt.subject());
            ps.setLong(3, receipt.consentRecordId());
            ps.setString(4, action);
            ps.setString(5, issuedAt.toString());
            ps.setString(6, receipt.document());
            ps.setString(7, sha);
            ps.executeUpdate();
        }
        return receipt;
    }

    private static Map<String, Object> fields(ConsentRecord r, String action, String method,
                                              ConsentController controller, Instant issuedAt, String receiptId) {
        boolean grant = ConsentReceipt.GRANT.equals(action);
        Instant event = grant ? r.grantedAt() : r.withdrawnAt();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("format", FORMAT);
        fields.put("version", VERSION);
        fields.put("conforms_to", "field names after ISO/IEC TS 27560 (consent record information structure)");
        fields.put("receipt_id", receiptId);
        fields.put("issued_at", issuedAt.toString());
        Map<String, Object> who = new LinkedHashMap<>();
        who.put("name", controller.name());
        who.put("contact", controller.contact());
        fields.put("pii_controller", who);
        fields.put("pii_principal_id", r.subject());
        Map<String, Object> purpose = new LinkedHashMap<>();
        purpose.put("purpose", r.purpose().wireName());
        purpose.put("description", PURPOSES.get(r.purpose()));
        fields.put("purposes", List.of(purpose));
        fields.put("action", action);
        fields.put("event_type", grant ? "given" : "withdrawn");
        fields.put("event_time", event == null ? null : event.toString());
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("policy_id", r.policyId());
        notice.put("policy_version", r.policyVersion());
        fields.put("notice", notice);
        fields.put("collection_method", METHODS.getOrDefault(method, method));
        fields.put("consent_record_id", r.id());
        return fields;
    }

    /** The workspace's controller, or "not set"; call with the lock held. */
    static ConsentController controller(Connection c) throws SQLException {
        String name = setting(c, ConsentController.NAME_SETTING);
        String contact = setting(c, ConsentController.CONTACT_SETTING);
        return new ConsentController(name == null ? ConsentController.NOT_SET : name,
                contact == null ? ConsentController.NOT_SET : contact);
    }

    private static String setting(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static List<ConsentReceipt> ofSubject(Connection c, String subject) throws SQLException {
        List<ConsentReceipt> receipts = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT receipt_id, subject_id, consent_record_id, action,"
                + " issued_at, document, sha256 FROM consent_receipts WHERE subject_id = ? ORDER BY id")) {
            ps.setString(1, subject);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    try {
                        receipts.add(new ConsentReceipt(rs.getString(1), rs.getString(2), rs.getLong(3),
                                rs.getString(4), Instant.parse(rs.getString(5)), rs.getString(6), rs.getString(7)));
                    } catch (DateTimeParseException | NullPointerException e) {
                        throw new DamagedDataException("consent receipt with an unreadable field", e);
                    }
                }
            }
        }
        return receipts;
    }

    /**
     * Schema step 12 on either backend: a receipt for every grant and every withdrawal recorded
     * before receipts existed, marked as backfilled. Public for the PostgreSQL schema's step.
     */
    public static void backfill(Connection c) throws SQLException {
        Instant now = Database.now();
        for (ConsentRecord r : ConsentRows.all(c)) {
            if (r.grantedAt() != null) {
                issue(c, r, ConsentReceipt.GRANT, BACKFILLED, now);
            }
            if (r.withdrawnAt() != null) {
                issue(c, r, ConsentReceipt.WITHDRAW, BACKFILLED, now);
            }
        }
    }
}
