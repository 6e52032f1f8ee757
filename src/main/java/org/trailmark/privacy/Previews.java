package org.trailmark.privacy;

/**
 * Masked previews of a matched value, e.g. {@code 4111 •••• •••• 1111}, {@code a•••@example.com},
 * {@code AKIA••••••••••••MPLE}. Enough to recognise a finding, never the value: at most a short
 * edge of it survives, and passwords and short secrets show nothing at all.
 */
public final class Previews {
    static final char DOT = '\u2022';
    private static final String DOTS = "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022";

    private Previews() {
    }

    public static String mask(FindingKind kind, String value) {
        return switch (kind) {
            case PASSWORD -> DOTS;
            case PAYMENT_CARD -> keepDigits(value, 4, 4);
            case PHONE, NATIONAL_ID -> keepDigits(value, 0, 2);
            case DATE_OF_BIRTH -> maskAlnum(value, 0, 0);
            case IBAN -> maskAlnum(value, 2, 2);
            case EMAIL -> email(value);
            case AWS_ACCESS_KEY -> maskAlnum(value, 4, 4);
            case IP_ADDRESS -> ip(value);
            case GITHUB_TOKEN -> value.substring(0, value.startsWith("github_pat_") ? 11 : 4) + DOTS;
            case SLACK_TOKEN -> value.substring(0, Math.min(5, value.length())) + DOTS;
            case JWT -> "eyJ" + DOTS + "." + DOTS + "." + DOTS;
            case PRIVATE_KEY -> privateKey(value);
            case AWS_SECRET_KEY, GENERIC_SECRET, HIGH_ENTROPY -> edges(value);
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

    private static String email(String value) {
        int at = value.lastIndexOf('@');
        if (at <= 0) {
            return DOTS;
        }
        return value.charAt(0) + "\u2022\u2022\u2022" + value.substring(at);
    }

    private static String ip(String value) {
        int dot = value.indexOf('.');
        if (dot > 0) {
            return value.substring(0, dot) + ".\u2022\u2022\u2022.\u2022\u2022\u2022.\u2022\u2022\u2022";
        }
        int colon = value.indexOf(':');
        return (colon > 0 ? value.substring(0, colon) : "") + ":" + DOTS;
    }

    private static String privateKey(String value) {
        int end = value.indexOf("PRIVATE KEY-----");
        String header = end > 0 && end < 60 ? value.substring(0, end + 16) : "-----BEGIN PRIVATE KEY-----";
        return header + " " + DOTS;
    }

    /** Shows at most two characters at each end, and only of values long enough that this gives nothing away. */
    private static String edges(String value) {
        int keep = Math.min(2, value.length() / 10);
        if (keep == 0) {
            return DOTS;
        }
        return value.substring(0, keep) + DOTS + value.substring(value.length() - keep);
    }
}
