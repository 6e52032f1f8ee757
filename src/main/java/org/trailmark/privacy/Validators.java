package org.trailmark.privacy;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/** Checksums and structural rules that turn a pattern hit into a finding. Pure functions over digits. */
public final class Validators {
    private Validators() {
    }

    /** The Luhn (mod 10) check used by payment cards, over ASCII digits only. */
    public static boolean luhn(CharSequence digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return digits.length() > 0 && sum % 10 == 0;
    }

    /**
     * Whether the digits are the length and prefix of a card brand that issues them: Visa, Mastercard,
     * American Express, Discover, JCB, Diners Club, UnionPay, Maestro.
     */
    public static boolean cardBrand(CharSequence digits) {
        int n = digits.length();
        int p1 = prefix(digits, 1);
        int p2 = prefix(digits, 2);
        int p3 = prefix(digits, 3);
        int p4 = prefix(digits, 4);
        if (p1 == 4) {
            return n == 13 || n == 16 || n == 19;
        }
        if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) {
            return n == 16;
        }
        if (p2 == 34 || p2 == 37) {
            return n == 15;
        }
        if (p4 == 6011 || p2 == 65 || (p3 >= 644 && p3 <= 649)) {
            return n >= 16 && n <= 19;
        }
        if (p4 >= 3528 && p4 <= 3589) {
            return n >= 16 && n <= 19;
        }
        if (p2 == 36 || (p3 >= 300 && p3 <= 305) || p2 == 38 || p2 == 39) {
            return n >= 14 && n <= 19;
        }
        if (p2 == 62) {
            return n >= 16 && n <= 19;
        }
        if (p2 == 50 || (p2 >= 56 && p2 <= 69)) {
            return n >= 12 && n <= 19;
        }
        return false;
    }

    public static boolean paymentCard(CharSequence digits) {
        return digits.length() >= 12 && digits.length() <= 19 && cardBrand(digits) && luhn(digits)
                && !allSame(digits);
    }

    private static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AT", 20), Map.entry("AZ", 28),
            Map.entry("BA", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("BH", 22), Map.entry("BR", 29),
            Map.entry("CH", 21), Map.entry("CR", 22), Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22),
            Map.entry("DK", 18), Map.entry("DO", 28), Map.entry("EE", 20), Map.entry("EG", 29), Map.entry("ES", 24),
            Map.entry("FI", 18), Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GE", 22),
            Map.entry("GI", 23), Map.entry("GL", 18), Map.entry("GR", 27), Map.entry("GT", 28), Map.entry("HR", 21),
            Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IL", 23), Map.entry("IS", 26), Map.entry("IT", 27),
            Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20), Map.entry("LB", 28), Map.entry("LI", 21),
            Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("MC", 27), Map.entry("MD", 24),
            Map.entry("ME", 22), Map.entry("MK", 19), Map.entry("MR", 27), Map.entry("MT", 31), Map.entry("MU", 30),
            Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PK", 24), Map.entry("PL", 28), Map.entry("PS", 29),
            Map.entry("PT", 25), Map.entry("QA", 29), Map.entry("RO", 24), Map.entry("RS", 22), Map.entry("SA", 24),
            Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("TN", 24),
            Map.entry("TR", 26), Map.entry("UA", 29), Map.entry("VG", 24), Map.entry("XK", 20));

    /** The IBAN length of a country (ISO 13616 registry), or 0 when the country issues none. */
    public static int ibanLength(String country) {
        return IBAN_LENGTHS.getOrDefault(country, 0);
    }

    /** The ISO 7064 mod-97-10 remainder of an IBAN (uppercase letters and digits), 1 when valid. */
    public static int ibanRemainder(CharSequence iban) {
        int n = iban.length();
        int rem = 0;
        for (int k = 0; k < n; k++) {
            char c = iban.charAt((k + 4) % n);
            if (c >= '0' && c <= '9') {
                rem = (rem * 10 + (c - '0')) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                rem = (rem * 100 + (c - 'A' + 10)) % 97;
            } else {
                return -1;
            }
        }
        return rem;
    }

    /** Country, length for that country and mod-97 check. Input: uppercase, no spaces. */
    public static boolean iban(CharSequence iban) {
        if (iban.length() < 15 || iban.length() > 34) {
            return false;
        }
        String country = iban.subSequence(0, 2).toString();
        return ibanLength(country) == iban.length() && Character.isDigit(iban.charAt(2))
                && Character.isDigit(iban.charAt(3)) && ibanRemainder(iban) == 1;
    }

    private static final Set<String> FAKE_SSNS = Set.of("078051120", "219099999", "123456789", "457555462");

    /**
     * US social security number rules (SSA): area not 000, 666 or 900–999; group not 00; serial not
     * 0000; the numbers printed on sample cards and in ads are rejected.
     */
    public static boolean ssn(CharSequence nineDigits) {
        if (nineDigits.length() != 9 || !allDigits(nineDigits)) {
            return false;
        }
        int area = prefix(nineDigits, 3);
        int group = (nineDigits.charAt(3) - '0') * 10 + (nineDigits.charAt(4) - '0');
        int serial = Integer.parseInt(nineDigits.subSequence(5, 9).toString());
        String s = nineDigits.toString();
        return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0 && !FAKE_SSNS.contains(s)
                && !allSame(nineDigits) && !s.startsWith("98765432");
    }

    /**
     * Shannon entropy in bits per character of {@code s[from, to)} (ASCII; other characters share
     * one bucket).
     */
    public static double entropy(CharSequence s, int from, int to) {
        char[] chars = new char[to - from];
        for (int i = from; i < to; i++) {
            chars[i - from] = s.charAt(i);
        }
        return entropy(chars, 0, chars.length);
    }

    public static double entropy(char[] s, int from, int to) {
        int[] counts = new int[129];
        for (int i = from; i < to; i++) {
            char c = s[i];
            counts[c < 128 ? c : 128]++;
        }
        int length = to - from;
        double[] terms = length > 0 && length <= TERMS_MAX ? terms(length) : null;
        double n = length;
        double bits = 0;
        for (int c : counts) {
            if (c > 0) {
                bits -= terms != null ? terms[c] : term(c, n);
            }
        }
        return bits / Math.log(2);
    }

    /** One character's share of the entropy of a text of n characters in which it occurs c times. */
    private static double term(int c, double n) {
        double p = c / n;
        return p * Math.log(p);
    }

    /** Texts up to this length (keys, tokens, passwords) take their terms from a table. */
    private static final int TERMS_MAX = 256;
    private static final AtomicReferenceArray<double[]> TERMS = new AtomicReferenceArray<>(TERMS_MAX + 1);

    /**
     * The terms for every count in a text of {@code length} characters, computed once per length by
     * the same expression as {@link #term}: the scan judges thousands of tokens of a few lengths, and
     * a logarithm per distinct character was most of their cost. The same bits either way.
     */
    private static double[] terms(int length) {
        double[] row = TERMS.get(length);
        if (row == null) {
            row = new double[length + 1];
            for (int c = 1; c <= length; c++) {
                row[c] = term(c, length);
            }
            // A finished row, published at once: another thread sees it whole or computes its own.
            TERMS.set(length, row);
        }
        return row;
    }

    static boolean allDigits(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return s.length() > 0;
    }

    public static boolean allSame(CharSequence s) {
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) != s.charAt(0)) {
                return false;
            }
        }
        return true;
    }

    private static int prefix(CharSequence digits, int n) {
        if (digits.length() < n) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < n; i++) {
            v = v * 10 + (digits.charAt(i) - '0');
        }
        return v;
    }
}
