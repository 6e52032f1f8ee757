package org.trailmark.privacy.detect;

/** A value that context says is a name (after a label, in a name field): how far the name goes. */
final class NameValue {
    private NameValue() {
    }

    /**
     * End of the name starting at {@code at}, or -1. Written like a name, one to four words count when
     * the context is certain ({@code certain}: "First name"), else the first must be a listed given
     * name and a second word must follow; typed all in lower or upper case, the first must be a listed
     * name that is no English word.
     */
    static int end(ScanText s, int at, boolean certain) {
        char[] t = s.chars();
        int first = NameWords.wordEnd(s, at, true);
        if (first < 0) {
            return -1;
        }
        int end;
        if (NameWords.wordEnd(s, at, false) > 0) {
            if (!certain && !GivenNames.isAny(t, at, first)) {
                return -1;
            }
            end = NameWords.moreWords(s, first, 3, false);
        } else {
            if (!GivenNames.isClear(t, at, first)) {
                return -1;
            }
            end = NameWords.moreWords(s, first, 1, true);
        }
        // Where the label is only "Name", one word is too little to tell a person from a thing.
        if (!certain && end == first) {
            return -1;
        }
        return NameWords.codeAround(s, at, end) ? -1 : end;
    }
}
