package org.trailmark.store;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The workspace's pseudonym secret: random bytes made with the workspace and kept inside its file,
 * so a copy of the file keeps it. Only keys derived from it leave this class: a holder of a derived
 * key cannot get back to the secret, and without the secret no derived key can be computed, whatever
 * else (a seed, the subject ids) is known. Call with the workspace lock held.
 */
final class PseudonymSecret {
    static final int BYTES = 32;
    private static final String NAME = "pseudonyms";
    private static final SecureRandom RANDOM = new SecureRandom();

    static final List<String> MIGRATION = List.of("CREATE TABLE secrets ("
            + " name TEXT PRIMARY KEY,"
            + " value BLOB NOT NULL,"
            + " created_at TEXT NOT NULL)");

    private PseudonymSecret() {
    }

    /** Makes the secret unless the file has one; a copied or reopened workspace keeps its own. */
    static void createIfMissing(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO secrets (name, value, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING")) {
            ps.setString(1, NAME);
            ps.setBytes(2, fresh());
            ps.setString(3, now());
            ps.executeUpdate();
        }
    }

    /** Replaces the secret with new random bytes: every key derived afterwards differs from the ones before. */
    static void replace(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO secrets (name, value, created_at) VALUES (?, ?, ?)"
                + " ON CONFLICT(name) DO UPDATE SET value = excluded.value, created_at = excluded.created_at")) {
            ps.setString(1, NAME);
            ps.setBytes(2, fresh());
            ps.setString(3, now());
            ps.executeUpdate();
        }
    }

    static boolean exists(Connection c) throws SQLException {
        return read(c).isPresent();
    }

    /** HMAC-SHA256 of {@code context} under the secret; empty when the file has no secret yet. */
    static Optional<byte[]> derive(Connection c, String context) throws SQLException {
        Optional<byte[]> secret = read(c);
        if (secret.isEmpty()) {
            return Optional.empty();
        }
        if (secret.get().length != BYTES) {
            throw new DamagedDataException("the pseudonym secret has the wrong length");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.get(), "HmacSHA256"));
            return Optional.of(mac.doFinal(context.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static Optional<byte[]> read(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM secrets WHERE name = ?")) {
            ps.setString(1, NAME);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getBytes(1)) : Optional.empty();
            }
        }
    }

    private static byte[] fresh() {
        byte[] secret = new byte[BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
