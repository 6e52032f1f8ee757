package org.trailmark.privacy.detect;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Labels that say what follows them: a form field's accessible label ("First name", "Shipping
 * address") or the words before a colon in typed text ("Name:", "Adresse :"). Only labels about a
 * person count: "File name", "User name", "IP address" and "Email address" do not.
 */
final class Labels {
    /** What a label announces. */
    enum Announces { NOTHING, A_NAME, PERHAPS_A_NAME, AN_ADDRESS }

    private static final Set<String> NAME = Set.of("first name", "last name", "full name", "surname", "given name",
            "given names", "family name", "forename", "middle name", "your name", "legal name", "contact name",
            "customer name", "patient name", "employee name", "recipient name", "sender name", "cardholder name",
            "card holder name", "cardholder", "name on card", "account holder", "account holder name",
            "vorname", "nachname", "familienname", "prenom", "prénom", "nom de famille", "nom complet", "apellido",
            "nombre");
    private static final Set<String> GENERIC_NAME = Set.of("name", "nom", "name required", "contact", "from name");
    private static final Set<String> ADDRESS = Set.of("address", "street address", "home address", "postal address",
            "mailing address", "shipping address", "billing address", "delivery address", "residential address",
            "address line", "address line 1", "address line 2", "street", "street and number", "adresse",
            "straße und hausnummer", "strasse und hausnummer",
            "anschrift", "straße", "strasse", "lieferadresse", "rechnungsadresse", "adresse postale",
            "adresse de livraison", "ship to", "bill to", "direccion", "dirección");

    /** The last word of every label above: a colon after any other word needs no closer look. */
    private static final Set<String> LAST_WORDS = lastWords();

    private Labels() {
    }

    private static Set<String> lastWords() {
        Set<String> last = new java.util.HashSet<>();
        for (Set<String> labels : List.of(NAME, GENERIC_NAME, ADDRESS)) {
            for (String label : labels) {
                String[] words = label.split(" ");
                last.add(words[words.length - 1]);
            }
        }
        return Set.copyOf(last);
    }

    /** A cheap first look: the word right before the colon at {@code colon} can end a label. */
    static boolean mayEndLabel(ScanText s, int colon) {
        char[] t = s.chars();
        int e = colon;
        while (e > 0 && e > colon - 3 && (t[e - 1] == ' ' || t[e - 1] == '"' || t[e - 1] == '\'' || t[e - 1] == '*')) {
            e--;
        }
        int b = e;
        while (b > 0 && b > e - 17 && Character.isLetterOrDigit(t[b - 1])) {
            b--;
        }
        return b < e && e - b <= 16 && LAST_WORDS.contains(s.string(b, e).toLowerCase(Locale.ROOT));
    }

    /** What {@code label} announces: it, or its last one to four words, is one of the known labels. */
    static Announces of(String label) {
        if (label == null || label.isBlank()) {
            return Announces.NOTHING;
        }
        String[] words = label.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ");
        for (int from = Math.max(0, words.length - 4); from < words.length; from++) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
            if (NAME.contains(tail)) {
                return from == 0 || !qualifier(words[from - 1]) ? Announces.A_NAME : Announces.NOTHING;
            }
            if (ADDRESS.contains(tail)) {
                return from == 0 || !qualifier(words[from - 1]) ? Announces.AN_ADDRESS : Announces.NOTHING;
            }
            if (GENERIC_NAME.contains(tail)) {
                return from == 0 || !qualifier(words[from - 1]) ? Announces.PERHAPS_A_NAME : Announces.NOTHING;
            }
        }
        return Announces.NOTHING;
    }

    /** A word before "name" or "address" that makes it about a thing: "file name", "IP address". */
    private static boolean qualifier(String word) {
        return switch (word) {
            case "file", "user", "host", "domain", "project", "company", "organisation", "organization", "branch",
                 "repository", "repo", "package", "app", "application", "display", "screen", "account", "device",
                 "server", "database", "table", "column", "field", "variable", "class", "function", "key", "tag",
                 "ip", "mac", "email", "e", "mail", "web", "url", "bind", "listen", "remote", "local", "memory",
                 "wallet", "return", "bitcoin", "ethereum", "network", "gateway", "proxy", "base", "return_address",
                 "product", "item", "team", "group", "channel", "queue", "bucket", "pod", "node", "service" -> true;
            default -> false;
        };
    }

    /**
     * The label written before a colon at {@code colon}: the letters, digits and spaces back to the
     * line's start or another mark, a quote or asterisk around it skipped; null when there is none.
     */
    static String beforeColon(ScanText s, int colon) {
        char[] t = s.chars();
        int e = colon;
        while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '"' || t[e - 1] == '\'' || t[e - 1] == '*')) {
            e--;
        }
        int b = e;
        while (b > 0 && b > e - 40 && (Character.isLetterOrDigit(t[b - 1]) || t[b - 1] == ' ' || t[b - 1] == '-'
                && Character.isLetter(s.charAt(b - 2)))) {
            b--;
        }
        return b == e ? null : s.string(b, e);
    }
}
