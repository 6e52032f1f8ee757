package org.trailmark.privacy.detect;

/** A value that context says is an address (after a label, in an address field): whether it reads like one. */
final class AddressValue {
    private AddressValue() {
    }

    /**
     * End of the address in {@code [from, to)} (trailing spaces and punctuation left out), or -1 when it
     * has no word of three letters, no digit, or looks like an e-mail, a web or a network address.
     */
    static int end(ScanText s, int from, int to) {
        int end = to;
        while (end > from && " .,".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end - from < 5 || end - from > 150) {
            return -1;
        }
        boolean digit = false;
        boolean word = false;
        int tokenStart = from;
        boolean letters = true;
        for (int i = from; i <= end; i++) {
            char c = i < end ? s.chars()[i] : ' ';
            if (c == '@' || c == '/' && s.charAt(i + 1) == '/' || c == ':') {
                return -1;
            }
            if (Character.isLetterOrDigit(c)) {
                digit |= ScanText.isDigit(c);
                letters &= Character.isLetter(c);
                continue;
            }
            // A whole word of three letters or more: "0x7ffee3b8" has none.
            word |= letters && i - tokenStart >= 3;
            tokenStart = i + 1;
            letters = true;
        }
        return digit && word ? end : -1;
    }
}
