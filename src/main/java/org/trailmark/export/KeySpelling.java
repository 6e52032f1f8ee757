package org.trailmark.export;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How a value typed key by key reads back out of an export: from native key events, from a
 * trajectory's actions, from a keystroke table's key codes. {@link #BREAK} stands where typing is
 * interrupted, so no value is found across the interruption.
 */
final class KeySpelling {
    static final char BREAK = '\u0000';
    static final String BREAK_TEXT = String.valueOf(BREAK);

    private KeySpelling() {
    }

    /**
     * One event of a native stream: key presses add their text; moves, wheels and releases leave a
     * run of typing unbroken; anything else (a click, a focus change) ends it.
     */
    static String ofEvent(String type, String text) {
        if (type == null) {
            return BREAK_TEXT;
        }
        return switch (type) {
            case "key_down" -> text == null ? "" : text;
            case "key_up", "pointer_move", "wheel" -> "";
            default -> BREAK_TEXT;
        };
    }

    /** As {@link #ofEvent}, but a key without text (Tab, Enter, an arrow) ends a word; Shift does not. */
    static String ofEventTyping(String type, String text, String code) {
        if ("key_down".equals(type) && text == null) {
            return code != null && code.startsWith("Shift") ? "" : BREAK_TEXT;
        }
        return ofEvent(type, text);
    }

    /** Typing and single keys of one trajectory record in order: how a value typed key by key would read. */
    static String ofActions(JsonNode record) {
        StringBuilder s = new StringBuilder();
        for (JsonNode action : record.path("actions")) {
            String type = action.path("type").asText();
            if (type.equals("type")) {
                s.append(action.path("text").asText());
            } else if (type.equals("key") && action.path("keys").size() == 1) {
                String key = action.path("keys").get(0).asText();
                s.append(key.length() == 1 ? key : key.equals("space") ? " " : String.valueOf(BREAK));
            } else if (!type.equals("wait")) {
                s.append(BREAK);
            }
        }
        return s.toString();
    }

    /** The key code column of a keystroke table read as the characters those keys type. */
    static String ofTable(String table) {
        StringBuilder s = new StringBuilder();
        String[] rows = table.split("\n");
        for (int r = 1; r < rows.length; r++) {
            String[] cells = rows[r].split("\t", -1);
            String code = cells.length > 2 ? cells[2] : "";
            if (code.startsWith("Key") && code.length() == 4) {
                s.append(Character.toLowerCase(code.charAt(3)));
            } else if (code.startsWith("Digit") && code.length() == 6) {
                s.append(code.charAt(5));
            } else if (code.equals("Space")) {
                s.append(' ');
            } else if (!code.startsWith("Shift")) {
                s.append(BREAK);
            }
        }
        return s.toString();
    }
}
