package org.trailmark.ui.player;

import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;
import org.trailmark.replay.ActivitySummary;
import org.trailmark.replay.IdleSpans;
import org.trailmark.replay.ReplayIndex;
import org.trailmark.replay.frame.TimelineSource;
import org.trailmark.replay.playback.EventJumps;

/** Everything built off the UI thread when a session opens; immutable, so safe to hand over. */
record LoadedSession(SessionInfo info, SessionLog log, ReplayIndex index, IdleSpans idle, TimelineSource timeline,
                     EventJumps jumps, ScreenLayout screens) {

    /** One pass for each index; the slow part of opening a session. */
    static LoadedSession build(SessionInfo info, SessionLog log, Progress progress) {
        progress.update("Indexing events", 0.1);
        ReplayIndex index = ReplayIndex.build(log);
        progress.update("Finding idle stretches", 0.55);
        IdleSpans idle = IdleSpans.detect(log);
        progress.update("Summarising activity", 0.7);
        TimelineSource timeline = new TimelineSource(ActivitySummary.build(log), idle, log.durationMs());
        progress.update("Preparing playback", 0.9);
        EventJumps jumps = EventJumps.of(log);
        ScreenLayout screens = ScreenLayout.of(info.screens(), log);
        return new LoadedSession(info, log, index, idle, timeline, jumps, screens);
    }

    @FunctionalInterface
    interface Progress {
        void update(String message, double fraction);
    }

    @Override
    public String toString() {
        return "LoadedSession[" + info.id() + ", " + log.size() + " events]";
    }
}
