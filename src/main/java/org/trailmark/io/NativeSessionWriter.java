package org.trailmark.io;

import java.io.IOException;
import java.nio.file.Path;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;

/**
 * Writes a session in the native capture format, v1 (docs/session-format.md): gzip when the
 * file name ends in {@code .gz}. Output is deterministic for the same input.
 *
 * SKELETON: the native-format helper replaces the body; the signature is the agreed API.
 */
public final class NativeSessionWriter {
    private NativeSessionWriter() {
    }

    public static void write(SessionInfo info, SessionLog log, Path file) throws IOException {
        throw new IllegalStateException("native writer in progress");
    }
}
