package org.trailmark.io;

/**
 * The rule for session and subject ids: printable text. A control character (a line break, an
 * escape sequence, a bidirectional override) in an id would garble every terminal, log line and
 * file name that shows it, or make one id look like another.
 */
public final class Identifiers {
    private Identifiers() {
    }

    /** Why the id is not acceptable, as the end of a sentence ("… contains control characters"), or null. */
    public static String problem(String id) {
        if (id.isBlank()) {
            return "is empty";
        }
        for (int i = 0; i < id.length(); ) {
            int c = id.codePointAt(i);
            if (isControl(c)) {
                return "contains control characters (at character " + (id.codePointCount(0, i) + 1)
                        + "); use printable characters only";
            }
            i += Character.charCount(c);
        }
        return null;
    }

    private static boolean isControl(int c) {
        if (Character.isISOControl(c)) {
            return true;
        }
        int type = Character.getType(c);
        // FORMAT covers the invisible and direction-changing characters (U+200B–U+200F, U+202A–U+202E, U+2066–U+2069)
        return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
