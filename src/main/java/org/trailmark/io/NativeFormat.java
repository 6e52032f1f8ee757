package org.trailmark.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.trailmark.model.EventKind;
import org.trailmark.model.SessionLog;

/** Fixed facts of the native capture format v1 (docs/session-format.md), shared by reader and writer. */
final class NativeFormat {
    static final String FORMAT_ID = "trailmark-session";
    static final int MAJOR_VERSION = 1;
    /** Written when a session uses nothing newer than 1.0, so such files stay byte for byte as before. */
    static final String WRITTEN_VERSION = "1.0";
    /** Written when the header carries screen media ({@code "media"}, added in 1.1). */
    static final String MEDIA_VERSION = "1.1";
    /** Written when the events include a clipboard event (added in 1.2). */
    static final String CLIPBOARD_VERSION = "1.2";

    /** Coordinates and wheel deltas beyond this are treated as corrupt rather than as a huge screen. */
    static final long COORDINATE_LIMIT = 1_000_000L;

    /** A longer line is skipped: no real event is this long, and buffering it risks running out of memory. */
    static final int MAX_LINE_BYTES = 64 * 1024 * 1024;

    /** Problems listed in full per file before the rest are summarised in one line. */
    static final int MAX_LISTED_PROBLEMS = 100;

    private NativeFormat() {
    }

    /** The oldest version that holds everything written: files without newer content stay as before. */
    static String versionFor(SessionLog log, List<MediaReference> media) {
        if (log.countOf(EventKind.CLIPBOARD) > 0) {
            return CLIPBOARD_VERSION;
        }
        return media.isEmpty() ? WRITTEN_VERSION : MEDIA_VERSION;
    }

    static boolean hasNativeFileName(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return false;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".jsonl") || lower.endsWith(".jsonl.gz");
    }

    static boolean isGzipName(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }
}
