package org.trailmark.media;

/**
 * What a video file holds, read from its container and checked by decoding its first frame.
 *
 * @param durationMs   from the first frame to the end of the last
 * @param frames       the number of video frames (from the container, else estimated from duration and rate)
 * @param codec        FFmpeg's short codec name, e.g. {@code h264}
 * @param hasAudio     whether the file also holds sound (never imported)
 */
public record VideoFacts(int width, int height, double fps, long frames, long durationMs, String codec,
                         boolean hasAudio) {
}
