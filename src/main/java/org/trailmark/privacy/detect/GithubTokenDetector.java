package org.trailmark.privacy.detect;

import org.trailmark.privacy.FindingKind;

/** GitHub tokens: "ghp_" and its siblings with 36+ characters, or fine-grained "github_pat_" tokens. */
final class GithubTokenDetector extends Detector {
    private static final String[] PREFIXES = {"ghp_", "gho_", "ghu_", "ghs_", "ghr_"};

    @Override
    public FindingKind kind() {
        return FindingKind.GITHUB_TOKEN;
    }

    @Override
    public Trigger trigger() {
        return Trigger.wordStart("g");
    }

    @Override
    public void find(ScanText s, int i) {
        char[] t = s.chars();
        int n = s.length();
        if (s.startsWith(i, "github_pat_")) {
            int j = i + 11;
            while (j < n && (ScanText.isAlnum(t[j]) || t[j] == '_')) {
                j++;
            }
            if (j - i - 11 >= 40) {
                s.add(FindingKind.GITHUB_TOKEN, i, j, 0.97);
            }
            return;
        }
        for (String p : PREFIXES) {
            if (s.startsWith(i, p)) {
                int j = i + 4;
                while (j < n && ScanText.isAlnum(t[j])) {
                    j++;
                }
                if (j - i - 4 >= 36 && j - i - 4 <= 251 && s.charAt(j) != '_') {
                    s.add(FindingKind.GITHUB_TOKEN, i, j, 0.97);
                }
                return;
            }
        }
    }
}
