package org.trailmark.review;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.trailmark.model.FieldRole;
import org.trailmark.model.Screen;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;
import org.trailmark.store.Workspace;

/** Small real workspaces for review tests: sessions whose captured content is known, so tests can look for it. */
public final class ReviewFixtures {
    /** Typed into a password field by the session below. */
    public static final String TYPED_SECRET = "hunter2zebra";
    /** Typed into an ordinary text field. */
    public static final String TYPED_TEXT = "quarterlyfigures";
    public static final String WINDOW_TITLE = "Payroll of Jane Roe";
    public static final int DURATION_MS = 60_000;

    private ReviewFixtures() {
    }

    public static Workspace workspaceWith(Path file, String... sessionIds) {
        Workspace workspace = Workspace.open(file);
        for (int i = 0; i < sessionIds.length; i++) {
            addSession(workspace, sessionIds[i], i);
        }
        return workspace;
    }

    /** Sessions start one hour apart in the order given, so "oldest" is well defined. */
    public static void addSession(Workspace workspace, String id, int hoursLater) {
        SessionInfo info = new SessionInfo(id, "subject-1", "native",
                OffsetDateTime.parse("2026-03-02T09:00:00+01:00").plusHours(hoursLater),
                List.of(new Screen(0, 0, 0, 1920, 1080, 1.0)), "test", "1", null, null);
        workspace.sessions().add(info, log(), null, "fixture");
    }

    public static SessionLog log() {
        SessionLogBuilder b = new SessionLogBuilder();
        b.focus(0, "Browser", WINDOW_TITLE);
        b.field(100, FieldRole.PASSWORD, "Password");
        int t = 1_000;
        t = type(b, t, TYPED_SECRET);
        b.field(t + 500, FieldRole.TEXT, "Notes");
        t = type(b, t + 1_000, TYPED_TEXT);
        b.pointerMove(t + 100, 10, 10);
        b.pointerMove(DURATION_MS, 20, 20);
        return b.build();
    }

    private static int type(SessionLogBuilder b, int t, String text) {
        for (char ch : text.toCharArray()) {
            String code = Character.isDigit(ch) ? "Digit" + ch : "Key" + Character.toUpperCase(ch);
            b.key(t, true, code, String.valueOf(ch));
            b.key(t + 40, false, code, null);
            t += 120;
        }
        return t;
    }
}
