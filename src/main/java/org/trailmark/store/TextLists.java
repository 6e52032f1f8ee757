package org.trailmark.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Short lists of strings (apps, consent purposes) in one TEXT column: each item ends with a
 * newline, backslash and newline inside items are escaped. An empty list is the empty string and
 * differs from a list holding one empty string.
 */
final class TextLists {
    private TextLists() {
    }

    static String encode(List<String> items) {
        StringBuilder sb = new StringBuilder();
        for (String item : items) {
            for (int i = 0; i < item.length(); i++) {
                char ch = item.charAt(i);
                if (ch == '\\') {
                    sb.append("\\\\");
                } else if (ch == '\n') {
                    sb.append("\\n");
                } else {
                    sb.append(ch);
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static List<String> decode(String text) {
        List<String> items = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n') {
                items.add(current.toString());
                current.setLength(0);
            } else if (ch == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                current.append(next == 'n' ? '\n' : next);
            } else {
                current.append(ch);
            }
        }
        return items;
    }
}
