package org.trailmark.replay;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.trailmark.model.SessionLog;

class ActivitySummaryProperties {

    @Property(tries = 120)
    void perPixelCountsEqualCountingEveryEvent(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3000) int events,
                                               @ForAll @DoubleRange(min = -0.1, max = 1.1) double from,
                                               @ForAll @DoubleRange(min = 0.0, max = 1.2) double width,
                                               @ForAll @IntRange(min = 1, max = 300) int buckets) {
        SessionLog log = RandomSessions.log(seed, events);
        ActivitySummary summary = ActivitySummary.build(log);
        double duration = Math.max(1, log.durationMs());
        double fromMs = from * duration;
        double toMs = fromMs + Math.max(0.5, width * duration);
        for (ActivityTrack track : ActivityTrack.values()) {
            int[] fast = summary.query(track, fromMs, toMs, buckets);
            assertThat(fast).isEqualTo(bruteForce(log, track, fromMs, toMs, buckets));
        }
    }

    @Property(tries = 60)
    void ranksCountTheEventsBefore(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2000) int events) {
        SessionLog log = RandomSessions.log(seed, events);
        ActivitySummary summary = ActivitySummary.build(log);
        int[] counts = new int[ActivityTrack.values().length];
        for (int i = 0; i <= log.size(); i++) {
            for (ActivityTrack track : ActivityTrack.values()) {
                assertThat(summary.rank(track, i)).isEqualTo(counts[track.ordinal()]);
            }
            if (i < log.size()) {
                for (ActivityTrack track : ActivityTrack.values()) {
                    if (log.kind(i) == track.counted()) {
                        counts[track.ordinal()]++;
                    }
                }
            }
        }
    }

    private static int[] bruteForce(SessionLog log, ActivityTrack track, double fromMs, double toMs, int buckets) {
        int[] counts = new int[buckets];
        for (int i = 0; i < log.size(); i++) {
            if (log.kind(i) != track.counted()) {
                continue;
            }
            int t = log.time(i);
            for (int j = 0; j < buckets; j++) {
                if (ActivitySummary.bucketStart(fromMs, toMs, buckets, j) <= t
                        && t < ActivitySummary.bucketStart(fromMs, toMs, buckets, j + 1)) {
                    counts[j]++;
                    break;
                }
            }
        }
        return counts;
    }
}
