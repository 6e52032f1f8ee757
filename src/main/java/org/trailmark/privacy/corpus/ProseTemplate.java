package org.trailmark.privacy.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A sentence written by others with slots like {@code [CREDIT_CARD_NUMBER]} where values go. */
public record ProseTemplate(String id, String text) {
    public ProseTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /** A piece of the template: literal prose, or a slot name. */
    public record Piece(String text, boolean slot) {
    }

    public List<Piece> pieces() {
        List<Piece> out = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int open = text.indexOf('[', at);
            int close = open < 0 ? -1 : text.indexOf(']', open);
            if (open < 0 || close < 0 || !isSlotName(text.substring(open + 1, close))) {
                int next = open < 0 || close < 0 ? text.length() : open + 1;
                appendLiteral(out, text.substring(at, next));
                at = next;
                continue;
            }
            appendLiteral(out, text.substring(at, open));
            out.add(new Piece(text.substring(open + 1, close), true));
            at = close + 1;
        }
        return out;
    }

    public List<String> slots() {
        return pieces().stream().filter(Piece::slot).map(Piece::text).toList();
    }

    private static void appendLiteral(List<Piece> out, String s) {
        if (s.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && !out.get(out.size() - 1).slot()) {
            out.set(out.size() - 1, new Piece(out.get(out.size() - 1).text() + s, false));
        } else {
            out.add(new Piece(s, false));
        }
    }

    private static boolean isSlotName(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
