package org.trailmark.replay.frame;

import java.util.ArrayList;
import java.util.List;
import org.trailmark.model.EventKind;
import org.trailmark.model.SessionLog;
import org.trailmark.replay.ActivityTrack;
import org.trailmark.replay.FocusSpan;
import org.trailmark.replay.IdleSpans;
import org.trailmark.replay.TimeSpan;

/**
 * The obvious way to build a {@link TimelineFrame}: look at every event. Counts walk every event
 * in the window; the focused window at the window's start is found by walking back to the last
 * focus event; capture pauses by walking from the start. It is the baseline the benchmark
 * compares {@link TimelineFrame#compute} with, and the oracle the property tests trust.
 */
public final class NaiveTimelineFrame {
    private NaiveTimelineFrame() {
    }

    public static TimelineFrame compute(SessionLog log, IdleSpans idle, double fromMs, double toMs, int width) {
        PixelScale scale = new PixelScale(fromMs, toMs, width);
        int[][] counts = new int[ActivityTrack.values().length][];
        for (ActivityTrack track : TimelineFrame.COUNTED_TRACKS) {
            counts[track.ordinal()] = new int[width];
        }
        int first = log.firstIndexAtOrAfter((int) Math.max(Integer.MIN_VALUE, Math.floor(fromMs)));
        for (int i = first; i < log.size() && log.time(i) < toMs; i++) {
            int[] row = rowFor(counts, log.kind(i));
            if (row != null) {
                int px = scale.pixelOf(log.time(i));
                if (px >= 0) {
                    row[px]++;
                }
            }
        }
        return new TimelineFrame(scale, counts, focus(log, scale, first), idle(idle, scale), pauses(log, scale));
    }

    private static int[] rowFor(int[][] counts, EventKind kind) {
        for (ActivityTrack track : TimelineFrame.COUNTED_TRACKS) {
            if (track.counted() == kind) {
                return counts[track.ordinal()];
            }
        }
        return null;
    }

    private static List<FocusSegment> focus(SessionLog log, PixelScale scale, int first) {
        int start = first;
        // step back to the focus event in force when the window opens (or the very first one)
        for (int i = Math.min(first, log.size()) - 1; i >= 0; i--) {
            if (log.kind(i) == EventKind.FOCUS) {
                start = i;
                break;
            }
        }
        List<Integer> focusEvents = new ArrayList<>();
        for (int i = start; i < log.size() && log.time(i) < scale.toMs(); i++) {
            if (log.kind(i) == EventKind.FOCUS) {
                focusEvents.add(i);
            }
        }
        int sessionEnd = (int) log.durationMs();
        List<FocusSegment> segments = new ArrayList<>();
        for (int k = 0; k < focusEvents.size(); k++) {
            int e = focusEvents.get(k);
            int end = k + 1 < focusEvents.size() ? log.time(focusEvents.get(k + 1)) : nextFocusTime(log, e, sessionEnd);
            PixelSpan pixels = scale.clip(log.time(e), end);
            if (pixels != null) {
                segments.add(new FocusSegment(pixels,
                        new FocusSpan(log.time(e), end, log.a(e), log.string(log.a(e)), log.string(log.b(e)))));
            }
        }
        return segments;
    }

    private static int nextFocusTime(SessionLog log, int focusEvent, int sessionEnd) {
        for (int i = focusEvent + 1; i < log.size(); i++) {
            if (log.kind(i) == EventKind.FOCUS) {
                return log.time(i);
            }
        }
        return sessionEnd;
    }

    private static List<PixelSpan> idle(IdleSpans idle, PixelScale scale) {
        List<TimeSpan> overlapping = new ArrayList<>();
        for (TimeSpan span : idle.spans()) {
            if (span.endMs() > scale.fromMs() && span.startMs() < scale.toMs()) {
                overlapping.add(span);
            }
        }
        return TimelineFrame.clipAll(scale, overlapping);
    }

    private static List<PixelSpan> pauses(SessionLog log, PixelScale scale) {
        List<TimeSpan> spans = new ArrayList<>();
        int pausedAt = -1;
        for (int i = 0; i < log.size(); i++) {
            EventKind kind = log.kind(i);
            if (kind == EventKind.PAUSE && pausedAt < 0) {
                pausedAt = log.time(i);
            } else if (kind == EventKind.RESUME && pausedAt >= 0) {
                spans.add(new TimeSpan(pausedAt, log.time(i)));
                pausedAt = -1;
            }
        }
        if (pausedAt >= 0) {
            spans.add(new TimeSpan(pausedAt, (int) log.durationMs()));
        }
        return TimelineFrame.clipAll(scale, spans);
    }
}
