package org.trailmark.privacy.detect;

import org.trailmark.privacy.ContextWords;
import org.trailmark.privacy.FindingKind;
import org.trailmark.privacy.TextMatch;

/**
 * A postcode with its town. US: "Springfield, IL 62704" (town, state code, ZIP or ZIP+4) stands on
 * its own. German and French: "10115 Berlin", "75008 Paris" only as part of an address — right after
 * a street found in the same text, or after a word such as "address" — since "12000 Downloads" has
 * the same shape.
 */
final class PostcodeTownDetector extends Detector {
    private static final String[] STATES = {"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI",
        "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
        "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
        "WV", "WI", "WY", "PR"};
    private static final String[] ADDRESS_WORDS = {"address", "adresse", "anschrift", "ship to", "deliver to",
        "lieferadresse", "livraison", "wohnhaft", "domicile", "live at", "lives at", "postal", "mailing", "shipping",
        "billing", "postcode", "zip", "plz", "code postal"};

    @Override
    public FindingKind kind() {
        return FindingKind.POSTAL_ADDRESS;
    }

    @Override
    public Trigger trigger() {
        return Trigger.number(NumberGate.run(5).then(" -\n,\t\0"));
    }

    @Override
    public boolean triggers(ScanText s, int at) {
        NumberShape shape = s.numberShape(at);
        return shape.run() == 5 && !shape.continues() && (shape.next() == ' ' || shape.next() == '-'
                || shape.next() == 0 || shape.next() == '\n' || shape.next() == ',' || shape.next() == '\t')
                && !s.digitAt(at - 1) && s.charAt(at - 1) != '.' && s.charAt(at - 1) != '-';
    }

    @Override
    public void find(ScanText s, int at) {
        int zipEnd = at + 5;
        if (s.charAt(zipEnd) == '-' && s.digitRun(zipEnd + 1) == 4) {
            zipEnd += 5;
        }
        if (s.alnumAt(zipEnd)) {
            return;
        }
        int town = usTownStart(s, at);
        if (town >= 0) {
            s.add(FindingKind.POSTAL_ADDRESS, town, zipEnd, 0.8);
            return;
        }
        if (s.charAt(at + 5) != ' ') {
            return;
        }
        int townEnd = townEnd(s, at + 6);
        if (townEnd > 0 && (streetBefore(s, at) || ContextWords.before(s.chars(), at, 80, ADDRESS_WORDS))) {
            s.add(FindingKind.POSTAL_ADDRESS, at, townEnd, 0.75);
        }
    }

    /** Start of "Springfield, IL " before the ZIP at {@code at}, or -1. */
    private static int usTownStart(ScanText s, int at) {
        if (at < 7 || s.charAt(at - 1) != ' ' || s.charAt(at - 4) != ' ' || s.charAt(at - 5) != ',') {
            return -1;
        }
        boolean known = false;
        for (String state : STATES) {
            known |= s.startsWith(at - 3, state);
        }
        if (!known) {
            return -1;
        }
        int start = -1;
        int e = at - 5;
        for (int k = 0; k < 3; k++) {
            int b = e;
            while (b > 0 && Character.isLetter(s.charAt(b - 1))) {
                b--;
            }
            if (b == e || !Character.isUpperCase(s.charAt(b))) {
                break;
            }
            start = b;
            if (s.charAt(b - 1) != ' ') {
                break;
            }
            e = b - 1;
        }
        return start;
    }

    /** End of one or two capitalised town words ("Berlin", "Saint-Étienne", "Frankfurt am Main"), or -1. */
    private static int townEnd(ScanText s, int at) {
        int e = NameWords.wordEnd(s, at, false);
        if (e < 0) {
            return -1;
        }
        if (s.charAt(e) == ' ' && (s.matchesIgnoreCase(e + 1, "am ") || s.matchesIgnoreCase(e + 1, "an der ")
                || s.matchesIgnoreCase(e + 1, "sur ") || s.matchesIgnoreCase(e + 1, "en "))) {
            int w = e + 1 + s.wordLength(e + 1) + 1;
            if (s.matchesIgnoreCase(e + 1, "an der ")) {
                w = e + 8;
            }
            int more = NameWords.wordEnd(s, w, false);
            return more > 0 ? more : e;
        }
        return e;
    }

    /** Whether a street was found in the 60 characters before {@code at}. */
    private static boolean streetBefore(ScanText s, int at) {
        for (int k = s.hits().size() - 1; k >= 0; k--) {
            TextMatch m = s.hits().get(k);
            if (m.kind() == FindingKind.POSTAL_ADDRESS && m.end() <= at && at - m.end() <= 60) {
                return true;
            }
            if (m.end() < at - 60) {
                break;
            }
        }
        return false;
    }
}
