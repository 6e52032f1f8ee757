package org.trailmark.privacy;

/**
 * Masked previews of a matched value, e.g. {@code •••• •••• •••• 1111}, {@code a•••@•••.com},
 * {@code ••••••••••••••••MPLE}. Enough to tell findings apart, never the value: at most its last four
 * characters survive (an e-mail keeps its first character and top-level domain instead), and
 * passwords and short secrets show nothing at all. Previews are stored in the workspace and shown in
 * the studio and the command line, so whatever they keep is kept outside the redaction.
 */
public final class Previews {
    static final char DOT = '\u2022';
    private static final String DOTS = "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022";

    private Previews() {
    }

    public static String mask(FindingKind kind, String value) {
        return switch (kind) {
            case PASSWORD -> DOTS;
            case PAYMENT_CARD -> keepDigits(value, 0, 4);
            case PHONE, NATIONAL_ID -> keepDigits(value, 0, 2);
            // Even initials or a house number narrow a person down: only the shape stays.
            case DATE_OF_BIRTH, PERSON_NAME, POSTAL_ADDRESS -> maskAlnum(value, 0, 0);
            case IBAN -> maskAlnum(value, 0, 4);
            case EMAIL -> email(value);
            case AWS_ACCESS_KEY -> maskAlnum(value, 0, 4);
            case IP_ADDRESS -> ip(value);
            case PRIVATE_KEY -> DOTS;
            case GITHUB_TOKEN, SLACK_TOKEN, JWT, AWS_SECRET_KEY, GENERIC_SECRET, HIGH_ENTROPY -> tail(value);
        };
    }

    /** Masks every digit except the first {@code head} and last {@code tail}; separators stay. */
    private static String keepDigits(String value, int head, int tail) {
        int digits = 0;
        for (int i = 0; i < value.length(); i++) {
            digits += Character.isDigit(value.charAt(i)) ? 1 : 0;
        }
        StringBuilder sb = new StringBuilder(value.length());
        int seen = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isDigit(c)) {
                sb.append(seen < head || seen >= digits - tail ? c : DOT);
                seen++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String maskAlnum(String value, int head, int tail) {
        int alnum = 0;
        for (int i = 0; i < value.length(); i++) {
            alnum += Character.isLetterOrDigit(value.charAt(i)) ? 1 : 0;
        }
        StringBuilder sb = new StringBuilder(value.length());
        int seen = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(seen < head || seen >= alnum - tail ? c : DOT);
                seen++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@code a•••@•••.org}: the whole domain would name the employer or the provider. */
    private static String email(String value) {
        int at = value.lastIndexOf('@');
        if (at <= 0) {
            return DOTS;
        }
        int dot = value.lastIndexOf('.');
        String ending = dot > at && dot < value.length() - 1 ? value.substring(dot) : "";
        return value.charAt(0) + "\u2022\u2022\u2022@\u2022\u2022\u2022" + ending;
    }

    private static String ip(String value) {
        int dot = value.indexOf('.');
        if (dot > 0) {
            return value.substring(0, dot) + ".\u2022\u2022\u2022.\u2022\u2022\u2022.\u2022\u2022\u2022";
        }
        int colon = value.indexOf(':');
        return (colon > 0 ? value.substring(0, colon) : "") + ":" + DOTS;
    }

    /**
     * At most the last four characters, and never more than a fifth of the value; a value shorter
     * than ten characters shows nothing.
     */
    private static String tail(String value) {
        int keep = value.length() < 10 ? 0 : Math.min(4, value.length() / 5);
        return DOTS + value.substring(value.length() - keep);
    }
}
