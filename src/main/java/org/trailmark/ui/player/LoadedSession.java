package org.trailmark.ui.player;

import java.util.List;
import org.trailmark.model.ContextSpan;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;
import org.trailmark.replay.ActivitySummary;
import org.trailmark.replay.IdleSpans;
import org.trailmark.replay.ReplayIndex;
import org.trailmark.replay.SessionContext;
import org.trailmark.replay.frame.TimelineSource;
import org.trailmark.replay.playback.EventJumps;

/** Everything built off the UI thread when a session opens; immutable, so safe to hand over. */
record LoadedSession(SessionInfo info, SessionLog log, ReplayIndex index, IdleSpans idle, TimelineSource timeline,
                     EventJumps jumps, ScreenLayout screens, List<MediaFile> media) {

    /** One pass for each index; the slow part of opening a session. */
    static LoadedSession build(SessionInfo info, SessionLog log, List<MediaFile> media, Progress progress) {
        return build(info, log, media, List.of(), progress);
    }

    /** With the session's context spans (ActivityWatch windows and away stretches) on the timeline. */
    static LoadedSession build(SessionInfo info, SessionLog log, List<MediaFile> media, List<ContextSpan> context,
                               Progress progress) {
        progress.update("Indexing events", 0.1);
        ReplayIndex index = ReplayIndex.build(log);
        progress.update("Finding idle stretches", 0.55);
        IdleSpans idle = IdleSpans.detect(log);
        progress.update("Summarising activity", 0.7);
        // away stretches are shaded, but "skip idle" playback keeps to the session's own idle spans
        TimelineSource timeline = new TimelineSource(ActivitySummary.build(log), idle, log.durationMs(),
                SessionContext.of(context, log));
        progress.update("Preparing playback", 0.9);
        EventJumps jumps = EventJumps.of(log);
        // with a video the stage fits the part of the screen the video shows
        ScreenLayout screens = MediaFile.firstVideo(media).map(m -> ScreenLayout.of(m.media().capturedArea()))
                .orElseGet(() -> ScreenLayout.of(info.screens(), log));
        return new LoadedSession(info, log, index, idle, timeline, jumps, screens, List.copyOf(media));
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
