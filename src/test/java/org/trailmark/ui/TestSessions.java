package org.trailmark.ui;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.trailmark.model.ConsentReference;
import org.trailmark.model.EventKind;
import org.trailmark.model.FieldRole;
import org.trailmark.model.PointerButton;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.Screen;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Workspace;

/** Small, fully known sessions for the studio's tests. */
public final class TestSessions {
    public static final OffsetDateTime MORNING = OffsetDateTime.of(2026, 3, 2, 9, 15, 0, 0, ZoneOffset.ofHours(1));

    private TestSessions() {
    }

    public static SessionInfo info(String id, String subject, String format, OffsetDateTime start) {
        return new SessionInfo(id, subject, format, start, List.of(new Screen(0, 0, 0, 1920, 1080, 1.0)),
                "trailmark-capture", "1.2.0",
                new ConsentReference("acme-capture", "3", List.of("training", "research"), start.minusDays(10)),
                null);
    }

    /** One of every kind of event, in a browser then an editor, 95 seconds long. */
    public static SessionLog everyKind() {
        SessionLogBuilder b = new SessionLogBuilder();
        b.focus(0, "Firefox", "Inbox");
        b.field(10, FieldRole.SEARCH, "Search mail");
        b.pointerMove(20, 100, 100).pointerMove(28, 110, 104).pointerMove(36, 120, 108);
        b.button(40, true, PointerButton.LEFT, 120, 108).button(120, false, PointerButton.LEFT, 120, 108);
        b.wheel(200, 120, 108, 0, -3);
        b.key(300, true, "KeyA", "a").key(380, false, "KeyA", null);
        b.pause(1_000).resume(60_000);
        b.focus(60_100, "Code", "notes.md");
        b.marker(95_000, "end of task");
        return b.build();
    }

    /** A short session of pointer moves only, in one app. */
    public static SessionLog movesIn(String app, int moves) {
        SessionLogBuilder b = new SessionLogBuilder();
        b.focus(0, app, "window");
        for (int i = 1; i <= moves; i++) {
            b.pointerMove(i * 8, i, i);
        }
        return b.build();
    }

    public static void add(Workspace workspace, SessionInfo info, SessionLog log) {
        workspace.sessions().add(info, log, null, "test");
    }

    /** A summary built by hand, for view-model tests that need no workspace at all. */
    public static SessionSummary summary(String id, String subject, String format, long durationMs,
                                         List<String> apps, ReviewStatus status, long pointerMoves) {
        Map<EventKind, Long> counts = new EnumMap<>(EventKind.class);
        counts.put(EventKind.POINTER_MOVE, pointerMoves);
        counts.put(EventKind.FOCUS, (long) apps.size());
        return new SessionSummary(info(id, subject, format, MORNING), pointerMoves + apps.size(), durationMs, counts,
                apps, status, Instant.parse("2026-03-03T10:00:00Z"), null);
    }
}
