package org.trailmark.media;

import org.bytedeco.ffmpeg.avformat.AVIndexEntry;
import org.bytedeco.ffmpeg.avformat.AVStream;

import static org.bytedeco.ffmpeg.global.avformat.AVSEEK_FLAG_BACKWARD;
import static org.bytedeco.ffmpeg.global.avformat.av_index_search_timestamp;
import static org.bytedeco.ffmpeg.global.avformat.avformat_index_get_entry;

/**
 * Where the keyframes are, from the container's own index (an MP4's sync-sample table, a Matroska
 * file's cues): a binary search per question, nothing read ahead of time, so opening a two-hour
 * video costs no more than opening a short one.
 */
final class KeyframeIndex {
    private final AVStream stream;

    private KeyframeIndex(AVStream stream) {
        this.stream = stream;
    }

    static KeyframeIndex of(AVStream stream) {
        return new KeyframeIndex(stream);
    }

    /** The time stamp of the last indexed keyframe at or before {@code pts}, or Long.MIN_VALUE when none is known. */
    long keyframeAtOrBefore(long pts) {
        int index = av_index_search_timestamp(stream, pts, AVSEEK_FLAG_BACKWARD);
        if (index < 0) {
            return Long.MIN_VALUE;
        }
        AVIndexEntry entry = avformat_index_get_entry(stream, index);
        return entry == null ? Long.MIN_VALUE : entry.timestamp();
    }
}
