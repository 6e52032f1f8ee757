package org.trailmark.privacy.corpus;

import java.util.Arrays;
import org.trailmark.model.SessionLog;
import org.trailmark.privacy.KeyScript;

/**
 * A typed case as the session a recorder would capture: key down and up for every keystroke
 * (Shift for capitals), field events where the recorder knew the field, in one window. Each
 * planted value's time span runs from the first key that typed any of it (typos included) to the
 * last.
 */
record CaseSession(SessionLog log, int[] truthStart, int[] truthEnd) {
    /** The window the typing happens in: a browser with a neutral page. */
    static final String APP = "Firefox";
    static final String TITLE = "New Tab - Mozilla Firefox";
    private static final int STEP_MS = 45;

    static CaseSession of(TypedCase c) {
        KeyScript s = new KeyScript(STEP_MS);
        s.focus(APP, TITLE);
        int[] start = new int[c.truths().size()];
        int[] end = new int[c.truths().size()];
        Arrays.fill(start, Integer.MAX_VALUE);
        Arrays.fill(end, -1);
        for (Stroke k : c.strokes()) {
            int from = s.now() + 1;
            switch (k.type()) {
                case CHAR -> s.type(String.valueOf(k.c()));
                case BACKSPACE -> s.press("Backspace");
                case FIELD -> s.field(k.role(), "");
            }
            if (k.truth() >= 0) {
                start[k.truth()] = Math.min(start[k.truth()], from);
                end[k.truth()] = Math.max(end[k.truth()], s.now());
            }
        }
        s.waitMs(500).press("Escape");
        return new CaseSession(s.build(), start, end);
    }

    /** A window shown with this title while a key is pressed in it. */
    static SessionLog titled(CorpusTitle t) {
        KeyScript s = new KeyScript(STEP_MS);
        s.focus(t.app(), t.title());
        s.waitMs(1_000).press("Escape");
        return s.build();
    }
}
