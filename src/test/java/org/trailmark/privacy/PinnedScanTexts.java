package org.trailmark.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.trailmark.privacy.corpus.IndependentCorpus;

/**
 * Varied texts for pinning what the scan finds: pieces of the generated and the independent corpus
 * spliced at random with trigger characters, digit runs, separators, name and street words, in
 * mixed case, each text scanned under one of several contexts (window title, field label, password
 * inference). Deterministic for a seed, so a stored digest of the findings can pin them.
 */
final class PinnedScanTexts {
    /** One text and the context it is scanned in. */
    record Case(String text, String title, String fieldLabel, boolean inferPasswords) {
    }

    private static final String[] TITLES = {null, "Sign in - Example Bank", "Terminal", "Inbox - Mail",
        "AWS Console", "Checkout - Shop", "Notes"};
    private static final String[] LABELS = {null, null, null, "First name", "Last name", "Full name", "Name",
        "Street address", "Address line 1", "Anschrift", "Password", "File name", "Email address", "Search"};
    private static final String[] BITS = {" ", " ", " ", "\n", "\t", ", ", ". ", ": ", "=", "@", "-", "/", ".",
        "+", "(", ")", "_", "::", "'", "\"", "*", "#", "\r\n", "\u00e9", "\u00df", "stra\u00dfe", " St. ", " rue ",
        " Street ", " Ave", "Dear ", "Hi ", "Best regards,\n", "Mr. ", "Frau ", "born ", "DOB: ", "SSN ", "card ",
        "IBAN ", "aws ", "password: ", "token=", "Name: ", "Address: ", "version ", "ip ", "phone ", "Anna ",
        "Maria ", "John ", "Schmidt", "London ", "SW1A 1AA", "75001 Paris", "NY 10001", "0x", "v1.2.3 ", "192.168.",
        "4111 1111 1111 1111", "xoxb-", "ghp_", "AKIA", "eyJ", "-----BEGIN ", "PRIVATE KEY-----"};

    private PinnedScanTexts() {
    }

    /** {@code count} texts from {@code seed}, each up to about {@code maxLength} characters. */
    static List<Case> cases(long seed, int count, int maxLength) {
        Random random = new Random(seed);
        List<String> pieces = new ArrayList<>();
        for (EvaluationCorpus.Sample s : EvaluationCorpus.samples(seed, 6)) {
            pieces.add(s.text());
        }
        // The corpus keeps some of its strings in immutable maps, whose order changes from run to run.
        pieces.addAll(new TreeSet<>(IndependentCorpus.load(IndependentCorpus.DEFAULT_FOLDER).strings()));
        List<Case> out = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            int length = 1 + random.nextInt(maxLength);
            StringBuilder sb = new StringBuilder(length + 200);
            while (sb.length() < length) {
                switch (random.nextInt(6)) {
                    case 0, 1 -> sb.append(piece(pieces, random));
                    case 2 -> sb.append(BITS[random.nextInt(BITS.length)]);
                    case 3 -> digits(sb, random);
                    case 4 -> sb.append(mixedCase(piece(pieces, random), random));
                    default -> sb.append(word(random));
                }
            }
            String title = TITLES[random.nextInt(TITLES.length)];
            String label = LABELS[random.nextInt(LABELS.length)];
            out.add(new Case(sb.toString(), title, label, random.nextBoolean()));
        }
        return out;
    }

    private static String piece(List<String> pieces, Random random) {
        String p = pieces.get(random.nextInt(pieces.size()));
        if (p.length() > 8 && random.nextInt(3) == 0) {
            // Cut pieces leave values half-typed: the scan must judge the fragments the same way too.
            int a = random.nextInt(p.length());
            int b = a + random.nextInt(p.length() - a) + 1;
            return p.substring(a, b);
        }
        return p;
    }

    private static void digits(StringBuilder sb, Random random) {
        int groups = 1 + random.nextInt(5);
        String seps = " -./:,";
        char sep = seps.charAt(random.nextInt(seps.length()));
        for (int g = 0; g < groups; g++) {
            if (g > 0) {
                sb.append(sep);
            }
            int len = 1 + random.nextInt(random.nextInt(4) == 0 ? 19 : 5);
            for (int k = 0; k < len; k++) {
                sb.append((char) ('0' + random.nextInt(10)));
            }
        }
        if (random.nextInt(4) == 0) {
            sb.append((char) ('A' + random.nextInt(26)));
        }
    }

    private static String mixedCase(String s, Random random) {
        char[] c = s.toCharArray();
        for (int k = 0; k < c.length; k++) {
            if (random.nextInt(4) == 0) {
                c[k] = Character.isUpperCase(c[k]) ? Character.toLowerCase(c[k]) : Character.toUpperCase(c[k]);
            }
        }
        return new String(c);
    }

    private static String word(Random random) {
        int len = 1 + random.nextInt(9);
        StringBuilder w = new StringBuilder(len + 1);
        if (random.nextBoolean()) {
            w.append((char) ('A' + random.nextInt(26)));
        }
        for (int k = 0; k < len; k++) {
            w.append((char) ('a' + random.nextInt(26)));
        }
        return w.append(' ').toString();
    }
}
