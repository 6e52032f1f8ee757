package org.trailmark.io.ducktrack;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.trailmark.io.ImportLimits;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.MediaReference;
import org.trailmark.io.ParsedSession;
import org.trailmark.io.Problem;
import org.trailmark.io.ReadResult;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLogBuilder;
import org.trailmark.model.SubjectIds;

/**
 * The import of one pynput-recorder folder ({@code events.jsonl} + {@code metadata.json}), shared
 * by the DuckTrack and AgentNet importers, which differ only in name and in extra files.
 *
 * <p>Identity: the session id is a prefix plus the first 16 hex digits of the SHA-256 of the
 * {@code events.jsonl} bytes, so importing the same recording twice gives the same id. The subject
 * is the importer's choice ({@link ImportOptions#subjectOverride()}), else a pseudonym of the
 * recording host, else an unassigned subject of this recording alone
 * ({@link SubjectIds#unassignedFor}) with a warning.
 *
 * <p>Start time: DuckTrack writes {@code start_time} as local time without a zone; it is read in
 * this machine's default zone (a recording is normally imported where it was made). Without it,
 * the start is estimated as the file's modification time minus the recording's duration.
 */
public final class RecordingImport {

    /** How one recorder family names itself. */
    public record Flavour(String formatName, String captureTool, String idPrefix) {
    }

    public static final String EVENTS_FILE = "events.jsonl";
    public static final String METADATA_FILE = "metadata.json";
    private static final int SNIFF_BYTES = 64 * 1024;

    private RecordingImport() {
    }

    /** The recording folder a path names: the folder itself, or the folder of its {@code events.jsonl}. */
    public static Optional<Path> folderOf(Path path) {
        if (path == null) {
            return Optional.empty();
        }
        if (Files.isDirectory(path)) {
            return Optional.of(path);
        }
        Path name = path.getFileName();
        if (name != null && name.toString().equals(EVENTS_FILE) && Files.isRegularFile(path)
                && path.toAbsolutePath().getParent() != null) {
            return Optional.of(path.toAbsolutePath().getParent());
        }
        return Optional.empty();
    }

    /** Whether the folder has the named files. */
    public static boolean has(Path folder, String... names) {
        for (String name : names) {
            if (!Files.isRegularFile(folder.resolve(name))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the first line of a file is a pynput recorder event ({@code time_stamp} and
     * {@code action}): how a recording folder that lost its {@code metadata.json} is still known.
     */
    public static boolean startsWithRecorderEvent(Path events) {
        byte[] head = new byte[SNIFF_BYTES];
        int n = 0;
        try (InputStream in = Files.newInputStream(events)) {
            int r;
            while (n < head.length && (r = in.read(head, n, head.length - n)) > 0) {
                n += r;
            }
        } catch (IOException e) {
            return false;
        }
        String text = new String(head, 0, n, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        String first = (end < 0 ? text : text.substring(0, end)).strip();
        if (first.startsWith("\uFEFF")) {
            first = first.substring(1);
        }
        try {
            JsonNode node = Json.MAPPER.readTree(first);
            return node != null && node.isObject() && Json.text(node, "action").isPresent()
                    && Json.finiteNumber(node, "time_stamp").isPresent();
        } catch (JacksonException e) {
            return false;
        }
    }

    /**
     * Reads the folder. {@code readFiles} names the files besides {@code events.jsonl} and
     * {@code metadata.json} the importer read; any other file is named in a note, and a screen video
     * is used when the metadata times its first frame ({@link RecordingVideo}).
     */
    public static ReadResult read(Path folder, ImportOptions options, Flavour flavour,
                                  List<FocusChange> focus, String instruction, Set<String> readFiles,
                                  ProblemSink sink) {
        Outcome outcome = readInto(folder, options, flavour, focus, instruction, readFiles, sink,
                new SessionLogBuilder(4096), null);
        if (outcome.info() == null) {
            return new ReadResult(List.of(), outcome.problems());
        }
        return new ReadResult(List.of(new ParsedSession(folder, outcome.info(), outcome.recording().log(),
                outcome.problems(), outcome.media())), outcome.problems());
    }

    /**
     * What reading a folder gave: the session's header and events' summary, or a null {@code info}
     * when nothing could be read; every problem met; the screen media it names.
     */
    public record Outcome(SessionInfo info, RecordingReader.Result recording, List<Problem> problems,
                          List<MediaReference> media) {
    }

    /**
     * Reads the folder's events into {@code events} (which may stream them on) and works out the
     * session around them. With {@code knownSha256} (the events file's hash, taken before) the
     * file is not hashed again; the session id comes from that hash either way.
     */
    static Outcome readInto(Path folder, ImportOptions options, Flavour flavour, List<FocusChange> focus,
                            String instruction, Set<String> readFiles, ProblemSink sink, SessionLogBuilder events,
                            String knownSha256) {
        Path eventsFile = folder.resolve(EVENTS_FILE);
        if (!Files.isRegularFile(eventsFile)) {
            sink.error(eventsFile, 0, "events.jsonl is missing: nothing imported");
            return nothing(sink);
        }
        RecordingMetadata metadata = RecordingMetadata.read(folder.resolve(METADATA_FILE), sink);
        RecordingReader.Result recording;
        try {
            recording = RecordingReader.read(eventsFile, metadata.platform(), focus,
                    ImportOptions.limitsOf(options), sink, events, knownSha256 == null);
        } catch (ImportLimits.TooLargeException e) {
            sink.error(eventsFile, 0, e.getMessage());
            return nothing(sink);
        } catch (IOException e) {
            sink.error(eventsFile, 0, "events.jsonl could not be read (" + e.getClass().getSimpleName() + "): nothing imported");
            return nothing(sink);
        }
        if (recording.events() == 0) {
            sink.error(eventsFile, 0, recording.lines() == 0 ? "events.jsonl is empty: nothing imported"
                    : "events.jsonl has no readable event: nothing imported");
            return nothing(sink);
        }
        OffsetDateTime start = metadata.start();
        if (start == null) {
            start = estimatedStart(eventsFile, recording.durationMs());
            sink.warn(eventsFile, 0, "start time estimated from the file's modification time");
        }
        String sha256 = knownSha256 != null ? knownSha256 : recording.sha256Hex();
        String id = sessionId(flavour, sha256);
        String subject = subject(options, metadata, id, eventsFile, sink);
        SessionInfo info = new SessionInfo(id, subject, flavour.formatName(), start, metadata.screens(),
                flavour.captureTool(), null, null, instruction);
        Set<String> read = new HashSet<>(readFiles);
        read.add(EVENTS_FILE);
        read.add(METADATA_FILE);
        RecordingVideo.Found video = RecordingVideo.find(folder, read, metadata.obs(), recording, sink);
        List<Problem> problems = new ArrayList<>(sink.problems());
        problems.addAll(video.notes());
        return new Outcome(info, recording, problems, video.media());
    }

    /** The session id of a recording whose {@code events.jsonl} has that SHA-256 (hex). */
    static String sessionId(Flavour flavour, String sha256Hex) {
        return flavour.idPrefix() + sha256Hex.substring(0, 16);
    }

    private static Outcome nothing(ProblemSink sink) {
        return new Outcome(null, null, sink.problems(), List.of());
    }

    private static String subject(ImportOptions options, RecordingMetadata metadata, String sessionId, Path events,
                                  ProblemSink sink) {
        String override = options == null ? null : options.subjectOverride();
        if (override != null && !override.isBlank()) {
            return override;
        }
        if (metadata.subject() != null) {
            return metadata.subject();
        }
        // Its own subject, not one shared by every host-less recording: erasure, consent and
        // subject export of it can then reach this recording only.
        sink.warn(events, 0, "the recording names no host: no person assigned yet (assign one with"
                + " `trailmark subject assign`, or choose one with --subject on import)");
        return SubjectIds.unassignedFor(sessionId);
    }

    private static OffsetDateTime estimatedStart(Path events, long durationMs) {
        Instant end;
        try {
            end = Files.getLastModifiedTime(events).toInstant();
        } catch (IOException e) {
            end = Instant.EPOCH.plusMillis(durationMs);
        }
        return end.minusMillis(durationMs).atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }
}
