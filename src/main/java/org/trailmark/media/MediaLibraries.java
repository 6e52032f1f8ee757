package org.trailmark.media;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.javacpp.Loader;

/**
 * Loads FFmpeg's native libraries once per process. The first load unpacks them from the jar into
 * JavaCPP's cache and takes a few hundred milliseconds, so the studio calls {@link #load()} in the
 * background at start-up and opening a session with video never waits for it.
 */
public final class MediaLibraries {
    private static volatile boolean loaded;

    private MediaLibraries() {
    }

    /** Loads the libraries if needed; FFmpeg's own console messages are silenced (they can name files). */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        Loader.load(avutil.class);
        Loader.load(avcodec.class);
        Loader.load(avformat.class);
        Loader.load(swscale.class);
        avutil.av_log_set_level(avutil.AV_LOG_QUIET);
        loaded = true;
    }

    /** The licence FFmpeg was built under, as it reports it (e.g. "LGPL version 3 or later"). */
    public static String licence() {
        load();
        return avcodec.avcodec_license().getString();
    }

    /** FFmpeg's version string (e.g. "7.1.1"). */
    public static String version() {
        load();
        return avutil.av_version_info().getString();
    }
}
