package org.trailmark.export;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.trailmark.store.Workspace;

/**
 * How one export names subjects ({@code s-…}) and sessions ({@code e-…}) and orders subjects into
 * splits. With a seed every key is derived from the workspace's pseudonym secret and the seed, so the
 * same workspace and seed give the same files while the seed alone (it is in the manifest) gives a
 * dataset holder nothing to recompute; the split order is keyed the same way, since a seeded shuffle
 * of the subject ids would otherwise tell which subject went to which split. Without a seed every key
 * is fresh random and forgotten after the export.
 */
final class Pseudonyms {
    private static final int HEX_BYTES = 12;

    private final byte[] subjectKey;
    private final byte[] sessionKey;
    private final long splitSeed;

    private Pseudonyms(byte[] subjectKey, byte[] sessionKey, long splitSeed) {
        this.subjectKey = subjectKey;
        this.sessionKey = sessionKey;
        this.splitSeed = splitSeed;
    }

    static Pseudonyms seeded(Workspace workspace, long seed) {
        return new Pseudonyms(workspace.settings().pseudonymKey("export-pseudonyms/subjects/" + seed),
                workspace.settings().pseudonymKey("export-pseudonyms/sessions/" + seed),
                ByteBuffer.wrap(workspace.settings().pseudonymKey("export-split/" + seed)).getLong());
    }

    static Pseudonyms fresh() {
        SecureRandom random = new SecureRandom();
        byte[] subjects = new byte[32];
        byte[] sessions = new byte[32];
        random.nextBytes(subjects);
        random.nextBytes(sessions);
        return new Pseudonyms(subjects, sessions, random.nextLong());
    }

    String subject(String subjectId) {
        return "s-" + hmacHex(subjectKey, subjectId);
    }

    String session(String sessionId) {
        return "e-" + hmacHex(sessionKey, sessionId);
    }

    /** The random order subjects are dealt into splits. */
    Random splitRandom() {
        return new Random(splitSeed);
    }

    private static String hmacHex(byte[] key, String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(id.getBytes(StandardCharsets.UTF_8)), 0, HEX_BYTES);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
