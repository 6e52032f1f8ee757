package org.trailmark.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trailmark.model.ContextKind;
import org.trailmark.model.ContextSpan;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;
import org.trailmark.replay.frame.FocusSegment;
import org.trailmark.replay.frame.TimelineSource;

class SessionContextTest {
    private static ContextSpan window(int from, int to, String app) {
        return new ContextSpan(ContextKind.WINDOW, from, to, app, app + " title", "", "aw.json");
    }

    private static ContextSpan away(int from, int to) {
        return new ContextSpan(ContextKind.AFK, from, to, "", "", "", "aw.json");
    }

    @Test
    void contextWindowsFillOnlyTheTimeBeforeTheSessionsOwnFocus() {
        SessionLog log = new SessionLogBuilder().pointerMove(0, 1, 1).focus(5_000, "Firefox", "Mail")
                .pointerMove(20_000, 2, 2).build();

        SessionContext context = SessionContext.of(List.of(window(0, 3_000, "Terminal"), window(2_000, 8_000, "Safari"),
                window(9_000, 15_000, "Notes"), away(12_000, 18_000)), log);

        // Safari starts where the overlapping Terminal ends and stops at the session's own first focus
        assertThat(context.windows()).extracting(FocusSpan::startMs, FocusSpan::endMs, FocusSpan::app)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 3_000, "Terminal"),
                        org.assertj.core.groups.Tuple.tuple(3_000, 5_000, "Safari"));
        assertThat(context.windows()).allSatisfy(w -> assertThat(SessionContext.isContextApp(w.appId())).isTrue());
        assertThat(context.away()).containsExactly(new TimeSpan(12_000, 18_000));
    }

    @Test
    void theTimelineShowsTheSessionsFocusAfterTheContextsAndShadesAwayStretches() {
        SessionLogBuilder b = new SessionLogBuilder().pointerMove(0, 1, 1).focus(5_000, "Firefox", "Mail");
        for (int t = 5_500; t <= 20_000; t += 500) {
            b.pointerMove(t, t / 100, 40); // busy throughout: the session itself is never idle here
        }
        SessionLog log = b.build();
        IdleSpans idle = IdleSpans.detect(log);
        SessionContext context = SessionContext.of(List.of(window(0, 5_000, "Terminal"), away(6_500, 9_000)), log);

        TimelineSource source = new TimelineSource(ActivitySummary.build(log), idle, log.durationMs(), context);
        var frame = source.frame(0, 20_000, 200);

        assertThat(frame.focus()).extracting(FocusSegment::focus).extracting(FocusSpan::app)
                .containsExactly("Terminal", "Firefox");
        assertThat(source.isContext(frame.focus().get(0).focus())).isTrue();
        assertThat(source.isContext(frame.focus().get(1).focus())).isFalse();
        assertThat(source.apps()).containsExactly("Firefox", "Terminal");
        assertThat(source.idle().isIdle(6_700)).isTrue();
        assertThat(idle.isIdle(6_700)).as("playback's idle spans stay the session's own").isFalse();
        assertThat(frame.focusAt(10)).map(s -> s.focus().app()).contains("Terminal");
    }

    @Test
    void idleSpansMergeWithAwayStretches() {
        SessionLog log = new SessionLogBuilder().pointerMove(0, 1, 1).pointerMove(10_000, 50, 50)
                .pointerMove(10_100, 90, 90).pointerMove(30_000, 2, 2).build();
        IdleSpans idle = IdleSpans.detect(log);

        IdleSpans merged = idle.with(List.of(new TimeSpan(9_000, 12_000), new TimeSpan(40_000, 41_000)));

        assertThat(idle.spans()).containsExactly(new TimeSpan(0, 10_000), new TimeSpan(10_100, 30_000));
        assertThat(merged.spans()).containsExactly(new TimeSpan(0, 30_000), new TimeSpan(40_000, 41_000));
    }
}
