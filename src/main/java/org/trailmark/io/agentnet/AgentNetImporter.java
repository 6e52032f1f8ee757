package org.trailmark.io.agentnet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.Problem;
import org.trailmark.io.ReadResult;
import org.trailmark.io.SessionStream;
import org.trailmark.io.StreamingImporter;
import org.trailmark.io.ducktrack.FocusChange;
import org.trailmark.io.ducktrack.ProblemSink;
import org.trailmark.io.ducktrack.RecordingImport;
import org.trailmark.io.ducktrack.RecordingStream;

/**
 * Reads AgentNet Tool episode folders (the recorder behind the OpenCUA AgentNet dataset, a
 * DuckTrack derivative): the DuckTrack {@code events.jsonl} with {@code event_idx} and
 * {@code pynput_key} added and integer coordinates, plus {@code top_window.jsonl} (foreground
 * window changes, become {@code focus} events; see {@link TopWindowReader}) and
 * {@code task_name.json} (the suggested task instruction; see {@link TaskNameReader}), and the OBS
 * screen video, timed by {@code video_start_timestamp} and the OBS state timings in
 * {@code metadata.json}. Other files the tool writes ({@code a11y.jsonl}, {@code element.jsonl},
 * {@code html.jsonl}, {@code reduced_events_complete.jsonl}) are not read; the import names them.
 *
 * <p>{@code event_idx} is the recorder's write order, which is also file order, so it is not
 * used. Keys pressed and never released are kept as they are: a key_down without a key_up.
 */
public final class AgentNetImporter implements StreamingImporter {
    public static final String FORMAT = "agentnet";
    static final String TOP_WINDOW_FILE = "top_window.jsonl";
    static final String TASK_NAME_FILE = "task_name.json";
    private static final RecordingImport.Flavour FLAVOUR =
            new RecordingImport.Flavour(FORMAT, "AgentNet Tool", "agentnet-");

    @Override
    public String formatName() {
        return FORMAT;
    }

    @Override
    public boolean accepts(Path path) {
        return RecordingImport.folderOf(path)
                .filter(folder -> RecordingImport.has(folder, RecordingImport.EVENTS_FILE))
                .filter(folder -> RecordingImport.has(folder, TOP_WINDOW_FILE) || RecordingImport.has(folder, TASK_NAME_FILE))
                .isPresent();
    }

    @Override
    public ReadResult read(Path path, ImportOptions options) {
        return RecordingImport.folderOf(path)
                .map(folder -> readFolder(folder, options))
                .orElseGet(() -> new ReadResult(List.of(),
                        List.of(Problem.error(path, 0, "not an AgentNet Tool episode folder (events.jsonl + top_window.jsonl)"))));
    }

    @Override
    public Optional<SessionStream> stream(Path path, ImportOptions options) {
        return RecordingImport.folderOf(path)
                .flatMap(folder -> RecordingStream.open(folder, options, FLAVOUR, sink -> extras(folder, sink)));
    }

    private static ReadResult readFolder(Path folder, ImportOptions options) {
        ProblemSink sink = new ProblemSink();
        RecordingStream.Extras.Found found = extras(folder, sink);
        return RecordingImport.read(folder, options, FLAVOUR, found.focus(), found.instruction(), found.readFiles(),
                sink);
    }

    /** The window changes and the task name, read before the events, as the problems' order shows. */
    private static RecordingStream.Extras.Found extras(Path folder, ProblemSink sink) {
        Path topWindow = folder.resolve(TOP_WINDOW_FILE);
        List<FocusChange> focus = Files.isRegularFile(topWindow) ? TopWindowReader.read(topWindow, sink) : List.of();
        Path taskName = folder.resolve(TASK_NAME_FILE);
        String instruction = Files.isRegularFile(taskName) ? TaskNameReader.read(taskName, sink) : null;
        return new RecordingStream.Extras.Found(focus, instruction, Set.of(TOP_WINDOW_FILE, TASK_NAME_FILE));
    }
}
