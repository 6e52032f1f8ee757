package org.trailmark.privacy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds sensitive values in one text in a single pass. Each character costs a table look-up;
 * only a few characters (digits at a word start, '@', '=', ':', '-', the first letters of
 * known token prefixes) start a small hand-written matcher, and every hit must pass its
 * validator (Luhn, mod-97, SSA rules, a decodable JWT header…) before it counts. Overlapping
 * hits are settled by {@link FindingKind} precedence, then length.
 */
public final class TextScanner {
    private static final byte DIGIT = 1;
    private static final byte LOWER = 2;
    private static final byte UPPER = 4;
    private static final byte TOKEN = 8;
    private static final byte TRIGGER = 16;
    private static final int ALNUM = DIGIT | LOWER | UPPER;
    private static final byte[] CLASS = new byte[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            CLASS[c] = DIGIT | TOKEN | TRIGGER;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            CLASS[c] = LOWER | TOKEN;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            CLASS[c] = UPPER | TOKEN | TRIGGER;
        }
        for (char c : new char[] {'+', '/', '_', '-'}) {
            CLASS[c] = TOKEN;
        }
        for (char c : new char[] {'@', '+', '(', '-', '=', ':', '\n', '\t', 'g', 'x', 'e'}) {
            CLASS[c] |= TRIGGER;
        }
    }

    private static final int MIN_TOKEN = 20;
    private static final String[] AWS_KEY_PREFIXES = {"AKIA", "ASIA", "ABIA", "ACCA", "AGPA", "AIDA", "AIPA", "ANPA",
        "ANVA", "APKA", "AROA"};
    private static final String[] GITHUB_PREFIXES = {"ghp_", "gho_", "ghu_", "ghs_", "ghr_"};
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};
    private static final String[] IMAGE_TLDS = {"png", "jpg", "jpeg", "gif", "svg", "webp", "pdf", "txt", "js",
        "css", "html"};

    private final char[] t;
    private final int n;
    private final boolean inferPasswords;
    private final boolean loginTitle;
    private final List<TextMatch> hits = new ArrayList<>();

    private TextScanner(char[] text, int length, String title, boolean inferPasswords) {
        this.t = text;
        this.n = length;
        this.inferPasswords = inferPasswords;
        this.loginTitle = inferPasswords && ContextWords.inTitle(title, ContextWords.LOGIN);
    }

    /** Scans text with no window context and no password inference (titles, clipboard-like text). */
    public static List<TextMatch> scan(CharSequence text) {
        return scan(text, null, false);
    }

    /**
     * Scans typed text.
     *
     * @param title          the window title it was typed in (context for passwords), or null
     * @param inferPasswords whether to guess passwords from login context; for text typed without
     *                       input-field context (a password field is found from the field itself)
     */
    public static List<TextMatch> scan(CharSequence text, String title, boolean inferPasswords) {
        char[] chars = text.toString().toCharArray();
        return scan(chars, chars.length, title, inferPasswords);
    }

    /** As {@link #scan(CharSequence, String, boolean)} over {@code text[0, length)}, without copying. */
    public static List<TextMatch> scan(char[] text, int length, String title, boolean inferPasswords) {
        TextScanner s = new TextScanner(text, length, title, inferPasswords);
        s.run();
        return settle(s.hits);
    }

    private void run() {
        int tokenStart = -1;
        // Whether the previous character joins words (letter, digit or '_'): matchers of words start only at a word start.
        boolean joined = false;
        for (int i = 0; i < n; i++) {
            char c = t[i];
            int k = c < 128 ? CLASS[c] : 0;
            if ((k & ALNUM) != 0) {
                if (tokenStart < 0) {
                    tokenStart = i;
                }
                if (!joined && (k & TRIGGER) != 0) {
                    wordStart(c, k, i);
                }
                // The rest of the word starts nothing: run through it.
                char d;
                while (i + 1 < n && (d = t[i + 1]) < 128 && (CLASS[d] & ALNUM) != 0) {
                    i++;
                }
                joined = true;
                continue;
            }
            if ((k & TOKEN) != 0) {
                if (tokenStart < 0) {
                    tokenStart = i;
                }
            } else if (tokenStart >= 0) {
                if (i - tokenStart >= MIN_TOKEN) {
                    token(tokenStart, i);
                }
                tokenStart = -1;
            }
            if ((k & TRIGGER) != 0) {
                dispatch(c, i);
            }
            joined = c == '_' || (c >= 128 && Character.isLetterOrDigit(c));
        }
        if (tokenStart >= 0 && n - tokenStart >= MIN_TOKEN) {
            token(tokenStart, n);
        }
    }

    private void wordStart(char c, int k, int i) {
        if ((k & DIGIT) != 0) {
            number(i);
            return;
        }
        switch (c) {
            case 'A' -> awsAccessKey(i);
            case 'g' -> githubToken(i);
            case 'x' -> slackToken(i);
            case 'e' -> jwt(i);
            default -> {
            }
        }
        if ((k & UPPER) != 0) {
            iban(i);
        }
    }

    private void dispatch(char c, int i) {
        switch (c) {
            case '@' -> email(i);
            case '+', '(' -> {
                if (digitAt(i + 1) && !alnumAt(i - 1)) {
                    phone(i);
                }
            }
            case '-' -> {
                if (startsWith(i, "-----BEGIN ")) {
                    privateKey(i);
                }
            }
            case '=' -> assignment(i);
            case ':' -> {
                assignment(i);
                ipv6(i);
            }
            case '\n', '\t' -> {
                if (inferPasswords) {
                    inferredPassword(i);
                }
            }
            default -> {
            }
        }
    }

    // ---- numbers: cards, SSNs, IPv4, phones, dates of birth ----

    private void number(int i) {
        // The shape of the first digit run decides which matchers can apply; a lone number like
        // "4021 " (the common case in prose) tries none of them.
        int run = digitRun(i);
        char next = charAt(i + run);
        boolean digitAfter = digitAt(i + run + 1);
        boolean grouped = (next == ' ' || next == '-' || next == '.') && digitAfter;
        // A run that continues a grouped number ("FR59 8967 3913…", "3462-087236-81449") is not
        // the start of a card, phone or SSN: only the whole sequence is judged, from its start.
        boolean continues = continuesGroupedNumber(i);
        if (!continues && (run >= 12 || grouped)) {
            card(i);
            phone(i);
        }
        if (!continues && (run == 3 && grouped || run == 9)) {
            ssn(i);
        }
        if (run <= 3 && next == '.' && digitAfter) {
            ipv4(i);
        }
        boolean dateShape = (next == '-' || next == '/' || next == '.') && digitAfter
                || run <= 2 && (next == ' ' && Character.isLetter(charAt(i + run + 1))
                || charAt(i - 1) == ' ' && Character.isLetter(charAt(i - 2)));
        if (dateShape && birthContext(i)) {
            dateOfBirth(i);
        }
    }

    /** Joined by '-', '.' or '/' to a digit before, or the next space-separated group of 4 after another group. */
    private boolean continuesGroupedNumber(int i) {
        char before = charAt(i - 1);
        if (before == '-' || before == '.' || before == '/') {
            return digitAt(i - 2);
        }
        if (before != ' ' || i < 7 || charAt(i - 6) != ' ' || !alnumAt(i - 7)) {
            return false;
        }
        boolean digit = false;
        for (int j = i - 5; j <= i - 2; j++) {
            if (!isAlnum(t[j])) {
                return false;
            }
            digit |= isDigit(t[j]);
        }
        return digit;
    }

    private final char[] digits = new char[20];
    private final int[] groupEnd = new int[20];
    private final int[] groupDigits = new int[20];

    private void card(int i) {
        int groups = 0;
        int nd = 0;
        int pos = i;
        char sep = 0;
        while (true) {
            int start = pos;
            while (pos < n && isDigit(t[pos]) && nd < 20) {
                digits[nd++] = t[pos++];
            }
            int len = pos - start;
            if (nd >= 20 || (pos < n && isDigit(t[pos]))) {
                break;
            }
            if (sep != 0 && (len < 3 || len > 7)) {
                break;
            }
            groupEnd[groups] = pos;
            groupDigits[groups] = nd;
            groups++;
            if (pos + 1 < n && (t[pos] == ' ' || t[pos] == '-') && isDigit(t[pos + 1]) && (sep == 0 || sep == t[pos])
                    && (len >= 3 && len <= 7)) {
                sep = t[pos];
                pos++;
            } else {
                break;
            }
        }
        for (int g = groups - 1; g >= 0; g--) {
            int count = groupDigits[g];
            int end = groupEnd[g];
            if (count < 13 || count > 19 || alnumAt(end) || decimalAt(end)) {
                continue;
            }
            if (Validators.paymentCard(new String(digits, 0, count))) {
                double conf = ContextWords.before(t, i, 60, ContextWords.CARD) ? 0.97 : 0.9;
                add(FindingKind.PAYMENT_CARD, i, end, conf);
                return;
            }
        }
    }

    private void ssn(int i) {
        if (digitRun(i) == 3 && i + 11 <= n) {
            char sep = t[i + 3];
            if ((sep == '-' || sep == ' ') && digitRun(i + 4) == 2 && t[i + 6] == sep && digitRun(i + 7) == 4
                    && !alnumAt(i + 11) && !(charAt(i + 11) == sep && digitAt(i + 12))) {
                String nine = "" + new String(t, i, 3) + new String(t, i + 4, 2) + new String(t, i + 7, 4);
                if (Validators.ssn(nine)) {
                    boolean context = ContextWords.before(t, i, 48, ContextWords.SSN);
                    if (sep == '-' || context) {
                        add(FindingKind.NATIONAL_ID, i, i + 11, context ? 0.95 : 0.8);
                    }
                }
            }
        } else if (digitRun(i) == 9 && !alnumAt(i + 9) && !decimalAt(i + 9)
                && ContextWords.before(t, i, 40, ContextWords.SSN) && Validators.ssn(new String(t, i, 9))) {
            add(FindingKind.NATIONAL_ID, i, i + 9, 0.85);
        }
    }

    private void ipv4(int i) {
        if (i > 0 && t[i - 1] == '.') {
            return;
        }
        int pos = i;
        int first = -1;
        for (int part = 0; part < 4; part++) {
            int len = digitRun(pos);
            if (len < 1 || len > 3 || (len > 1 && t[pos] == '0')) {
                return;
            }
            int value = Integer.parseInt(new String(t, pos, len));
            if (value > 255) {
                return;
            }
            if (part == 0) {
                first = value;
            }
            pos += len;
            if (part < 3) {
                if (charAt(pos) != '.') {
                    return;
                }
                pos++;
            }
        }
        if (alnumAt(pos) || (charAt(pos) == '.' && digitAt(pos + 1)) || first == 0 || first == 127
                || first == 255 || ContextWords.before(t, i, 16, ContextWords.VERSION)) {
            return;
        }
        add(FindingKind.IP_ADDRESS, i, pos, ContextWords.before(t, i, 40, ContextWords.IP) ? 0.92 : 0.8);
    }

    private void ipv6(int colon) {
        // Only the first colon of a run starts a check; the run is [hex digits and colons].
        if (colon > 0 && t[colon - 1] == ':') {
            return;
        }
        int start = colon;
        while (start > 0 && (isHex(t[start - 1]) || t[start - 1] == ':')) {
            start--;
        }
        // Scan forward once per address: skip when an earlier colon of this run already did.
        for (int j = start; j < colon; j++) {
            if (t[j] == ':') {
                return;
            }
        }
        int end = colon;
        while (end < n && (isHex(t[end]) || t[end] == ':')) {
            end++;
        }
        if (alnumAt(start - 1) || alnumAt(end) || charAt(start - 1) == '.' || charAt(end) == '.') {
            return;
        }
        String text = new String(t, start, end - start);
        if (validIpv6(text)) {
            add(FindingKind.IP_ADDRESS, start, end, ContextWords.before(t, start, 40, ContextWords.IP) ? 0.9 : 0.8);
        }
    }

    static boolean validIpv6(String s) {
        int dbl = s.indexOf("::");
        if (dbl != s.lastIndexOf("::") || s.contains(":::")) {
            return false;
        }
        String[] parts = s.split(":", -1);
        int groups = 0;
        boolean letters = false;
        for (int p = 0; p < parts.length; p++) {
            String part = parts[p];
            if (part.isEmpty()) {
                boolean edgeOfDouble = dbl >= 0;
                if (!edgeOfDouble) {
                    return false;
                }
                continue;
            }
            if (part.length() > 4) {
                return false;
            }
            for (char c : part.toCharArray()) {
                letters |= !isDigit(c);
            }
            groups++;
        }
        if (s.startsWith(":") && !s.startsWith("::") || s.endsWith(":") && !s.endsWith("::")) {
            return false;
        }
        if (dbl < 0) {
            return groups == 8;
        }
        // A bare "::" or the loopback "::1" says nothing about a person.
        return groups >= 2 && groups <= 7 || letters && groups >= 1 && !s.equals("::1");
    }

    private void phone(int i) {
        boolean plus = t[i] == '+';
        int pos = plus ? i + 1 : i;
        int[] groupLen = new int[8];
        int groups = 0;
        int nd = 0;
        boolean parens = false;
        boolean dots = false;
        boolean dashes = false;
        while (groups < 8) {
            boolean open = charAt(pos) == '(';
            if (open) {
                if (groups > 1 || parens) {
                    return;
                }
                pos++;
            }
            int len = digitRun(pos);
            if (len == 0) {
                return;
            }
            pos += len;
            if (open) {
                if (charAt(pos) != ')') {
                    return;
                }
                parens = true;
                pos++;
            }
            groupLen[groups++] = len;
            nd += len;
            if (nd > 15) {
                return;
            }
            char c = charAt(pos);
            if ((c == ' ' || c == '-' || c == '.') && (digitAt(pos + 1) || (charAt(pos + 1) == '(' && groups == 1))) {
                dots |= c == '.';
                dashes |= c == '-';
                pos++;
            } else if (open && digitAt(pos)) {
                continue;
            } else {
                break;
            }
        }
        if (alnumAt(pos) || decimalAt(pos) || (charAt(pos) == '-' && digitAt(pos + 1))) {
            return;
        }
        double conf;
        if (plus) {
            if (nd < 8 || nd > 15 || t[i + 1] == '0' || (groups < 2 && nd < 10) || dots) {
                return;
            }
            conf = 0.85;
        } else if (nanp(groupLen, groups, i)) {
            conf = parens ? 0.85 : dots ? 0.7 : 0.8;
        } else if (t[i] == '0' || (parens && t[i] == '(' && charAt(i + 1) == '0')) {
            if (nd < 10 || nd > 11 || groups < 2 || dots) {
                return;
            }
            for (int g = 0; g < groups; g++) {
                if (groupLen[g] < 2) {
                    return;
                }
            }
            conf = 0.7;
        } else {
            return;
        }
        if (ContextWords.before(t, i, 40, ContextWords.PHONE)) {
            conf = Math.min(0.95, conf + 0.1);
        }
        add(FindingKind.PHONE, i, pos, conf);
    }

    /**
     * North American numbering: an optional 1, then area code, exchange and line number; area code and
     * exchange start with 2..9.
     */
    private boolean nanp(int[] groupLen, int groups, int i) {
        int offset = 0;
        int first = t[i] == '(' ? i + 1 : i;
        if (groups == 4 && groupLen[0] == 1 && t[first] == '1') {
            offset = 1;
            first = nextDigit(first + 1);
        } else if (groups != 3) {
            return false;
        }
        return groupLen[offset] == 3 && groupLen[offset + 1] == 3 && groupLen[offset + 2] == 4
                && first >= 0 && t[first] >= '2';
    }

    private int nextDigit(int from) {
        for (int j = from; j < n; j++) {
            if (isDigit(t[j])) {
                return j;
            }
        }
        return -1;
    }

    /** "born", "DOB"… shortly before, with no other number in between: the date is the first one after it. */
    private boolean birthContext(int i) {
        int from = Math.max(0, i - 32);
        for (int j = i - 1; j >= from; j--) {
            if (isDigit(t[j])) {
                from = j + 1;
                break;
            }
        }
        return ContextWords.within(t, from, i, ContextWords.BIRTH);
    }

    private void dateOfBirth(int i) {
        int a = digitRun(i);
        int pos = i + a;
        char sep = charAt(pos);
        if ((sep == '-' || sep == '/' || sep == '.') && a >= 1 && a <= 4) {
            int b = digitRun(pos + 1);
            int pos2 = pos + 1 + b;
            if (b >= 1 && b <= 2 && charAt(pos2) == sep) {
                int c = digitRun(pos2 + 1);
                int end = pos2 + 1 + c;
                if (alnumAt(end) || decimalAt(end)) {
                    return;
                }
                int va = Integer.parseInt(new String(t, i, a));
                int vb = Integer.parseInt(new String(t, pos + 1, b));
                if (c == 0) {
                    return;
                }
                int vc = Integer.parseInt(new String(t, pos2 + 1, c));
                boolean valid = a == 4 && c <= 2 ? date(va, vb, vc)
                        : a <= 2 && c == 4 && (date(vc, vb, va) || date(vc, va, vb));
                if (valid) {
                    add(FindingKind.DATE_OF_BIRTH, i, end, 0.85);
                }
            }
            return;
        }
        if (a >= 1 && a <= 2 && sep == ' ') {
            // "12 March 1985"
            int w = pos + 1;
            int month = monthAt(w);
            if (month > 0) {
                int after = w + wordLength(w);
                if (charAt(after) == '.') {
                    after++;
                }
                if (charAt(after) == ' ' && digitRun(after + 1) == 4 && !alnumAt(after + 5)) {
                    int year = Integer.parseInt(new String(t, after + 1, 4));
                    if (date(year, month, Integer.parseInt(new String(t, i, a)))) {
                        add(FindingKind.DATE_OF_BIRTH, i, after + 5, 0.85);
                    }
                }
            }
        }
        if (a >= 1 && a <= 2 && i >= 2 && t[i - 1] == ' ') {
            // "March 12, 1985"
            int w = i - 1;
            while (w > 0 && Character.isLetter(t[w - 1])) {
                w--;
            }
            int month = monthAt(w);
            int after = i + a;
            if (month > 0 && charAt(after) == ',') {
                after++;
            }
            if (month > 0 && charAt(after) == ' ' && digitRun(after + 1) == 4 && !alnumAt(after + 5)) {
                int year = Integer.parseInt(new String(t, after + 1, 4));
                if (date(year, month, Integer.parseInt(new String(t, i, a)))) {
                    add(FindingKind.DATE_OF_BIRTH, w, after + 5, 0.85);
                }
            }
        }
    }

    private static boolean date(int year, int month, int day) {
        return year >= 1900 && year <= 2030 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    private int monthAt(int at) {
        int len = wordLength(at);
        if (len < 3) {
            return 0;
        }
        String word = new String(t, at, len).toLowerCase(java.util.Locale.ROOT);
        for (int m = 0; m < 12; m++) {
            if (MONTHS[m].equals(word) || (len == 3 && MONTHS[m].startsWith(word))
                    || (len == 4 && word.equals("sept") && m == 8)) {
                return m + 1;
            }
        }
        return 0;
    }

    private int wordLength(int at) {
        int e = at;
        while (e < n && Character.isLetter(t[e])) {
            e++;
        }
        return e - at;
    }

    // ---- e-mail ----

    private void email(int at) {
        int s = at;
        while (s > 0 && s > at - 65 && isLocalChar(t[s - 1])) {
            s--;
        }
        while (s < at && (t[s] == '.' || t[s] == '-' || t[s] == '+')) {
            s++;
        }
        if (s == at || t[at - 1] == '.') {
            return;
        }
        int e = at + 1;
        while (e < n && e < at + 256 && (isAlnum(t[e]) || t[e] == '.' || t[e] == '-')) {
            e++;
        }
        while (e > at + 1 && (t[e - 1] == '.' || t[e - 1] == '-')) {
            e--;
        }
        if (!validDomain(at + 1, e)) {
            return;
        }
        for (int j = s; j + 1 < at; j++) {
            if (t[j] == '.' && t[j + 1] == '.') {
                return;
            }
        }
        // "git@github.com:org/repo" is an SSH remote, not a mailbox.
        if (charAt(e) == ':' && at - s == 3 && startsWith(s, "git")) {
            return;
        }
        add(FindingKind.EMAIL, s, e, ContextWords.before(t, s, 40, ContextWords.EMAIL) ? 0.98 : 0.95);
    }

    private boolean validDomain(int from, int to) {
        int labels = 0;
        int labelStart = from;
        for (int j = from; j <= to; j++) {
            if (j == to || t[j] == '.') {
                int len = j - labelStart;
                if (len < 1 || len > 63 || t[labelStart] == '-' || t[j - 1] == '-') {
                    return false;
                }
                labels++;
                if (j == to) {
                    if (len < 2 || len > 24) {
                        return false;
                    }
                    for (int q = labelStart; q < to; q++) {
                        if (!Character.isLetter(t[q])) {
                            return false;
                        }
                    }
                    String tld = new String(t, labelStart, len).toLowerCase(java.util.Locale.ROOT);
                    for (String bad : IMAGE_TLDS) {
                        if (bad.equals(tld)) {
                            return false;
                        }
                    }
                }
                labelStart = j + 1;
            }
        }
        return labels >= 2;
    }

    // ---- tokens with fixed prefixes ----

    private void awsAccessKey(int i) {
        for (String p : AWS_KEY_PREFIXES) {
            if (startsWith(i, p)) {
                int j = i + 4;
                while (j < n && j < i + 20 && (isDigit(t[j]) || (t[j] >= 'A' && t[j] <= 'Z'))) {
                    j++;
                }
                if (j == i + 20 && !alnumAt(j) && charAt(j) != '_') {
                    boolean common = p.equals("AKIA") || p.equals("ASIA");
                    double conf = common ? 0.95 : 0.85;
                    if (ContextWords.before(t, i, 80, ContextWords.AWS)) {
                        conf += 0.04;
                    }
                    add(FindingKind.AWS_ACCESS_KEY, i, j, conf);
                }
                return;
            }
        }
    }

    private void githubToken(int i) {
        if (startsWith(i, "github_pat_")) {
            int j = i + 11;
            while (j < n && (isAlnum(t[j]) || t[j] == '_')) {
                j++;
            }
            if (j - i - 11 >= 40) {
                add(FindingKind.GITHUB_TOKEN, i, j, 0.97);
            }
            return;
        }
        for (String p : GITHUB_PREFIXES) {
            if (startsWith(i, p)) {
                int j = i + 4;
                while (j < n && isAlnum(t[j])) {
                    j++;
                }
                if (j - i - 4 >= 36 && j - i - 4 <= 251 && charAt(j) != '_') {
                    add(FindingKind.GITHUB_TOKEN, i, j, 0.97);
                }
                return;
            }
        }
    }

    private void slackToken(int i) {
        boolean xox = startsWith(i, "xox") && i + 4 < n && "abprse".indexOf(t[i + 3]) >= 0 && t[i + 4] == '-';
        boolean xapp = startsWith(i, "xapp-");
        if (!xox && !xapp) {
            return;
        }
        int body = i + 5;
        int j = body;
        int dashes = 0;
        int digits = 0;
        while (j < n && (isAlnum(t[j]) || t[j] == '-')) {
            dashes += t[j] == '-' ? 1 : 0;
            digits += isDigit(t[j]) ? 1 : 0;
            j++;
        }
        if (j - body >= 10 && dashes >= 1 && digits >= 6) {
            add(FindingKind.SLACK_TOKEN, i, j, 0.95);
        }
    }

    private void jwt(int i) {
        if (!startsWith(i, "eyJ")) {
            return;
        }
        int h = base64UrlRun(i);
        if (charAt(i + h) != '.' || !startsWith(i + h + 1, "eyJ")) {
            return;
        }
        int p = base64UrlRun(i + h + 1);
        int sigStart = i + h + 1 + p;
        if (p < 4 || charAt(sigStart) != '.') {
            return;
        }
        int s = base64UrlRun(sigStart + 1);
        int end = sigStart + 1 + s;
        if (alnumAt(end) || charAt(end) == '.') {
            return;
        }
        try {
            String header = new String(Base64.getUrlDecoder().decode(stripPadding(new String(t, i, h))),
                    StandardCharsets.UTF_8);
            if (header.startsWith("{") && header.contains("\"alg\"")) {
                add(FindingKind.JWT, i, end, 0.97);
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

    private int base64UrlRun(int from) {
        int j = from;
        while (j < n && (isAlnum(t[j]) || t[j] == '-' || t[j] == '_')) {
            j++;
        }
        return j - from;
    }

    private void privateKey(int i) {
        int lineEnd = i + 11;
        while (lineEnd < n && lineEnd < i + 80 && t[lineEnd] != '\n' && !startsWith(lineEnd, "-----")) {
            lineEnd++;
        }
        String label = new String(t, i + 11, lineEnd - i - 11);
        if (!label.endsWith("PRIVATE KEY") || !startsWith(lineEnd, "-----")) {
            return;
        }
        int end = n;
        for (int j = lineEnd + 5; j + 8 <= n; j++) {
            if (t[j] == '-' && startsWith(j, "-----END ")) {
                int k = j + 9;
                while (k < n && k < j + 80 && !startsWith(k, "-----")) {
                    k++;
                }
                end = Math.min(n, k + 5);
                break;
            }
        }
        add(FindingKind.PRIVATE_KEY, i, end, 0.99);
    }

    // ---- IBAN ----

    private void iban(int i) {
        if (i + 4 > n || !Character.isLetter(t[i + 1]) || !digitAt(i + 2) || !digitAt(i + 3)) {
            return;
        }
        String country = ("" + t[i] + t[i + 1]).toUpperCase(java.util.Locale.ROOT);
        int length = Validators.ibanLength(country);
        if (length == 0) {
            return;
        }
        StringBuilder compact = new StringBuilder(length);
        int j = i;
        while (j < n && compact.length() < length) {
            char c = t[j];
            if (isAlnum(c)) {
                compact.append(Character.toUpperCase(c));
                j++;
            } else if (c == ' ' && j + 1 < n && isAlnum(t[j + 1]) && compact.length() % 4 == 0) {
                j++;
            } else {
                break;
            }
        }
        if (compact.length() == length && !alnumAt(j) && Validators.iban(compact)) {
            add(FindingKind.IBAN, i, j, ContextWords.before(t, i, 40, ContextWords.IBAN) ? 0.98 : 0.95);
        }
    }

    // ---- assignments and high-entropy tokens ----

    private void assignment(int i) {
        char c = t[i];
        if (c == '=' && (charAt(i + 1) == '=' || charAt(i + 1) == '>' || "=!<>:+-*/".indexOf(charAt(i - 1)) >= 0)) {
            return;
        }
        if (c == ':' && (charAt(i + 1) == '/' || charAt(i + 1) == ':' || charAt(i - 1) == ':')) {
            return;
        }
        int k = i - 1;
        while (k >= 0 && k > i - 4 && t[k] == ' ') {
            k--;
        }
        if (k >= 0 && (t[k] == '"' || t[k] == '\'')) {
            k--;
        }
        int nameEnd = k + 1;
        while (k >= 0 && k > nameEnd - 65 && (isAlnum(t[k]) || t[k] == '_' || t[k] == '-' || t[k] == '.')) {
            k--;
        }
        int nameStart = k + 1;
        if (nameEnd - nameStart < 2) {
            return;
        }
        String name = new String(t, nameStart, nameEnd - nameStart).toLowerCase(java.util.Locale.ROOT);
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
        if (len < 6 || placeholder(v, e)) {
            return;
        }
        double entropy = Validators.entropy(t, v, e);
        if (passwordName) {
            if (entropy >= 2.3) {
                add(FindingKind.GENERIC_SECRET, v, e, 0.75);
            }
        } else if (len >= 8 && entropy >= 3.0 && classes(v, e) >= 2) {
            add(FindingKind.GENERIC_SECRET, v, e, entropy >= 4.0 ? 0.85 : 0.7);
        }
    }

    private boolean placeholder(int v, int e) {
        char first = t[v];
        if ("$%{<[(*#".indexOf(first) >= 0) {
            return true;
        }
        String value = new String(t, v, e - v).toLowerCase(java.util.Locale.ROOT);
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

    private int classes(int v, int e) {
        int mask = 0;
        for (int j = v; j < e; j++) {
            char c = t[j];
            mask |= isDigit(c) ? 1 : Character.isLowerCase(c) ? 2 : Character.isUpperCase(c) ? 4 : 8;
        }
        return Integer.bitCount(mask);
    }

    private void token(int s, int e) {
        int len = e - s;
        int upper = 0;
        int lower = 0;
        int digits = 0;
        int other = 0;
        int lowerHex = 0;
        int upperHex = 0;
        for (int j = s; j < e; j++) {
            char c = t[j];
            if (isDigit(c)) {
                digits++;
            } else if (c >= 'a' && c <= 'z') {
                lower++;
                lowerHex += c <= 'f' ? 1 : 0;
            } else if (c >= 'A' && c <= 'Z') {
                upper++;
                upperHex += c <= 'F' ? 1 : 0;
            } else {
                other++;
            }
        }
        boolean hex = other == 0 && ((upper == 0 && lowerHex == lower) || (lower == 0 && upperHex == upper));
        if (len == 40 && !hex && upper > 0 && lower > 0 && noUrlChars(s, e)
                && ContextWords.before(t, s, 120, ContextWords.AWS)) {
            add(FindingKind.AWS_SECRET_KEY, s, e, 0.9);
            return;
        }
        double entropy = Validators.entropy(t, s, e);
        if (hex) {
            if (len >= 32 && digits > 0 && digits < len && entropy >= 3.0
                    && !ContextWords.before(t, s, 60, ContextWords.HASH)) {
                add(FindingKind.HIGH_ENTROPY, s, e, 0.6);
            }
            return;
        }
        if (upper > 0 && lower > 0 && digits > 0 && entropy >= Math.min(4.3, log2(len) - 0.9) && !uuid(s, e)) {
            add(FindingKind.HIGH_ENTROPY, s, e, ContextWords.before(t, s, 40, ContextWords.SECRET) ? 0.75 : 0.6);
        }
    }

    private boolean noUrlChars(int s, int e) {
        for (int j = s; j < e; j++) {
            if (t[j] == '_' || t[j] == '-') {
                return false;
            }
        }
        return true;
    }

    private boolean uuid(int s, int e) {
        return e - s == 36 && t[s + 8] == '-' && t[s + 13] == '-' && t[s + 18] == '-' && t[s + 23] == '-';
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }

    // ---- passwords typed without field context ----

    private void inferredPassword(int sep) {
        int s = sep;
        while (s > 0 && !Character.isWhitespace(t[s - 1])) {
            s--;
        }
        int len = sep - s;
        if (len < 4 || len > 64) {
            return;
        }
        // The token must be the whole entry: alone between separators (Enter/Tab), no words before it.
        if (s > 0 && t[s - 1] != '\n' && t[s - 1] != '\t') {
            return;
        }
        String token = new String(t, s, len);
        if (token.indexOf('@') >= 0 && token.indexOf('.') >= 0 || token.contains("://")) {
            return;
        }
        if (t[sep] == '\t' && token.chars().allMatch(ch -> Character.isLowerCase(ch) || isDigit((char) ch)
                || ch == '.' || ch == '_' || ch == '-')) {
            return; // a user name before Tab, most likely
        }
        for (String w : ContextWords.LOGIN) {
            if (w.equalsIgnoreCase(token)) {
                return;
            }
        }
        boolean context = loginTitle || ContextWords.before(t, s, 80, ContextWords.LOGIN);
        if (context) {
            add(FindingKind.PASSWORD, s, sep, 0.7);
        } else if (afterEmailAndTab(s) && mixed(s, sep)) {
            // "name@example.com <Tab> secret <Enter>" is how a login form is filled in, title or not.
            add(FindingKind.PASSWORD, s, sep, 0.65);
        }
    }

    /** At least two of upper case, lower case, digits, symbols: not a plain word or number. */
    private boolean mixed(int s, int e) {
        return classes(s, e) >= 2;
    }

    private boolean afterEmailAndTab(int s) {
        if (s < 2 || t[s - 1] != '\t') {
            return false;
        }
        int p = s - 1;
        boolean at = false;
        while (p > 0 && !Character.isWhitespace(t[p - 1])) {
            p--;
            at |= t[p] == '@';
        }
        return at && s - 1 - p >= 5;
    }

    // ---- helpers ----

    private void add(FindingKind kind, int start, int end, double confidence) {
        if (end > start) {
            hits.add(new TextMatch(kind, start, end, Math.min(0.99, confidence)));
        }
    }

    /** Keeps the best of overlapping hits: by kind precedence, then the longer, then the more confident. */
    static List<TextMatch> settle(List<TextMatch> hits) {
        if (hits.size() <= 1) {
            return hits;
        }
        List<TextMatch> ranked = new ArrayList<>(hits);
        ranked.sort(Comparator.comparingInt((TextMatch m) -> m.kind().precedence())
                .thenComparing(Comparator.comparingInt(TextMatch::length).reversed())
                .thenComparing(Comparator.comparingDouble(TextMatch::confidence).reversed()));
        TreeMap<Integer, TextMatch> kept = new TreeMap<>();
        for (TextMatch m : ranked) {
            Map.Entry<Integer, TextMatch> before = kept.floorEntry(m.start());
            Map.Entry<Integer, TextMatch> after = kept.ceilingEntry(m.start());
            boolean clash = (before != null && before.getValue().overlaps(m))
                    || (after != null && after.getValue().overlaps(m));
            if (!clash) {
                // Anything starting inside m would also be the ceiling entry; one look each side suffices.
                kept.put(m.start(), m);
            }
        }
        return new ArrayList<>(kept.values());
    }

    private int digitRun(int from) {
        int j = from;
        while (j < n && isDigit(t[j])) {
            j++;
        }
        return j - from;
    }

    private boolean startsWith(int at, String s) {
        if (at < 0 || at + s.length() > n) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (t[at + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private char charAt(int at) {
        return at >= 0 && at < n ? t[at] : 0;
    }

    private boolean alnumAt(int at) {
        return at >= 0 && at < n && Character.isLetterOrDigit(t[at]);
    }

    private boolean digitAt(int at) {
        return at >= 0 && at < n && isDigit(t[at]);
    }

    /** A '.' or ',' followed by a digit: the number goes on (12.50, 1,000). */
    private boolean decimalAt(int at) {
        return (charAt(at) == '.' || charAt(at) == ',') && digitAt(at + 1);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isAlnum(char c) {
        return c < 128 ? (CLASS[c] & (DIGIT | LOWER | UPPER)) != 0 : Character.isLetterOrDigit(c);
    }

    private static boolean isLocalChar(char c) {
        return isAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }
}
