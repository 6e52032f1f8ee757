package org.trailmark.privacy.detect;

import org.trailmark.privacy.FindingKind;

/**
 * A house number with its street, in the three orders people write: "221B Baker Street" and
 * "350 5th Ave" (number, words, a street word), "12 rue de la Paix" (number, a French street word,
 * words), "Hauptstraße 5" and "Berliner Str. 12a" (a German street word, then the number).
 */
final class StreetAddressDetector extends Detector {
    private static final WordSet ENGLISH = new WordSet("street", "st", "road", "rd", "avenue", "ave", "boulevard",
            "blvd", "lane", "ln", "drive", "dr", "court", "ct", "place", "pl", "square", "sq", "terrace", "way",
            "close", "crescent", "highway", "hwy", "parkway", "pkwy", "circle", "row", "gardens", "grove", "mews");
    private static final WordSet FRENCH = new WordSet("rue", "avenue", "av", "boulevard", "bd", "place", "chemin",
            "allée", "allee", "impasse", "quai", "route", "cours");
    private static final WordSet FRENCH_LINKS = new WordSet("de", "du", "des", "la", "le", "les", "l", "d", "aux", "et");
    private static final WordSet GERMAN = new WordSet("straße", "strasse", "str.", "weg", "gasse", "platz", "allee",
            "damm", "ufer", "chaussee", "steig", "pfad");
    /** "2 Google Drive files": a drive that is a disk, not a road. */
    private static final WordSet NOT_A_ROAD = new WordSet("google", "shared", "my", "hard", "usb", "flash", "network",
            "external", "disk", "cd", "dvd", "test", "memory", "fast", "one");

    @Override
    public FindingKind kind() {
        return FindingKind.POSTAL_ADDRESS;
    }

    @Override
    public Trigger trigger() {
        // Up to four digits, whatever follows; five only before ' ', ',' or a letter ("12a Main St").
        return Trigger.number(NumberGate.runs(1, 4).or(NumberGate.run(5).then(" ,").orLetter()));
    }

    @Override
    public boolean triggers(ScanText s, int at) {
        NumberShape shape = s.numberShape(at);
        int end = at + shape.run();
        if (ScanText.isLetter(s.charAt(end)) && !s.alnumAt(end + 1)) {
            end++;
        }
        return shape.run() <= 5 && !shape.continues() && (s.charAt(end) == ' ' || s.charAt(end) == ',')
                || shape.run() <= 4 && s.charAt(at - 1) == ' '
                && (ScanText.isLetter(s.charAt(at - 2)) || s.charAt(at - 2) == '.');
    }

    @Override
    public void find(ScanText s, int at) {
        int run = s.digitRun(at);
        int numberEnd = at + run;
        if (ScanText.isLetter(s.charAt(numberEnd)) && !s.alnumAt(numberEnd + 1)) {
            numberEnd++;
        }
        char before = s.charAt(at - 1);
        // A number glued to another ("14:30", "1.5", "030 1234567") is a time, an amount or a phone number.
        if (s.alnumAt(numberEnd) || before != 0 && ".-:/,".indexOf(before) >= 0 || s.digitAt(at - 2) && before == ' ') {
            return;
        }
        int end = run <= 5 ? numberFirst(s, numberEnd) : -1;
        if (end > 0) {
            s.add(FindingKind.POSTAL_ADDRESS, at, end, 0.75);
            return;
        }
        int start = run <= 4 && !s.decimalAt(numberEnd) && s.charAt(numberEnd) != ':' ? germanStreetStart(s, at) : -1;
        if (start >= 0) {
            s.add(FindingKind.POSTAL_ADDRESS, start, numberEnd, 0.75);
        }
    }

    /** End of "Baker Street" or "rue de la Paix" after the number, or -1. */
    private static int numberFirst(ScanText s, int numberEnd) {
        int w = numberEnd + (s.charAt(numberEnd) == ',' ? 2 : 1);
        if (s.charAt(w - 1) != ' ') {
            return -1;
        }
        int firstEnd = w + s.wordLength(w);
        if (FRENCH.contains(s, w, firstEnd)) {
            int end = french(s, firstEnd + (s.charAt(firstEnd) == '.' ? 1 : 0), Character.isLowerCase(s.charAt(w)));
            if (end > 0) {
                return end;
            }
        }
        return english(s, w);
    }

    /**
     * End of the street's name after a French street word ending at {@code at}: link words ("de la")
     * and name words, capitalised after "Avenue", any case after "rue" (written lower case in French).
     */
    private static int french(ScanText s, int at, boolean lowerStreetWord) {
        int end = -1;
        int pos = at;
        for (int k = 0; k < 6 && " '-\u2019".indexOf(s.charAt(pos)) >= 0 && s.charAt(pos) != 0; k++) {
            int w = pos + 1;
            int e = w + s.wordLength(w);
            if (e == w) {
                break;
            }
            if (!FRENCH_LINKS.contains(s, w, e)) {
                if (!ScanText.isUpper(s.charAt(w)) && !lowerStreetWord || end < 0 && e - w < 3) {
                    break;
                }
                end = e;
            }
            pos = e;
        }
        return end;
    }

    /** One to four words, then an English street word: "Baker Street", "5th Ave", "old mill lane". */
    private static int english(ScanText s, int w) {
        boolean capitals = ScanText.isUpper(s.charAt(w)) || s.digitAt(w);
        int pos = w;
        int previous = -1;
        for (int k = 0; k < 5; k++) {
            int e = wordEnd(s, pos);
            if (e < 0 || !s.digitAt(pos) && ScanText.isUpper(s.charAt(pos)) != capitals) {
                return -1;
            }
            if (k > 0 && ENGLISH.contains(s, pos, e) && !s.alnumAt(e)
                    && !(s.matchesIgnoreCase(pos, "drive") && NOT_A_ROAD.contains(s, previous, pos - 1))) {
                return s.charAt(e) == '.' && !s.alnumAt(e + 1) ? e + 1 : e;
            }
            if (s.charAt(e) != ' ') {
                return -1;
            }
            previous = pos;
            pos = e + 1;
        }
        return -1;
    }

    /** A word of letters, or an ordinal such as "5th". */
    private static int wordEnd(ScanText s, int at) {
        int letters = s.wordLength(at);
        if (letters > 0) {
            return at + letters;
        }
        int digits = s.digitRun(at);
        if (digits > 0 && digits <= 3 && s.wordLength(at + digits) == 2) {
            int p = at + digits;
            if (s.matchesIgnoreCase(p, "st") || s.matchesIgnoreCase(p, "nd") || s.matchesIgnoreCase(p, "rd")
                    || s.matchesIgnoreCase(p, "th")) {
                return at + digits + 2;
            }
        }
        return -1;
    }

    /**
     * Start of the German street before the number at {@code at} ("Hauptstraße", "Berliner Str."),
     * or -1. A compound is capitalised (or, for "-straße", typed in lower case); a street word on its
     * own needs a capitalised word before it.
     */
    private static int germanStreetStart(ScanText s, int at) {
        int e = at - 1;
        // The word before must end like a German street word: most words fail on their last letter.
        if (!GERMAN.mayEndWith(s.charAt(e - 1))) {
            return -1;
        }
        int b = e;
        while (b > 0 && (ScanText.isLetter(s.charAt(b - 1)) || s.charAt(b - 1) == '.' && b == e)) {
            b--;
        }
        String suffix = e > b ? GERMAN.suffixOf(s, b, e) : null;
        if (suffix == null) {
            return -1;
        }
        int len = suffix.length();
        if (e - b > len) {
            return ScanText.isUpper(s.charAt(b)) || suffix.startsWith("str") ? b : -1;
        }
        int p = b - 1;
        int q = p;
        while (q > 0 && ScanText.isLetter(s.charAt(q - 1))) {
            q--;
        }
        return s.charAt(p) == ' ' && q < p && ScanText.isUpper(s.charAt(q)) && ScanText.isUpper(s.charAt(b))
                ? q : -1;
    }
}
