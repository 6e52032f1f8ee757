package org.trailmark.privacy.detect;

import java.util.Locale;
import org.trailmark.privacy.FindingKind;
import org.trailmark.privacy.Validators;

/**
 * Values assigned to a secret-sounding name: {@code DB_PASSWORD=…}, {@code "api_key": "…"},
 * {@code client_secret: …}. Placeholders, variables and plain words are left alone.
 */
final class AssignedSecretDetector extends Detector {
    @Override
    public FindingKind kind() {
        return FindingKind.GENERIC_SECRET;
    }

    @Override
    public Trigger trigger() {
        return Trigger.mark("=:");
    }

    @Override
    public boolean triggers(ScanText s, int i) {
        char c = s.chars()[i];
        if (c == '=') {
            // Comparisons, arrows and compound operators are code, not assignments.
            return s.charAt(i + 1) != '=' && s.charAt(i + 1) != '>' && "=!<>:+-*/".indexOf(s.charAt(i - 1)) < 0;
        }
        // "https://", "a::b" are not "name: value".
        return s.charAt(i + 1) != '/' && s.charAt(i + 1) != ':' && s.charAt(i - 1) != ':';
    }

    @Override
    public void find(ScanText s, int i) {
        char[] t = s.chars();
        int n = s.length();
        int k = i - 1;
        while (k >= 0 && k > i - 4 && t[k] == ' ') {
            k--;
        }
        if (k >= 0 && (t[k] == '"' || t[k] == '\'')) {
            k--;
        }
        int nameEnd = k + 1;
        while (k >= 0 && k > nameEnd - 65 && (ScanText.isAlnum(t[k]) || t[k] == '_' || t[k] == '-' || t[k] == '.')) {
            k--;
        }
        int nameStart = k + 1;
        if (nameEnd - nameStart < 2) {
            return;
        }
        String name = new String(t, nameStart, nameEnd - nameStart).toLowerCase(Locale.ROOT);
        boolean passwordName = name.contains("password") || name.contains("passwd") || name.endsWith("pwd")
                || name.equals("pass") || name.endsWith("_pass") || name.contains("passphrase");
        boolean secretName = passwordName || name.contains("secret") || name.contains("token")
                || name.endsWith("key") || name.contains("api_key") || name.contains("apikey")
                || name.contains("credential") || name.equals("auth") || name.endsWith("_auth");
        if (!secretName || name.equals("keyboard")) {
            return;
        }
        int v = i + 1;
        while (v < n && v < i + 4 && t[v] == ' ') {
            v++;
        }
        if (v < n && (t[v] == '"' || t[v] == '\'')) {
            v++;
        }
        int e = v;
        while (e < n && e < v + 200 && !Character.isWhitespace(t[e]) && "\"'`,;)}]".indexOf(t[e]) < 0) {
            e++;
        }
        int len = e - v;
        if (len < 6 || placeholder(t, v, e)) {
            return;
        }
        double entropy = Validators.entropy(t, v, e);
        if (passwordName) {
            if (entropy >= 2.3) {
                s.add(FindingKind.GENERIC_SECRET, v, e, 0.75);
            }
        } else if (len >= 8 && entropy >= 3.0 && s.classes(v, e) >= 2) {
            s.add(FindingKind.GENERIC_SECRET, v, e, entropy >= 4.0 ? 0.85 : 0.7);
        }
    }

    private static boolean placeholder(char[] t, int v, int e) {
        if ("$%{<[(*#".indexOf(t[v]) >= 0) {
            return true;
        }
        String value = new String(t, v, e - v).toLowerCase(Locale.ROOT);
        if (value.contains("(") || value.startsWith("process.env") || value.startsWith("os.environ")
                || value.startsWith("your") || value.startsWith("xxx") || Validators.allSame(value)) {
            return true;
        }
        return switch (value) {
            case "changeme", "password", "secret", "none", "null", "true", "false", "undefined", "redacted",
                 "example", "required", "optional", "string" -> true;
            default -> false;
        };
    }
}
