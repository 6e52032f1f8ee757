package org.trailmark.ui.player;

import java.lang.System.Logger.Level;
import org.trailmark.media.MediaLibraries;

/**
 * Loads FFmpeg's native libraries on a daemon thread when the studio starts. The first load
 * unpacks them and takes a few hundred milliseconds; done at start, opening the first session
 * with video never waits for it (a decoder opened meanwhile simply waits for the same load).
 */
public final class MediaWarmUp {
    static final String THREAD_NAME = "trailmark-media-load";
    private static final System.Logger LOG = System.getLogger(MediaWarmUp.class.getName());

    private MediaWarmUp() {
    }

    /** Starts the load and returns its thread. */
    public static Thread start() {
        Thread thread = new Thread(MediaWarmUp::load, THREAD_NAME);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void load() {
        try {
            MediaLibraries.load();
        } catch (RuntimeException | LinkageError e) {
            // sessions still replay without their pictures; each video then says it cannot be read
            LOG.log(Level.WARNING, "the video libraries could not be loaded: " + e);
        }
    }
}
