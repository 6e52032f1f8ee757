package org.trailmark.privacy.detect;

import java.util.Locale;
import java.util.Set;

/**
 * The words a personal name is made of, as the name detectors read them: letters of any script,
 * joined inside by '-' or an apostrophe ("Smith-Jones", "O'Brien"), written like a name
 * ("Anna", "McDonald"; not "JavaScript" or "iPhone"), and not a word that, after a name, says the
 * phrase is a product, a place or a greeting ("Julia Computing", "Victoria Station", "Dear Customer").
 */
final class NameWords {
    private static final Set<String> NOT_NAMES = Set.of(
            "the", "and", "or", "of", "for", "to", "with", "at", "in", "on", "from", "by", "is", "are", "was",
            "app", "apps", "studio", "code", "server", "client", "editor", "team", "teams", "cloud", "desktop",
            "mobile", "project", "language", "compiler", "docs", "documentation", "lab", "labs", "bot", "chat",
            "station", "street", "road", "avenue", "river", "beach", "airport", "university", "college", "tech",
            "state", "county", "city", "park", "lake", "hall", "center", "centre", "hospital", "school", "church",
            "group", "inc", "ltd", "llc", "gmbh", "corp", "company", "foundation", "bank", "hotel", "store",
            "shop", "bridge", "tower", "square", "valley", "island", "bay", "customer", "customers", "colleague",
            "colleagues", "all", "everyone", "sir", "madam", "friend", "friends", "member", "members", "user",
            "users", "paint", "update", "release", "version", "edition", "pro", "plus", "windows", "linux", "android",
            "chrome", "firefox", "safari", "edge", "office", "word", "excel", "outlook", "access", "explorer",
            "search", "settings", "home", "new", "open", "file", "edit", "view", "window", "help", "tools",
            "terminal", "console", "shell", "notes", "mail", "calendar", "contacts", "photos", "music", "video",
            "player", "manager", "viewer", "browser", "reader", "assistant", "meeting", "draft", "inbox",
            "untitled", "document", "sheet", "slides", "preview", "dashboard", "login", "account", "profile",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "june", "july", "august", "september", "october", "november", "december",
            "hi", "hello", "dear", "thanks", "regards", "there", "here", "you", "computing", "software", "systems",
            "solutions", "technologies", "games", "records", "media", "network", "networks", "radio", "skills",
            "kit", "sdk", "api", "studios", "pictures", "films", "books", "press", "cup", "award", "prize", "web", "world", "line", "lines");

    private NameWords() {
    }

    /**
     * End of the name word starting at {@code at}, or -1. With {@code anyCase} (context already says
     * a name follows) "anna" and "ANNA" count too; otherwise the word must be written like a name.
     */
    static int wordEnd(ScanText s, int at, boolean anyCase) {
        char[] t = s.chars();
        int n = s.length();
        if (at >= n || !Character.isLetter(t[at]) || (!anyCase && !Character.isUpperCase(t[at]))) {
            return -1;
        }
        int e = at + 1;
        int lower = 0;
        int upperAfterLower = 0;
        while (e < n) {
            char c = t[e];
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    lower++;
                } else if (lower > 0 && !joinedPart(t, at, e)) {
                    upperAfterLower++;
                }
                e++;
            } else if ((c == '-' || c == '\'' || c == '\u2019') && e + 1 < n && Character.isLetter(t[e + 1])) {
                e++;
            } else {
                break;
            }
        }
        if (e < n && (Character.isDigit(t[e]) || t[e] == '_')) {
            return -1;
        }
        if (!anyCase && (lower == 0 || upperAfterLower > 0)) {
            return -1;
        }
        return notAName(new String(t, at, e - at).toLowerCase(Locale.ROOT)) ? -1 : e;
    }

    /** "McDonald", "MacLeod", "Smith-Jones", "O'Brien": a capital that starts a part of the name. */
    private static boolean joinedPart(char[] t, int start, int at) {
        char before = t[at - 1];
        if (before == '-' || before == '\'' || before == '\u2019') {
            return true;
        }
        int len = at - start;
        return len == 2 && t[start] == 'M' && t[start + 1] == 'c' || len == 3 && t[start] == 'M' && t[start + 1] == 'a'
                && t[start + 2] == 'c';
    }

    /** End of an initial ("F." in "John F. Kennedy") at {@code at}, or -1. */
    static int initialEnd(ScanText s, int at) {
        return Character.isUpperCase(s.charAt(at)) && s.charAt(at + 1) == '.' && s.charAt(at + 2) == ' ' ? at + 2 : -1;
    }

    /** Whether {@code lowerWord} ends a name rather than being part of it ("studio", "station", "customer"). */
    static boolean notAName(String lowerWord) {
        return NOT_NAMES.contains(lowerWord);
    }

    /** Lower-case particles inside a name: "Guido van Rossum", "Ursula von der Leyen", "Ana de Souza". */
    private static final String[] PARTICLES = {"van", "von", "der", "den", "de", "da", "di", "del", "della", "du",
        "dos", "das", "le", "la", "bin", "ibn", "al", "ter", "ten", "zu"};

    /** End of particles and the space after them at {@code at} ("van ", "von der "), or {@code at}. */
    static int particlesEnd(ScanText s, int at) {
        int pos = at;
        for (int k = 0; k < 2; k++) {
            int len = s.wordLength(pos);
            boolean particle = false;
            for (String p : PARTICLES) {
                particle |= p.length() == len && s.startsWith(pos, p);
            }
            if (!particle || s.charAt(pos + len) != ' ') {
                break;
            }
            pos += len + 1;
        }
        return pos;
    }

    /**
     * End of up to {@code more} further name words (or initials) after the word ending at {@code end},
     * each after one space; {@code end} itself when none follows.
     */
    static int moreWords(ScanText s, int end, int more, boolean anyCase) {
        int last = end;
        for (int k = 0; k < more && s.charAt(last) == ' '; k++) {
            int next = last + 1;
            int initial = initialEnd(s, next);
            if (initial > 0 && k + 1 < more) {
                int after = wordEnd(s, initial + 1, anyCase);
                if (after < 0) {
                    break;
                }
                last = after;
                k++;
                continue;
            }
            int afterParticles = anyCase ? next : particlesEnd(s, next);
            int e = wordEnd(s, afterParticles, anyCase);
            if (e < 0) {
                break;
            }
            last = e;
        }
        return last;
    }

    /** Code, paths and handles: a name is not glued to these on either side. */
    static boolean codeAround(ScanText s, int start, int end) {
        char before = s.charAt(start - 1);
        char after = s.charAt(end);
        return "./\\_#@$<=".indexOf(before) >= 0 && before != 0
                || "(_/\\=@[{<".indexOf(after) >= 0 && after != 0
                || after == '.' && Character.isLetterOrDigit(s.charAt(end + 1));
    }
}
