package org.trailmark.ui.player;

import org.trailmark.media.VideoFrame;

/**
 * Decodes the frames of one video file for one open session. A {@link #request} replaces any
 * request not started yet ("latest request wins"): when the playhead moves faster than frames
 * decode, the stale times are dropped and the picture catches up with the clock instead of
 * trailing it.
 */
interface FrameWorker extends AutoCloseable {

    /**
     * Asks for the frames shown at these media times, in this order; replaces the times of the
     * previous request that were not decoded yet.
     */
    void request(long... mediaMs);

    /** Stops decoding and frees the decoder; frames still in flight are not delivered. */
    @Override
    void close();

    /** Where decoded frames go, on the thread the {@link FrameWorkers} deliver on. */
    interface Sink {
        /** The frame shown at media time {@code requestedMs}. */
        void frame(long requestedMs, VideoFrame frame);

        /** The video could not be opened or decoded; {@code message} names no picture content. */
        void failed(String message);
    }
}
