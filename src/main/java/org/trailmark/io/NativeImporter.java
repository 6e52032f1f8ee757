package org.trailmark.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.trailmark.io.ducktrack.RecordingImport;

/**
 * Imports native captures: one {@code .jsonl} / {@code .jsonl.gz} file, or a folder of them
 * (searched recursively, in path order).
 *
 * <p>A single file is accepted when its name fits and its first line is not clearly some other
 * JSON Lines format: an empty, cut-off or garbled file named like a capture is ours to explain.
 * A folder is accepted when it holds at least one file whose first line is our header, unless it
 * is itself a DuckTrack or AgentNet recording folder (those importers come first in
 * {@link Importers#all()}). Inside a folder, other {@code .jsonl} files and nested recording
 * folders are skipped with a warning.
 *
 * <p>The result's problem list holds every problem, including the warnings of the sessions read.
 */
public final class NativeImporter implements SessionImporter {
    private static final int SNIFF_BYTES = 64 * 1024;

    /** What the first line of a file says about it. */
    enum Sniff {
        /** A JSON object declaring {@code "format": "trailmark-session"}. */
        OUR_HEADER,
        /** A JSON object without our format: another tool's JSON Lines. */
        OTHER_FORMAT,
        /** Empty, unreadable, not JSON or cut off: nothing says it is someone else's. */
        UNKNOWN
    }

    @Override
    public String formatName() {
        return "native";
    }

    @Override
    public boolean accepts(Path path) {
        if (Files.isDirectory(path)) {
            return !isForeignRecordingFolder(path) && !nativeFilesIn(path).isEmpty();
        }
        return Files.isRegularFile(path) && NativeFormat.hasNativeFileName(path) && sniff(path) != Sniff.OTHER_FORMAT;
    }

    @Override
    public ReadResult read(Path path, ImportOptions options) {
        if (!Files.isDirectory(path)) {
            return new NativeSessionReader().read(path, options);
        }
        List<ParsedSession> sessions = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Path> candidates;
        try {
            candidates = candidateFiles(path, problems);
        } catch (IOException e) {
            return new ReadResult(List.of(), List.of(Problem.error(path, 0, "cannot list the folder")));
        }
        NativeSessionReader reader = new NativeSessionReader();
        for (Path file : candidates) {
            if (sniff(file) == Sniff.OTHER_FORMAT) {
                problems.add(Problem.warning(file, 0, "not a Trailmark session file; skipped"));
                continue;
            }
            ReadResult one = reader.read(file, options);
            sessions.addAll(one.sessions());
            problems.addAll(one.problems());
        }
        if (candidates.isEmpty()) {
            problems.add(Problem.error(path, 0, "the folder holds no .jsonl or .jsonl.gz files"));
        }
        return new ReadResult(sessions, problems);
    }

    /** Files in the folder tree with a native name whose first line is our header. */
    static List<Path> nativeFilesIn(Path folder) {
        try {
            List<Path> result = new ArrayList<>();
            for (Path file : candidateFiles(folder, new ArrayList<>())) {
                if (sniff(file) == Sniff.OUR_HEADER) {
                    result.add(file);
                }
            }
            return result;
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<Path> candidateFiles(Path folder, List<Problem> problems) throws IOException {
        List<Path> files = new ArrayList<>();
        collect(folder, files, problems, 0);
        return files;
    }

    private static void collect(Path folder, List<Path> files, List<Problem> problems, int depth) throws IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.sorted().toList();
        }
        for (Path entry : entries) {
            Path name = entry.getFileName();
            if (name != null && name.toString().startsWith(".")) {
                continue; // hidden files, including a writer's unfinished .part files
            }
            if (Files.isDirectory(entry)) {
                if (depth >= 16) {
                    continue;
                }
                if (isForeignRecordingFolder(entry)) {
                    problems.add(Problem.warning(entry, 0,
                            "looks like a DuckTrack or AgentNet recording; import that folder on its own"));
                    continue;
                }
                collect(entry, files, problems, depth + 1);
            } else if (NativeFormat.hasNativeFileName(entry) && Files.isRegularFile(entry)) {
                files.add(entry);
            }
        }
    }

    /**
     * DuckTrack: events.jsonl + metadata.json (or an events.jsonl that starts with a recorder event);
     * AgentNet adds top_window.jsonl or task_name.json.
     */
    static boolean isForeignRecordingFolder(Path folder) {
        Path events = folder.resolve("events.jsonl");
        return Files.isRegularFile(events) && (Files.isRegularFile(folder.resolve("metadata.json"))
                || Files.isRegularFile(folder.resolve("top_window.jsonl"))
                || Files.isRegularFile(folder.resolve("task_name.json"))
                || RecordingImport.startsWithRecorderEvent(events));
    }

    /** Looks at the first line only (inflating a little when the name ends in .gz). */
    static Sniff sniff(Path file) {
        byte[] head = new byte[SNIFF_BYTES];
        int n = 0;
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = NativeFormat.isGzipName(file) ? new GZIPInputStream(raw, 8192) : raw) {
            while (n < head.length) {
                int r = in.read(head, n, head.length - n);
                if (r < 0) {
                    break;
                }
                n += r;
                if (indexOfNewline(head, n) >= 0) {
                    break;
                }
            }
        } catch (IOException e) {
            // keep what was read: a damaged stream can still show its first line
        }
        int end = indexOfNewline(head, n);
        if (end < 0) {
            end = n;
        }
        int start = 0;
        if (end >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) {
            start = 3;
        }
        while (start < end && (head[start] == ' ' || head[start] == '\t')) {
            start++;
        }
        if (start >= end || head[start] != '{') {
            return Sniff.UNKNOWN;
        }
        if (NativeHeader.declaresOurFormat(head, start, end)) {
            return Sniff.OUR_HEADER;
        }
        // Only a complete, valid JSON object proves the file belongs to another format.
        return isCompleteJsonObject(head, start, end) ? Sniff.OTHER_FORMAT : Sniff.UNKNOWN;
    }

    private static boolean isCompleteJsonObject(byte[] line, int start, int end) {
        return new NativeJacksonLineParser().parse(line, start, end, new NativeEventFields()) == null;
    }

    private static int indexOfNewline(byte[] data, int length) {
        for (int i = 0; i < length; i++) {
            if (data[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
