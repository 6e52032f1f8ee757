package org.trailmark.generate;

import org.trailmark.model.EventKind;
import org.trailmark.model.SessionLog;

/** Test helper: the text key downs produce within a time span, with Backspace, Enter and Tab applied. */
final class TypedText {
    private TypedText() {
    }

    static String between(SessionLog log, int startMs, int endMs) {
        StringBuilder text = new StringBuilder();
        for (int i = log.firstIndexAtOrAfter(startMs); i < log.size() && log.time(i) <= endMs; i++) {
            if (log.kind(i) != EventKind.KEY_DOWN) {
                continue;
            }
            String code = log.string(log.a(i));
            String produced = log.string(log.b(i));
            if (produced != null) {
                text.append(produced);
            } else if (code.equals("Backspace")) {
                text.setLength(Math.max(0, text.length() - 1));
            } else if (code.equals("Enter")) {
                text.append('\n');
            } else if (code.equals("Tab")) {
                text.append('\t');
            }
        }
        return text.toString();
    }

    static String all(SessionLog log) {
        return log.isEmpty() ? "" : between(log, 0, log.time(log.size() - 1));
    }
}
