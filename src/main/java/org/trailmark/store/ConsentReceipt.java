package org.trailmark.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A stored consent receipt: the JSON document given to the person for one grant or withdrawal
 * (fields after ISO/IEC TS 27560, decision 0024), with a SHA-256 over its canonical form so that any
 * copy can be checked against the workspace's.
 *
 * @param document the receipt as JSON, its {@code checksum} field included
 * @param sha256   hex SHA-256 of the canonical JSON of every field but {@code checksum}
 */
public record ConsentReceipt(String receiptId, String subject, long consentRecordId, String action,
                             Instant issuedAt, String document, String sha256) {
    /** The field holding the checksum; everything else is what it covers. */
    public static final String CHECKSUM_FIELD = "checksum";
    public static final String GRANT = "grant";
    public static final String WITHDRAW = "withdraw";

    public ConsentReceipt {
        Objects.requireNonNull(receiptId, "receiptId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(sha256, "sha256");
    }

    /**
     * Whether a receipt, parsed from JSON into plain maps and lists, is unchanged: its checksum value
     * equals the SHA-256 over the canonical JSON of its other fields.
     */
    public static boolean verifies(Map<String, ?> parsed) {
        if (!(parsed.get(CHECKSUM_FIELD) instanceof Map<?, ?> checksum)) {
            return false;
        }
        return checksumOver(parsed).equals(checksum.get("value"));
    }

    /** The hex SHA-256 over the canonical JSON of every field but {@link #CHECKSUM_FIELD}. */
    public static String checksumOver(Map<String, ?> fields) {
        Map<String, Object> covered = new LinkedHashMap<>(fields);
        covered.remove(CHECKSUM_FIELD);
        return sha256(CanonicalJson.write(covered));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
