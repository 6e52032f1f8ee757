package org.trailmark.replay;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.trailmark.model.EventKind;
import org.trailmark.model.SessionLog;

/**
 * Per-pixel event counts for the timeline at any zoom, in time that depends on the number of
 * pixels and not on how many events they cover.
 *
 * <p>The summary is a rank index: for every block of {@value #BLOCK} events it keeps how many
 * events of each track came before the block. The count of a track in {@code [t0, t1)} is the
 * rank at the first event at or after t1 minus the rank at the first event at or after t0;
 * finding those events is a search on the (sorted) time column that starts from the previous
 * pixel's boundary, and a rank costs at most {@value #BLOCK}/2 kind reads. So a frame of p pixels
 * costs O(p · (log(events per pixel) + {@value #BLOCK})) and its counts are exact at every zoom,
 * from a millisecond to the whole session, for about 0.3 bytes an event. (Fixed power-of-two
 * bucket levels were the first plan: they need ~80 MB at 8 ms buckets for a workday and miscount
 * where pixel edges cut buckets; see docs/decisions/0005-replay-index.md.)
 *
 * <p>It also keeps the focus spans (window and app over time) and capture pauses.
 */
public final class ActivitySummary {
    static final int BLOCK_SHIFT = 6;
    static final int BLOCK = 1 << BLOCK_SHIFT;
    /** Slots of 1,024 ms for the coarse time → event table that narrows every pixel-edge search. */
    static final int SLOT_SHIFT = 10;
    private static final int TRACKS = ActivityTrack.values().length;
    private static final int[] TRACK_OF_KIND = new int[EventKind.values().length];

    static {
        Arrays.fill(TRACK_OF_KIND, -1);
        for (ActivityTrack t : ActivityTrack.values()) {
            TRACK_OF_KIND[t.counted().code()] = t.ordinal();
        }
    }

    private final SessionLog log;
    /** prefix[track][block]: events of the track before event block·BLOCK. */
    private final int[][] prefix;
    private final int[] focusStart;
    private final int[] focusApp;
    private final int[] focusTitle;
    private final int[] pauseStart;
    private final int[] pauseEnd;
    /**
     * slotFirst[s]: the first event at or after {@code s << SLOT_SHIFT} ms. Without it, each pixel edge
     * of a zoomed-out frame on 10 M events costs ~25 cache misses in the time column; with it, a search
     * stays inside one slot (~130 events at 125 Hz), a few cache lines.
     */
    private final int[] slotFirst;

    private ActivitySummary(SessionLog log, int[][] prefix, int[] focusStart, int[] focusApp, int[] focusTitle,
                            int[] pauseStart, int[] pauseEnd) {
        this.log = log;
        this.slotFirst = slotTable(log);
        this.prefix = prefix;
        this.focusStart = focusStart;
        this.focusApp = focusApp;
        this.focusTitle = focusTitle;
        this.pauseStart = pauseStart;
        this.pauseEnd = pauseEnd;
    }

    /** Builds the summary in one pass over the log. */
    public static ActivitySummary build(SessionLog log) {
        int n = log.size();
        int blocks = (n >> BLOCK_SHIFT) + 2;
        int[][] prefix = new int[TRACKS][blocks];
        int[] running = new int[TRACKS];
        IntList focusStart = new IntList();
        IntList focusApp = new IntList();
        IntList focusTitle = new IntList();
        IntList pauseStart = new IntList();
        IntList pauseEnd = new IntList();
        byte focus = EventKind.FOCUS.code();
        byte pause = EventKind.PAUSE.code();
        byte resume = EventKind.RESUME.code();
        boolean paused = false;
        for (int i = 0; i < n; i++) {
            if ((i & (BLOCK - 1)) == 0) {
                int block = i >> BLOCK_SHIFT;
                for (int t = 0; t < TRACKS; t++) {
                    prefix[t][block] = running[t];
                }
            }
            byte kind = log.kindCode(i);
            int track = TRACK_OF_KIND[kind];
            if (track >= 0) {
                running[track]++;
            }
            if (kind == focus) {
                focusStart.add(log.time(i));
                focusApp.add(log.a(i));
                focusTitle.add(log.b(i));
            } else if (kind == pause && !paused) {
                paused = true;
                pauseStart.add(log.time(i));
            } else if (kind == resume && paused) {
                paused = false;
                pauseEnd.add(log.time(i));
            }
        }
        int lastBlock = (n >> BLOCK_SHIFT) + ((n & (BLOCK - 1)) == 0 ? 0 : 1);
        for (int block = lastBlock; block < blocks; block++) {
            for (int t = 0; t < TRACKS; t++) {
                prefix[t][block] = running[t];
            }
        }
        if (paused) {
            pauseEnd.add((int) log.durationMs());
        }
        return new ActivitySummary(log, prefix, focusStart.toArray(), focusApp.toArray(), focusTitle.toArray(),
                pauseStart.toArray(), pauseEnd.toArray());
    }

    /** Where pixel (bucket) {@code j} of a frame showing {@code [fromMs, toMs)} in {@code buckets} pixels starts. */
    public static double bucketStart(double fromMs, double toMs, int buckets, int j) {
        return fromMs + (toMs - fromMs) * j / buckets;
    }

    /** Counts of {@code track} per bucket of {@code [fromMs, toMs)}; {@code counts.length} is the bucket count. */
    public void query(ActivityTrack track, double fromMs, double toMs, int[] counts) {
        int[][] all = new int[TRACKS][];
        all[track.ordinal()] = counts;
        queryAll(fromMs, toMs, counts.length, all);
    }

    public int[] query(ActivityTrack track, double fromMs, double toMs, int buckets) {
        int[] counts = new int[buckets];
        query(track, fromMs, toMs, counts);
        return counts;
    }

    /**
     * Counts of every track whose array in {@code counts} (indexed by {@link ActivityTrack#ordinal()})
     * is not null, in one sweep: what a timeline frame needs. Event {@code e} falls in bucket
     * {@code j} when {@code bucketStart(j) <= time(e) < bucketStart(j + 1)}.
     */
    public void queryAll(double fromMs, double toMs, int buckets, int[][] counts) {
        if (buckets <= 0) {
            return;
        }
        if (!(toMs > fromMs)) {
            for (int[] c : counts) {
                if (c != null) {
                    Arrays.fill(c, 0, buckets, 0);
                }
            }
            return;
        }
        int[] rank = new int[TRACKS];
        int[] nextRank = new int[TRACKS];
        int index = log.firstIndexAtOrAfter(firstMsAtOrAfter(bucketStart(fromMs, toMs, buckets, 0)));
        ranks(index, rank);
        for (int j = 0; j < buckets; j++) {
            int next = gallop(index, firstMsAtOrAfter(bucketStart(fromMs, toMs, buckets, j + 1)));
            if (next == index) {
                for (int[] c : counts) {
                    if (c != null) {
                        c[j] = 0;
                    }
                }
                continue;
            }
            ranks(next, nextRank);
            for (int t = 0; t < TRACKS; t++) {
                if (counts[t] != null) {
                    counts[t][j] = nextRank[t] - rank[t];
                }
            }
            int[] swap = rank;
            rank = nextRank;
            nextRank = swap;
            index = next;
        }
    }

    /** Focus spans overlapping {@code [fromMs, toMs)}; the last lasts to the end of the session. */
    public List<FocusSpan> focusSpansIn(int fromMs, int toMs) {
        List<FocusSpan> result = new ArrayList<>();
        int first = Math.max(0, TextGroup.upperBound(focusStart, focusStart.length, fromMs) - 1);
        int end = (int) log.durationMs();
        for (int i = first; i < focusStart.length && focusStart[i] < toMs; i++) {
            int spanEnd = i + 1 < focusStart.length ? focusStart[i + 1] : end;
            if (spanEnd > fromMs || (spanEnd == focusStart[i] && spanEnd >= fromMs)) {
                result.add(new FocusSpan(focusStart[i], spanEnd, focusApp[i], log.string(focusApp[i]),
                        log.string(focusTitle[i])));
            }
        }
        return result;
    }

    /** Capture pauses overlapping {@code [fromMs, toMs)}. */
    public List<TimeSpan> pauseSpansIn(int fromMs, int toMs) {
        List<TimeSpan> result = new ArrayList<>();
        for (int i = 0; i < pauseStart.length && pauseStart[i] < toMs; i++) {
            if (pauseEnd[i] > fromMs) {
                result.add(new TimeSpan(pauseStart[i], pauseEnd[i]));
            }
        }
        return result;
    }

    /** Events of {@code track} before event {@code index}. */
    public int rank(ActivityTrack track, int index) {
        int[] r = new int[TRACKS];
        ranks(index, r);
        return r[track.ordinal()];
    }

    /** Approximate heap bytes, for the memory budget. */
    public long approximateBytes() {
        return (long) TRACKS * prefix[0].length * 4 + (long) slotFirst.length * 4 + (long) focusStart.length * 12
                + (long) pauseStart.length * 8 + 200;
    }

    /** Fills r with each track's count of events before {@code index}, reading the nearer block edge. */
    private void ranks(int index, int[] r) {
        int block = index >> BLOCK_SHIFT;
        int offset = index & (BLOCK - 1);
        int n = log.size();
        if (offset <= BLOCK / 2 || (block + 1) * BLOCK > n) {
            for (int t = 0; t < TRACKS; t++) {
                r[t] = prefix[t][block];
            }
            for (int i = block << BLOCK_SHIFT; i < index; i++) {
                int track = TRACK_OF_KIND[log.kindCode(i)];
                if (track >= 0) {
                    r[track]++;
                }
            }
        } else {
            for (int t = 0; t < TRACKS; t++) {
                r[t] = prefix[t][block + 1];
            }
            for (int i = index; i < (block + 1) << BLOCK_SHIFT; i++) {
                int track = TRACK_OF_KIND[log.kindCode(i)];
                if (track >= 0) {
                    r[track]--;
                }
            }
        }
    }

    private static int[] slotTable(SessionLog log) {
        int n = log.size();
        int slots = (int) (log.durationMs() >> SLOT_SHIFT) + 2;
        int[] first = new int[slots + 1];
        int i = 0;
        for (int slot = 0; slot <= slots; slot++) {
            long start = (long) slot << SLOT_SHIFT;
            while (i < n && log.time(i) < start) {
                i++;
            }
            first[slot] = i;
        }
        return first;
    }

    /**
     * First event at or after {@code from} whose time is at least {@code ms}: the slot table bounds the
     * answer, then a binary search inside the slot (or a gallop from {@code from} when that is nearer).
     */
    private int gallop(int from, int ms) {
        int n = log.size();
        if (from >= n || log.time(from) >= ms) {
            return from;
        }
        if (ms > 0) {
            int slot = (int) Math.min(ms >> SLOT_SHIFT, slotFirst.length - 2);
            int slotLow = slotFirst[slot];
            int slotHigh = slotFirst[slot + 1];
            if (from >= slotHigh) {
                return from;
            }
            int lo = Math.max(from, slotLow);
            int hi = slotHigh;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (log.time(mid) < ms) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
        int low = from;
        int step = 1;
        int high = from + 1;
        while (high < n && log.time(high) < ms) {
            low = high;
            step <<= 1;
            high = (int) Math.min(n, (long) low + step);
        }
        // time(low) < ms, and high == n or time(high) >= ms
        int lo = low + 1;
        int hi = high;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (log.time(mid) < ms) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int firstMsAtOrAfter(double ms) {
        double c = Math.ceil(ms);
        if (c >= Integer.MAX_VALUE) {
            return Integer.MAX_VALUE;
        }
        return c <= Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) c;
    }

    /** A growable int array for the build pass. */
    private static final class IntList {
        private int[] values = new int[16];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
