package org.trailmark.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.trailmark.io.activitywatch.ActivityWatchReader;
import org.trailmark.io.agentnet.AgentNetImporter;
import org.trailmark.io.ducktrack.DuckTrackImporter;

/**
 * The known capture formats, and format sniffing: the first importer that accepts a path reads
 * it. Order matters: the foreign recording folders also contain {@code .jsonl} files, so their
 * importers are asked before the native one, and AgentNet (a DuckTrack derivative with extra
 * files) before DuckTrack.
 */
public final class Importers {
    private static final int MAX_FOLDER_DEPTH = 16;
    /** Said of an ActivityWatch export met where captures are expected. */
    static final String CONTEXT_ONLY = "an ActivityWatch export holds no input, so it is not a session: add its"
            + " window and AFK spans to the sessions it overlaps with `trailmark import --context FILE`";

    private Importers() {
    }

    /** Every importer, most specific first. */
    public static List<SessionImporter> all() {
        return List.of(new AgentNetImporter(), new DuckTrackImporter(), new NativeImporter());
    }

    public static Optional<SessionImporter> forPath(Path path) {
        return all().stream().filter(i -> i.accepts(path)).findFirst();
    }

    /**
     * Reads a path with the importer that recognises it. A folder that is not itself a recording is
     * walked: every recording folder in it goes to its own importer and every native capture file to
     * the native one, so a mixed folder (like sample-sessions/) imports whole. An unrecognised path
     * gives one ERROR problem naming the formats that were tried; a path that does not exist says so.
     */
    public static ReadResult read(Path path, ImportOptions options) {
        if (!Files.exists(path)) {
            return new ReadResult(List.of(), List.of(Problem.error(path, 0, "no such file or folder")));
        }
        if (Files.isDirectory(path) && recordingImporterFor(path).isEmpty()) {
            return readFolder(path, options);
        }
        if (ActivityWatchReader.looksLikeExport(path)) {
            return new ReadResult(List.of(), List.of(Problem.error(path, 0, CONTEXT_ONLY)));
        }
        return forPath(path).map(i -> i.read(path, options))
                .orElseGet(() -> new ReadResult(List.of(), List.of(Problem.error(path, 0, notReadable()))));
    }

    private static ReadResult readFolder(Path folder, ImportOptions options) {
        List<ParsedSession> sessions = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try {
            walk(folder, 0, options, sessions, problems);
        } catch (IOException e) {
            problems.add(Problem.error(folder, 0, "cannot list the folder (" + e.getClass().getSimpleName() + ")"));
        }
        if (sessions.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.error(folder, 0, "no captures in this folder (" + notReadable() + ")"));
        }
        return new ReadResult(sessions, problems);
    }

    private static void walk(Path folder, int depth, ImportOptions options, List<ParsedSession> sessions,
                             List<Problem> problems) throws IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.sorted().toList();
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".")) {
                continue; // hidden files, including a writer's unfinished .part files
            }
            ReadResult result = null;
            if (Files.isDirectory(entry)) {
                Optional<SessionImporter> recording = recordingImporterFor(entry);
                if (recording.isPresent()) {
                    result = recording.get().read(entry, options);
                } else if (depth < MAX_FOLDER_DEPTH) {
                    walk(entry, depth + 1, options, sessions, problems);
                }
            } else if (name.endsWith(".json") && ActivityWatchReader.looksLikeExport(entry)) {
                result = new ReadResult(List.of(), List.of(Problem.note(entry, CONTEXT_ONLY)));
            } else if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz")) {
                NativeImporter nativeImporter = new NativeImporter();
                result = nativeImporter.accepts(entry) ? nativeImporter.read(entry, options)
                        : new ReadResult(List.of(), List.of(Problem.warning(entry, 0,
                                "not a capture this version can read; skipped")));
            }
            if (result != null) {
                sessions.addAll(result.sessions());
                problems.addAll(result.problems());
            }
        }
    }

    /** The importer of a recording folder (DuckTrack, AgentNet), if the path is one. */
    private static Optional<SessionImporter> recordingImporterFor(Path path) {
        return all().stream().filter(i -> !(i instanceof NativeImporter)).filter(i -> i.accepts(path)).findFirst();
    }

    private static String notReadable() {
        return "not a capture this version can read (tried: " + String.join(", ",
                all().stream().map(SessionImporter::formatName).toList()) + ")";
    }
}
