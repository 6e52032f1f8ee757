package org.trailmark.privacy.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * The ways people write a value of each kind other than the way the source wrote it: regrouped
 * digits, other letter case, split over several form fields (Tab between the parts), inside a URL.
 * A table per kind, so a kind gains a form without touching the typing code.
 */
final class ValueForms {
    /** One way of writing a value; {@code rewrite} gets the value and the case's random source. */
    record Form(String name, BiFunction<String, Random, String> rewrite) {
    }

    private static final Map<String, List<Form>> BY_KIND = Map.of(
            "payment_card", List.of(new Form("separators", ValueForms::cardGroups),
                    new Form("fields", (v, r) -> grouped(digits(v), 4, "\t"))),
            "iban", List.of(new Form("separators", (v, r) -> grouped(compact(v), 4, " ")),
                    new Form("case", (v, r) -> v.toLowerCase(Locale.ROOT))),
            "phone", List.of(new Form("separators", (v, r) -> compact(v)),
                    new Form("fields", (v, r) -> splitFirst(v, " -."))),
            "email", List.of(new Form("case", (v, r) -> v.toLowerCase(Locale.ROOT)),
                    new Form("url", (v, r) -> "https://accounts.example.com/recover?email=" + v)),
            "date_of_birth", List.of(new Form("fields", (v, r) -> v.replace('/', '\t').replace('.', '\t'))),
            "person_name", List.of(new Form("case", (v, r) -> v.toLowerCase(Locale.ROOT)),
                    new Form("fields", (v, r) -> splitFirst(v, " "))),
            "postal_address", List.of(new Form("case", (v, r) -> v.toUpperCase(Locale.ROOT)),
                    new Form("fields", (v, r) -> v.replace(", ", "\t"))),
            "national_id", List.of(new Form("separators", (v, r) -> compact(v))),
            "ip_address", List.of(new Form("url", (v, r) -> v.indexOf(':') >= 0 ? "http://[" + v + "]/admin"
                    : "http://" + v + "/admin")));

    /** Forms that wrap a value typed without prose, for entries that bring their own text. */
    private static final Map<String, Form> URL_FOR_OWN_TEXT = Map.of(
            "github_token", new Form("url", (v, r) -> "https://" + v + "@github.com/example/repo.git"),
            "slack_token", new Form("url", (v, r) -> "https://slack.com/api/auth.test?token=" + v),
            "jwt", new Form("url", (v, r) -> "https://app.example.com/callback#access_token=" + v),
            "email", new Form("url", (v, r) -> "mailto:" + v),
            "ip_address", BY_KIND.get("ip_address").get(0));

    private ValueForms() {
    }

    static List<Form> forKind(String kind) {
        return BY_KIND.getOrDefault(kind, List.of());
    }

    static List<Form> forOwnText(String kind) {
        Form f = URL_FOR_OWN_TEXT.get(kind);
        return f == null ? List.of() : List.of(f);
    }

    static String digits(String v) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            if (Character.isDigit(v.charAt(i))) {
                sb.append(v.charAt(i));
            }
        }
        return sb.toString();
    }

    /** The value without spaces, dashes, dots, slashes and brackets (a leading + stays). */
    static String compact(String v) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (" -./()".indexOf(c) < 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String grouped(String v, int size, String separator) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length(); i += size) {
            if (i > 0) {
                sb.append(separator);
            }
            sb.append(v, i, Math.min(v.length(), i + size));
        }
        return sb.toString();
    }

    /** Card numbers as printed on cards: 4-6-5 for fifteen digits, otherwise fours; spaces or dashes. */
    private static String cardGroups(String v, Random r) {
        String d = digits(v);
        String sep = r.nextBoolean() ? " " : "-";
        if (d.length() == 15) {
            return d.substring(0, 4) + sep + d.substring(4, 10) + sep + d.substring(10);
        }
        return grouped(d, 4, sep);
    }

    /** The value with its first separator replaced by Tab: two fields. */
    private static String splitFirst(String v, String separators) {
        for (int i = 1; i < v.length() - 1; i++) {
            if (separators.indexOf(v.charAt(i)) >= 0) {
                return v.substring(0, i) + "\t" + v.substring(i + 1);
            }
        }
        return v;
    }
}
