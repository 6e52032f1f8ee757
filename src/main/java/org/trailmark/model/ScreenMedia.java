package org.trailmark.model;

import java.util.List;
import java.util.Objects;

/**
 * Screen media a session carries: a video file (one {@link MediaSegment} per stretch the recorder
 * ran) or a series of {@link ScreenStill}s, each shown until the next. Files are content-addressed:
 * {@code sha256} names the video file, or for stills the series (the hash of their hashes in order).
 *
 * @param width        pixel width of the frames (a video may be scaled from the screen)
 * @param fps          nominal frames per second of a video; 0 for stills
 * @param frames       number of frames in the video, or of stills
 * @param capturedArea the part of the captured display the frames show, in screen pixels (pointer
 *                     coordinates); frames are scaled from it to {@code width × height}
 * @param sourceName   the file name the recorder gave it (shown to people), or null
 */
public record ScreenMedia(MediaKind kind, String sha256, int width, int height, double fps, int frames,
                          List<MediaSegment> segments, List<ScreenStill> stills, ScreenRegion capturedArea,
                          String sourceName) {
    public ScreenMedia {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(capturedArea, "capturedArea");
        segments = List.copyOf(segments);
        stills = List.copyOf(stills);
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("media needs a positive frame size");
        }
        if (kind == MediaKind.VIDEO && (segments.isEmpty() || !(fps > 0))) {
            throw new IllegalArgumentException("a video needs at least one segment and a frame rate");
        }
        if (kind == MediaKind.IMAGES && stills.isEmpty()) {
            throw new IllegalArgumentException("an image series needs at least one still");
        }
        for (int i = 1; i < segments.size(); i++) {
            if (segments.get(i).sessionStartMs() < segments.get(i - 1).sessionEndMs()) {
                throw new IllegalArgumentException("media segments must not overlap");
            }
        }
        for (int i = 1; i < stills.size(); i++) {
            if (stills.get(i).atMs() < stills.get(i - 1).atMs()) {
                throw new IllegalArgumentException("stills must be in time order");
            }
        }
    }

    /** Session time of the first picture. */
    public int startMs() {
        return kind == MediaKind.VIDEO ? segments.get(0).sessionStartMs() : stills.get(0).atMs();
    }

    /** Session time just after the last picture (a still lasts one frame-less instant: its own time + 1). */
    public int endMs() {
        return kind == MediaKind.VIDEO ? segments.get(segments.size() - 1).sessionEndMs()
                : stills.get(stills.size() - 1).atMs() + 1;
    }

    /** The media time shown at a session time, or -1 when the video has no picture then (before, after, paused). */
    public long videoMsAt(int sessionMs) {
        for (MediaSegment segment : segments) {
            if (segment.contains(sessionMs)) {
                return segment.toMediaMs(sessionMs);
            }
        }
        return -1;
    }

    /** The still shown at a session time: the last taken at or before it, or -1 before the first. */
    public int stillIndexAt(int sessionMs) {
        int lo = 0;
        int hi = stills.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (stills.get(mid).atMs() <= sessionMs) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** Horizontal scale from screen pixels to frame pixels. */
    public double scaleX() {
        return (double) width / capturedArea.width();
    }

    public double scaleY() {
        return (double) height / capturedArea.height();
    }

    /** Maps a screen x (pointer coordinate) to a frame column. */
    public double frameX(double screenX) {
        return (screenX - capturedArea.x()) * scaleX();
    }

    public double frameY(double screenY) {
        return (screenY - capturedArea.y()) * scaleY();
    }
}
