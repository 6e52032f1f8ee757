package org.trailmark.media;

import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVFrame;

import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;

/**
 * Converts between a stream's time stamps (in its time base) and media milliseconds from its first
 * frame. A frame's start is rounded up to the next millisecond, so asking for that millisecond (or
 * any later one before the next frame) always finds the frame, whatever the time base.
 */
final class StreamClock {
    private final long num;
    private final long den;
    private final long firstPts;

    StreamClock(AVStream stream) {
        this.num = Math.max(1, stream.time_base().num());
        this.den = Math.max(1, stream.time_base().den());
        long start = stream.start_time();
        this.firstPts = start == AV_NOPTS_VALUE ? 0 : start;
    }

    long firstPts() {
        return firstPts;
    }

    /** The last stream time stamp still inside media millisecond {@code ms}. */
    long ptsOf(long ms) {
        // a time far past any video's end saturates instead of overflowing into a time before its start
        long bounded = Math.min(ms, Long.MAX_VALUE / 4 / den);
        return firstPts + Math.floorDiv(bounded * den, 1000 * num);
    }

    /** A frame's start in media ms (rounded up). */
    long msOf(long pts) {
        long ticks = (pts - firstPts) * 1000 * num;
        return Math.max(0, Math.floorDiv(ticks + den - 1, den));
    }

    long ptsOfFrame(AVFrame frame) {
        long pts = frame.best_effort_timestamp();
        return pts == AV_NOPTS_VALUE ? frame.pts() : pts;
    }
}
