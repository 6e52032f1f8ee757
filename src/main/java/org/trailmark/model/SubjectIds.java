package org.trailmark.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules for subject ids. A capture that names nobody gets an <em>unassigned</em> subject of
 * its own, derived from the recording's identity: so no two people's recordings ever share one
 * (as they did under a common "unknown"), and importing the same recording again gives the same
 * id. An unassigned subject is not a person: nobody can grant consent for it, it is never
 * exported, and it waits until a reviewer assigns the session to someone.
 *
 * <p>Everything asks {@link #isUnassigned} instead of comparing strings.
 */
public final class SubjectIds {
    /** Every unassigned id starts with this; ids a person gives may not. */
    public static final String UNASSIGNED_PREFIX = "unassigned-";
    /** What earlier versions called every recording without a host; read only to migrate it away. */
    public static final String LEGACY_UNKNOWN = "unknown";
    public static final int MAX_LENGTH = 64;

    private static final int HASH_HEX_DIGITS = 12;
    private static final String HASH_DOMAIN = "trailmark unassigned subject\n";

    private SubjectIds() {
    }

    /**
     * The unassigned subject of the recording with this identity (its session id, itself derived
     * from the recording's content). Never derived from a host or user name.
     */
    public static String unassignedFor(String recordingIdentity) {
        Objects.requireNonNull(recordingIdentity, "recordingIdentity");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((HASH_DOMAIN + recordingIdentity).getBytes(StandardCharsets.UTF_8));
            return UNASSIGNED_PREFIX + HexFormat.of().formatHex(hash).substring(0, HASH_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Whether the id is the pseudonym a recorder's host name becomes on import ({@code host-} and 8
     * hex digits): the machine the session was captured on, which a context export can name too.
     */
    public static boolean isHostPseudonym(String subject) {
        return subject != null && subject.length() == 13 && subject.startsWith("host-")
                && subject.chars().skip(5).allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f');
    }

    /** Whether the id stands for "no person assigned yet" rather than for someone. */
    public static boolean isUnassigned(String subject) {
        return subject != null && subject.startsWith(UNASSIGNED_PREFIX);
    }

    /**
     * Why {@code subject} cannot be given to a session as a person's id, or empty when it can:
     * 1 to {@value #MAX_LENGTH} characters of ASCII letters, digits, '.', '_' and '-', starting
     * with a letter or digit; neither an unassigned id nor the old shared "unknown". The message
     * repeats nothing of the id, which may be anything a person typed.
     */
    public static Optional<String> problemAsPerson(String subject) {
        if (subject == null || subject.isBlank()) {
            return Optional.of("the subject id is empty");
        }
        if (subject.length() > MAX_LENGTH) {
            return Optional.of("the subject id is longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < subject.length(); i++) {
            char c = subject.charAt(i);
            boolean letterOrDigit = c < 128 && Character.isLetterOrDigit(c);
            if (!letterOrDigit && (i == 0 || (c != '.' && c != '_' && c != '-'))) {
                return Optional.of("a subject id is made of letters, digits, '.', '_' and '-' (starting with a letter"
                        + " or digit), with no spaces or control characters");
            }
        }
        if (isUnassigned(subject)) {
            return Optional.of("ids starting with \"" + UNASSIGNED_PREFIX + "\" mean \"no person assigned\";"
                    + " name the person instead");
        }
        if (subject.equals(LEGACY_UNKNOWN)) {
            return Optional.of("\"" + LEGACY_UNKNOWN + "\" would put different people's recordings under one subject;"
                    + " name the person instead");
        }
        return Optional.empty();
    }
}
