package org.trailmark.ui.player;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.trailmark.model.FieldRole;
import org.trailmark.model.Screen;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;
import org.trailmark.replay.TimeSpan;

/**
 * A short session whose payroll window is focused before a flag, focused again inside it, and
 * typed into on both sides; then an unflagged notes window. The flag covers only the refocus.
 */
final class FlaggedTitleSession {
    static final String APP = "Payroll";
    static final String SECRET_TITLE = "Payroll of Jane Roe";
    static final String OPEN_APP = "Notes";
    static final String OPEN_TITLE = "Shopping list";
    static final TimeSpan FLAG = new TimeSpan(2_000, 4_000);
    /** The payroll window is focused here but the flag has not started yet. */
    static final int BEFORE_FLAG_MS = 1_500;
    static final int INSIDE_FLAG_MS = 3_000;
    static final int UNFLAGGED_MS = 6_000;

    static final SessionInfo INFO = new SessionInfo("flagged-title", "subject-1", "native",
            OffsetDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZoneOffset.UTC), List.of(new Screen(0, 0, 0, 1920, 1080, 1.0)),
            "test", "1", null, null);
    static final SessionLog LOG = build();

    private FlaggedTitleSession() {
    }

    private static SessionLog build() {
        SessionLogBuilder b = new SessionLogBuilder();
        b.focus(0, APP, SECRET_TITLE);
        b.field(10, FieldRole.TEXT, "Amount");
        b.pointerMove(100, 400, 300);
        type(b, 1_000, "120");
        b.pointerMove(1_400, 420, 310);
        b.focus(2_500, APP, SECRET_TITLE);
        b.field(2_510, FieldRole.TEXT, "Amount");
        type(b, 2_600, "55");
        b.focus(5_000, OPEN_APP, OPEN_TITLE);
        b.field(5_010, FieldRole.TEXT, "Body");
        type(b, 5_100, "milk");
        b.pointerMove(6_000, 900, 500);
        b.pointerMove(7_000, 910, 520);
        return b.build();
    }

    private static void type(SessionLogBuilder b, int t, String text) {
        for (int i = 0; i < text.length(); i++) {
            String c = String.valueOf(text.charAt(i));
            String code = Character.isDigit(c.charAt(0)) ? "Digit" + c : "Key" + c.toUpperCase();
            b.key(t + i * 60, true, code, c);
            b.key(t + i * 60 + 30, false, code, null);
        }
    }
}
