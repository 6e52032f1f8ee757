package org.trailmark.privacy.detect;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.trailmark.privacy.FindingKind;

/** JSON Web Tokens: three base64url parts, the first two starting "eyJ", the header a JSON object naming "alg". */
final class JwtDetector extends Detector {
    @Override
    public FindingKind kind() {
        return FindingKind.JWT;
    }

    @Override
    public Trigger trigger() {
        return Trigger.wordStart("e");
    }

    @Override
    public boolean triggers(ScanText s, int i) {
        return s.startsWith(i, "eyJ");
    }

    @Override
    public void find(ScanText s, int i) {
        int h = base64UrlRun(s, i);
        if (s.charAt(i + h) != '.' || !s.startsWith(i + h + 1, "eyJ")) {
            return;
        }
        int p = base64UrlRun(s, i + h + 1);
        int sigStart = i + h + 1 + p;
        if (p < 4 || s.charAt(sigStart) != '.') {
            return;
        }
        int end = sigStart + 1 + base64UrlRun(s, sigStart + 1);
        if (s.alnumAt(end) || s.charAt(end) == '.') {
            return;
        }
        try {
            String header = new String(Base64.getUrlDecoder().decode(stripPadding(s.string(i, i + h))),
                    StandardCharsets.UTF_8);
            if (header.startsWith("{") && header.contains("\"alg\"")) {
                s.add(FindingKind.JWT, i, end, 0.97);
            }
        } catch (IllegalArgumentException notBase64) {
            // not a token after all
        }
    }

    private static String stripPadding(String s) {
        int e = s.length();
        while (e > 0 && s.charAt(e - 1) == '=') {
            e--;
        }
        return s.substring(0, e);
    }

    private static int base64UrlRun(ScanText s, int from) {
        char[] t = s.chars();
        int j = from;
        while (j < s.length() && (ScanText.isAlnum(t[j]) || t[j] == '-' || t[j] == '_')) {
            j++;
        }
        return j - from;
    }
}
