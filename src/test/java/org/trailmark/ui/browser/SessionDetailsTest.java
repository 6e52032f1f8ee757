package org.trailmark.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trailmark.model.EventKind;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.Screen;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;
import org.trailmark.store.SessionSummary;
import org.trailmark.ui.TestSessions;

class SessionDetailsTest {

    private static SessionSummary summaryOf(SessionInfo info, SessionLog log) {
        return new SessionSummary(info, log.size(), log.durationMs(), log.countsByKind(), log.apps(),
                ReviewStatus.NEW, Instant.EPOCH, null);
    }

    @Test
    void listsEveryEventKindInCaptureFormatOrderWithItsCount() {
        SessionLog log = TestSessions.everyKind();
        SessionDetails details = SessionDetails.of(summaryOf(
                TestSessions.info("s1", "alice", "native", TestSessions.MORNING), log));

        assertThat(details.counts()).extracting(SessionDetails.KindCount::name).containsExactly(
                "pointer_move", "button_down", "button_up", "wheel", "key_down", "key_up",
                "focus", "field", "pause", "resume", "marker", "clipboard");
        assertThat(details.count(EventKind.POINTER_MOVE)).isEqualTo(3);
        assertThat(details.count(EventKind.FOCUS)).isEqualTo(2);
        assertThat(details.count(EventKind.MARKER)).isEqualTo(1);
        assertThat(details.totalEvents()).isEqualTo(log.size());
        assertThat(details.counts().stream().mapToDouble(SessionDetails.KindCount::share).sum())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void showsTheInfoFiguresOfTheCommandLine() {
        SessionDetails details = SessionDetails.of(summaryOf(
                TestSessions.info("s1", "alice", "native", TestSessions.MORNING), TestSessions.everyKind()));

        assertThat(details.figures()).extracting(SessionDetails.Figure::label).containsExactly(
                "Session", "Subject", "Format", "Start", "Duration", "Events", "Apps", "Screens",
                "Capture tool", "Consent", "Training consent", "Suggested task", "Review status");
        assertThat(details.figure("Start")).isEqualTo("2026-03-02 09:15:00 +01:00");
        assertThat(details.figure("Duration")).isEqualTo("00:01:35");
        assertThat(details.figure("Apps")).isEqualTo("Firefox, Code");
        assertThat(details.figure("Screens")).isEqualTo("1920×1080");
        assertThat(details.figure("Capture tool")).isEqualTo("trailmark-capture 1.2.0");
        assertThat(details.figure("Consent")).isEqualTo("acme-capture v3 — training, research, granted 2026-02-20");
        assertThat(details.figure("Suggested task")).isEqualTo("none");
        assertThat(details.subtitle()).isEqualTo("alice · native · 2026-03-02 09:15");
    }

    @Test
    void aCaptureWithoutConsentToolOrFocusSaysSoInsteadOfShowingBlanks() {
        SessionInfo bare = new SessionInfo("d1", "bob", "ducktrack", TestSessions.MORNING,
                List.of(new Screen(0, 0, 0, 2880, 1800, 2.0), new Screen(1, 2880, 0, 1920, 1080, 1.25)),
                null, null, null, "Rename the quarterly report");
        SessionDetails details = SessionDetails.of(summaryOf(bare,
                new SessionLogBuilder().pointerMove(5, 1, 1).build()));

        assertThat(details.figure("Consent")).isEqualTo("none stated in the capture");
        assertThat(details.figure("Capture tool")).isEqualTo("not stated");
        assertThat(details.figure("Apps")).isEqualTo("none recorded (no focus events)");
        assertThat(details.figure("Screens")).isEqualTo("2880×1800 @2x, 1920×1080 @1.25x");
        assertThat(details.figure("Suggested task")).isEqualTo("Rename the quarterly report");
    }

    @Test
    void anEmptySessionHasZeroSharesInsteadOfDividingByZero() {
        SessionDetails details = SessionDetails.of(summaryOf(
                TestSessions.info("e1", "carol", "native", TestSessions.MORNING),
                new SessionLogBuilder().build()));
        assertThat(details.counts()).allSatisfy(c -> assertThat(c.share()).isZero());
        assertThat(details.figure("Duration")).isEqualTo("00:00:00");
    }
}
