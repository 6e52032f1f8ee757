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
import org.trailmark.io.openadapt.OpenAdaptImporter;
import org.trailmark.io.rrweb.RrwebImporter;
import org.trailmark.io.screenpipe.ScreenpipeImporter;

/**
 * The known capture formats, and format sniffing: the first importer that accepts a path reads
 * it. Order matters: the foreign recording folders also contain {@code .jsonl} files, so their
 * importers are asked before the native one, and AgentNet (a DuckTrack derivative with extra
 * files) before DuckTrack. OpenAdapt recognises its database by its tables, not its name;
 * screenpipe takes only a SQLite database with a {@code ui_events} table
 * (or a folder holding one as {@code db.sqlite}), which no other format has. rrweb files
 * ({@code .json}, {@code .jsonl}) are told from native ones by their first event.
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
        return List.of(new AgentNetImporter(), new OpenAdaptImporter(), new ScreenpipeImporter(),
                new DuckTrackImporter(), new RrwebImporter(), new NativeImporter());
    }

    public static Optional<SessionImporter> forPath(Path path) {
        return all().stream().filter(i -> i.accepts(path)).findFirst();
    }

    /**
     * The path as one stream when it is a single capture of a format that streams (a DuckTrack or
     * AgentNet recording folder); empty for anything else, which {@link #read} reads whole.
     */
    public static Optional<SessionStream> streamFor(Path path, ImportOptions options) {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        return forPath(path).filter(StreamingImporter.class::isInstance).map(StreamingImporter.class::cast)
                .flatMap(importer -> importer.stream(path, options));
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
                Optional<SessionImporter> file = fileImporterFor(entry);
                result = file.isPresent() ? file.get().read(entry, options)
                        : new ReadResult(List.of(), List.of(Problem.warning(entry, 0,
                                "not a capture this version can read; skipped")));
            } else if (name.endsWith(".json") || name.endsWith(".json.gz")) {
                // Plain .json files in a folder are often something else (planted.json): only a capture is read.
                Optional<SessionImporter> file = fileImporterFor(entry);
                result = file.isPresent() ? file.get().read(entry, options) : null;
            }
            if (result != null) {
                sessions.addAll(result.sessions());
                problems.addAll(result.problems());
            }
        }
    }

    /** The importer of a capture file (rrweb, native), if the file is one. */
    private static Optional<SessionImporter> fileImporterFor(Path file) {
        List<SessionImporter> files = List.of(new RrwebImporter(), new NativeImporter());
        return files.stream().filter(i -> i.accepts(file)).findFirst();
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
