package org.trailmark.io;

import java.io.IOException;
import java.nio.file.Path;
import org.trailmark.io.ducktrack.DuckTrackFolderWriter;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;

/**
 * Writes a session as a DuckTrack recording folder ({@code events.jsonl} + {@code metadata.json}),
 * for tests and the generator's {@code --format ducktrack}. Only what DuckTrack records survives
 * (moves, clicks, scrolls, presses/releases, pause/resume); focus, field and marker events are dropped.
 * Details of the mapping are in {@link DuckTrackFolderWriter}.
 */
public final class DuckTrackWriter {
    private DuckTrackWriter() {
    }

    public static void write(SessionInfo info, SessionLog log, Path folder) throws IOException {
        DuckTrackFolderWriter.write(info, log, folder);
    }
}
