package org.trailmark.io.ducktrack;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.Problem;
import org.trailmark.io.ReadResult;
import org.trailmark.io.SessionStream;
import org.trailmark.io.StreamingImporter;

/**
 * Reads DuckTrack recording folders (github.com/TheDuckAI/DuckTrack): {@code events.jsonl}, one
 * pynput event a line ({@code move}, {@code click}, {@code scroll}, {@code press},
 * {@code release}, {@code pause}, {@code resume}), and {@code metadata.json}; a folder without
 * {@code metadata.json} whose {@code events.jsonl} starts with a recorder event is still read, with
 * a warning naming the missing file. A folder that also
 * has the AgentNet Tool's {@code top_window.jsonl} or {@code task_name.json} is left to the
 * AgentNet importer. Scroll amounts are kept as recorded; {@code scroll_direction} (a playback
 * setting) is not applied. See {@link RecordingImport} for identity and time, and
 * {@link RecordingReader} for damage handling.
 */
public final class DuckTrackImporter implements StreamingImporter {
    public static final String FORMAT = "ducktrack";
    static final RecordingImport.Flavour FLAVOUR = new RecordingImport.Flavour(FORMAT, "DuckTrack", "ducktrack-");

    @Override
    public String formatName() {
        return FORMAT;
    }

    @Override
    public boolean accepts(Path path) {
        return RecordingImport.folderOf(path)
                .filter(folder -> RecordingImport.has(folder, RecordingImport.EVENTS_FILE))
                .filter(folder -> RecordingImport.has(folder, RecordingImport.METADATA_FILE)
                        || RecordingImport.startsWithRecorderEvent(folder.resolve(RecordingImport.EVENTS_FILE)))
                .filter(folder -> !RecordingImport.has(folder, "top_window.jsonl"))
                .filter(folder -> !RecordingImport.has(folder, "task_name.json"))
                .isPresent();
    }

    @Override
    public ReadResult read(Path path, ImportOptions options) {
        return RecordingImport.folderOf(path)
                .map(folder -> RecordingImport.read(folder, options, FLAVOUR, List.of(), null, Set.of(),
                        new ProblemSink()))
                .orElseGet(() -> new ReadResult(List.of(),
                        List.of(Problem.error(path, 0, "not a DuckTrack recording folder (events.jsonl + metadata.json)"))));
    }

    @Override
    public Optional<SessionStream> stream(Path path, ImportOptions options) {
        return RecordingStream.open(path, options, FLAVOUR, RecordingStream.Extras.NONE);
    }
}
