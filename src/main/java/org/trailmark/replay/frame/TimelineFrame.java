package org.trailmark.replay.frame;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.trailmark.replay.ActivitySummary;
import org.trailmark.replay.ActivityTrack;
import org.trailmark.replay.FocusSpan;
import org.trailmark.replay.IdleSpans;
import org.trailmark.replay.TimeSpan;

/**
 * Everything the timeline paints for one visible window, computed without JavaFX: per-pixel
 * event counts of the activity tracks, window-focus segments, idle and capture-pause stretches
 * and the ruler's ticks.
 *
 * <p>{@link #compute} costs O(pixels + visible spans) whatever the number of events, because the
 * counts come from {@link ActivitySummary}'s rank index; {@link NaiveTimelineFrame} builds the
 * same frame by walking every event and is the benchmark baseline.
 */
public final class TimelineFrame {
    /** The tracks drawn as bars, top to bottom. Focus has its own segment row. */
    public static final List<ActivityTrack> BAR_TRACKS =
            List.of(ActivityTrack.KEYS, ActivityTrack.POINTER, ActivityTrack.CLICKS, ActivityTrack.WHEEL);
    /** Tracks counted per pixel but drawn as marks on another row (clipboard use on the keys row). */
    public static final List<ActivityTrack> MARK_TRACKS = List.of(ActivityTrack.CLIPBOARD);
    /** Every track a frame counts per pixel. */
    static final List<ActivityTrack> COUNTED_TRACKS = List.of(ActivityTrack.KEYS, ActivityTrack.POINTER,
            ActivityTrack.CLICKS, ActivityTrack.WHEEL, ActivityTrack.CLIPBOARD);

    private final PixelScale scale;
    private final int[][] counts;
    private final int[] peaks;
    private final List<FocusSegment> focus;
    private final List<PixelSpan> idle;
    private final List<PixelSpan> pauses;
    private final List<Tick> ticks;

    TimelineFrame(PixelScale scale, int[][] counts, List<FocusSegment> focus, List<PixelSpan> idle,
                  List<PixelSpan> pauses) {
        this.scale = scale;
        this.counts = counts;
        this.peaks = new int[counts.length];
        for (int t = 0; t < counts.length; t++) {
            if (counts[t] != null) {
                for (int c : counts[t]) {
                    peaks[t] = Math.max(peaks[t], c);
                }
            }
        }
        this.focus = Collections.unmodifiableList(focus);
        this.idle = Collections.unmodifiableList(idle);
        this.pauses = Collections.unmodifiableList(pauses);
        this.ticks = Collections.unmodifiableList(RulerTicks.of(scale));
    }

    /**
     * The frame for {@code [fromMs, toMs)} at {@code width} pixels. The bench calls this with the
     * summary and idle spans built once per session.
     */
    public static TimelineFrame compute(ActivitySummary summary, IdleSpans idle, double fromMs, double toMs,
                                        int width) {
        return compute(summary, idle, List.of(), fromMs, toMs, width);
    }

    /**
     * As above, with windows from a context tracker ({@link org.trailmark.replay.SessionContext}) that
     * lie before the session's own first focus, so they come first on the focus track.
     */
    public static TimelineFrame compute(ActivitySummary summary, IdleSpans idle, List<FocusSpan> contextWindows,
                                        double fromMs, double toMs, int width) {
        PixelScale scale = new PixelScale(fromMs, toMs, width);
        int[][] counts = new int[ActivityTrack.values().length][];
        for (ActivityTrack track : COUNTED_TRACKS) {
            counts[track.ordinal()] = new int[width];
        }
        summary.queryAll(fromMs, toMs, width, counts);
        int from = (int) Math.max(Integer.MIN_VALUE, Math.floor(fromMs));
        int to = (int) Math.min(Integer.MAX_VALUE, Math.ceil(toMs));
        List<FocusSegment> focus = new ArrayList<>();
        List<FocusSpan> spans = new ArrayList<>();
        for (FocusSpan span : contextWindows) {
            if (span.endMs() > from && span.startMs() < to) {
                spans.add(span);
            }
        }
        spans.addAll(summary.focusSpansIn(from, to));
        for (FocusSpan span : spans) {
            PixelSpan pixels = scale.clip(span.startMs(), span.endMs());
            if (pixels != null) {
                focus.add(new FocusSegment(pixels, span));
            }
        }
        return new TimelineFrame(scale, counts, focus, clipAll(scale, idle.spansIn(from, to)),
                clipAll(scale, summary.pauseSpansIn(from, to)));
    }

    static List<PixelSpan> clipAll(PixelScale scale, List<TimeSpan> spans) {
        List<PixelSpan> result = new ArrayList<>();
        for (TimeSpan span : spans) {
            PixelSpan pixels = scale.clip(span.startMs(), span.endMs());
            if (pixels != null) {
                result.add(pixels);
            }
        }
        return result;
    }

    public PixelScale scale() {
        return scale;
    }

    public int width() {
        return scale.width();
    }

    /** Events of a counted track (bar or mark) in pixel {@code px}. */
    public int count(ActivityTrack track, int px) {
        int[] row = row(track);
        return row[px];
    }

    /** The busiest pixel's count of a bar track in this frame. */
    public int peak(ActivityTrack track) {
        row(track);
        return peaks[track.ordinal()];
    }

    /**
     * The bar height of a pixel as a fraction of the track's height, 0 for no events. Logarithmic
     * so that one click still shows next to a busy burst, relative to this frame's peak so that
     * a zoomed-in view uses the whole track.
     */
    public double level(ActivityTrack track, int px) {
        int c = count(track, px);
        if (c == 0) {
            return 0;
        }
        int peak = peaks[track.ordinal()];
        return Math.log1p(c) / Math.log1p(peak);
    }

    public List<FocusSegment> focus() {
        return focus;
    }

    /** The focus segment under {@code x}, found by binary search on the segments' left edges. */
    public Optional<FocusSegment> focusAt(double x) {
        int lo = 0;
        int hi = focus.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (focus.get(mid).pixels().x0() <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        // segments never overlap, so only the last one starting at or left of x can hold it
        if (lo > 0 && focus.get(lo - 1).containsX(x)) {
            return Optional.of(focus.get(lo - 1));
        }
        return Optional.empty();
    }

    public List<PixelSpan> idle() {
        return idle;
    }

    public List<PixelSpan> pauses() {
        return pauses;
    }

    public List<Tick> ticks() {
        return ticks;
    }

    private int[] row(ActivityTrack track) {
        int[] row = counts[track.ordinal()];
        if (row == null) {
            throw new IllegalArgumentException(track + " is not counted per pixel");
        }
        return row;
    }

    /** The raw count rows, for comparing frames in tests. */
    int[][] counts() {
        return counts;
    }
}
