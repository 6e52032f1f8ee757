package org.trailmark.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.trailmark.model.MediaKind;
import org.trailmark.model.MediaSegment;
import org.trailmark.model.ScreenRegion;

/**
 * Screen media a capture names, as a reader found it: the files are not opened here (the io layer
 * does not decode pictures); ingest probes, stores and turns each into a {@code ScreenMedia}.
 *
 * <p>A video is told the way recorders know it: the session time of its first frame, the pauses
 * during which the recorder stopped (media time stands still while session time runs on) and,
 * optionally, the session time recording stopped. How long the file really runs is known only once
 * it is probed, so {@link #segments(long)} takes the probed length.
 *
 * @param file         the video file (resolved, absolute); null for a still series
 * @param firstFrameMs session time of the video's first frame (may be negative: before the first event)
 * @param pauses       pauses of the recorder in session time, in order
 * @param stopMs       session time the recorder stopped, or null when only the file's length tells
 * @param stills       the still images in time order (empty for a video)
 * @param capturedArea the part of the screen the pictures show, in screen pixels; null = every screen
 */
public record MediaReference(MediaKind kind, Path file, int firstFrameMs, List<Pause> pauses, Integer stopMs,
                             List<Still> stills, ScreenRegion capturedArea) {

    /** The recorder paused at session time {@code atMs} and ran again at {@code resumeMs} (null: never resumed). */
    public record Pause(int atMs, Integer resumeMs) {
        public Pause {
            if (resumeMs != null && resumeMs < atMs) {
                throw new IllegalArgumentException("a pause must resume after it began");
            }
        }
    }

    /**
     * One still image: the session time it was taken and its file (resolved, absolute). A still kept
     * inside the capture itself (a recorder's database) names that capture as its file and gives its
     * bytes through {@code inside}, read only when the still is stored, one picture at a time.
     */
    public record Still(int atMs, Path file, Inside inside) {
        public Still {
            Objects.requireNonNull(file, "file");
        }

        /** A still that is a file of its own. */
        public Still(int atMs, Path file) {
            this(atMs, file, null);
        }
    }

    /** Where in a capture file a still's bytes lie: a table row of a recorder's database. */
    public interface Inside {
        /** The table holding the picture, for problems ({@code file:table:row}). */
        String table();

        /** The row of that table. */
        long row();

        /** The file extension the picture's format uses: {@code png}. */
        String extension();

        /** Reads the picture's bytes (one picture: the caller stores it before reading the next). */
        byte[] read() throws java.io.IOException;
    }

    public MediaReference {
        Objects.requireNonNull(kind, "kind");
        pauses = List.copyOf(pauses);
        stills = List.copyOf(stills);
        if (kind == MediaKind.VIDEO && file == null) {
            throw new IllegalArgumentException("a video reference needs its file");
        }
        if (kind == MediaKind.IMAGES && stills.isEmpty()) {
            throw new IllegalArgumentException("an image series needs at least one still");
        }
    }

    public static MediaReference video(Path file, int firstFrameMs, List<Pause> pauses, Integer stopMs,
                                       ScreenRegion capturedArea) {
        return new MediaReference(MediaKind.VIDEO, file, firstFrameMs, pauses, stopMs, List.of(), capturedArea);
    }

    public static MediaReference images(List<Still> stills, ScreenRegion capturedArea) {
        return new MediaReference(MediaKind.IMAGES, null, 0, List.of(), null, stills, capturedArea);
    }

    /** The file a person would recognise it by: the video's name, or the first still's. */
    public Path displayFile() {
        return file != null ? file : stills.get(0).file();
    }

    /**
     * The stretches of session time the video shows, given its probed length: media time runs from 0
     * while the recorder runs and stands still during each pause; nothing is shown after the stop
     * time or past the file's end. Empty when no stretch has a positive length.
     */
    public List<MediaSegment> segments(long videoDurationMs) {
        List<MediaSegment> segments = new ArrayList<>();
        long mediaAt = 0;
        long runningFrom = firstFrameMs;
        long end = stopMs == null ? Long.MAX_VALUE : stopMs;
        for (Pause pause : pauses) {
            if (pause.atMs() < runningFrom) {
                // a pause before the video began, or inside the previous one, stops nothing that ran
                continue;
            }
            mediaAt = add(segments, runningFrom, mediaAt, Math.min(pause.atMs(), end), videoDurationMs);
            if (pause.resumeMs() == null || mediaAt >= videoDurationMs) {
                return segments;
            }
            runningFrom = pause.resumeMs();
        }
        add(segments, runningFrom, mediaAt, end, videoDurationMs);
        return segments;
    }

    /** Adds the stretch {@code [from, until)} from media time {@code mediaAt}; returns the media time after it. */
    private static long add(List<MediaSegment> segments, long from, long mediaAt, long until, long mediaLength) {
        long span = until == Long.MAX_VALUE ? Long.MAX_VALUE : until - from;
        long length = Math.min(span, mediaLength - mediaAt);
        length = Math.min(length, (long) Integer.MAX_VALUE - Math.max(from, 0));
        if (length <= 0 || from < Integer.MIN_VALUE || from > Integer.MAX_VALUE) {
            return mediaAt;
        }
        segments.add(new MediaSegment((int) from, mediaAt, (int) length));
        return mediaAt + length;
    }
}
