package org.trailmark.privacy;

/** Looks for context words ("card", "password", "aws"…) near a position, ignoring case, as whole words. */
public final class ContextWords {
    public static final String[] CARD = {"card", "visa", "mastercard", "amex", "credit", "debit", "payment", "cc", "cvv",
        "cvc", "expiry", "karte"};
    public static final String[] EMAIL = {"email", "e-mail", "mail", "to", "from", "cc", "contact", "address"};
    public static final String[] PHONE = {"phone", "tel", "telephone", "mobile", "cell", "call", "fax", "sms", "whatsapp",
        "contact", "number"};
    public static final String[] SSN = {"ssn", "social security", "ss#", "social", "taxpayer", "tin"};
    public static final String[] IP = {"ip", "address", "host", "server", "ssh", "ping", "addr", "gateway", "dns"};
    public static final String[] VERSION = {"version", "ver", "release", "build", "firmware", "v", "rev", "update"};
    public static final String[] BIRTH = {"born", "birth", "birthday", "dob", "d.o.b", "birthdate", "geboren", "geb",
        "né", "née"};
    public static final String[] AWS = {"aws", "aws_secret_access_key", "secret_access_key", "aws_access_key_id",
        "secret access key", "aws_secret_key", "amazon", "s3", "iam", "aws_session_token"};
    public static final String[] SECRET = {"key", "secret", "token", "password", "auth", "credential", "bearer", "api"};
    public static final String[] HASH = {"commit", "sha", "sha1", "sha256", "sha512", "hash", "digest", "checksum",
        "merge", "revert", "tree", "parent", "md5", "git", "head", "object", "blob", "revision", "cherry-pick",
        "integrity", "etag"};
    public static final String[] LOGIN = {"password", "passwd", "passcode", "pin", "sign in", "sign-in", "signin",
        "log in", "log-in", "login", "logon", "sudo", "unlock", "authenticate", "mot de passe", "kennwort",
        "passwort", "contraseña", "ssh"};
    public static final String[] IBAN = {"iban", "bank", "account", "transfer", "sepa", "bic"};

    private ContextWords() {
    }

    /** True when one of {@code words} stands as a whole word in {@code text[max(0, pos - window), pos)}. */
    public static boolean before(char[] text, int pos, int window, String[] words) {
        return within(text, Math.max(0, pos - window), pos, words);
    }

    public static boolean within(char[] text, int from, int to, String[] words) {
        long firstLetters = 0;
        for (String w : words) {
            firstLetters |= bit(w.charAt(0));
        }
        // Words start at word starts: try the word list only there, and only when some word starts
        // with that letter, so most positions cost one test.
        for (int j = from; j < to; j++) {
            if (!boundary(text, j - 1) || !letterOrDigit(text[j])) {
                continue;
            }
            char first = Character.toLowerCase(text[j]);
            if ((firstLetters & bit(first)) == 0) {
                continue;
            }
            for (String w : words) {
                int len = w.length();
                if (w.charAt(0) == first && j + len <= to && matchesAt(text, j, w) && boundary(text, j + len)) {
                    return true;
                }
            }
        }
        return false;
    }

    public static boolean inTitle(String title, String[] words) {
        if (title == null || title.isEmpty()) {
            return false;
        }
        char[] chars = title.toCharArray();
        return within(chars, 0, chars.length, words);
    }

    private static boolean matchesAt(char[] text, int at, String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = text[at + k];
            char w = word.charAt(k);
            if (c != w && Character.toLowerCase(c) != w) {
                return false;
            }
        }
        return true;
    }

    /** Letters and digits join words; "AWS_SECRET" splits at the underscore so "aws" is found in it. */
    private static boolean boundary(char[] text, int at) {
        return at < 0 || at >= text.length || !letterOrDigit(text[at]);
    }

    /** {@link Character#isLetterOrDigit(char)}, ASCII answered without the JDK's table. */
    static boolean letterOrDigit(char c) {
        if (c < 128) {
            return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
        return Character.isLetterOrDigit(c);
    }

    /** Letters share 64 bits; a shared bit only costs a look at the words. */
    private static long bit(char c) {
        return 1L << (c & 63);
    }
}
