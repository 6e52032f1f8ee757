package org.trailmark.io.rrweb;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.trailmark.io.ImportLimits;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.ParsedSession;
import org.trailmark.io.Problem;
import org.trailmark.io.ReadResult;
import org.trailmark.io.SessionImporter;
import org.trailmark.io.ducktrack.ProblemSink;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SubjectIds;

/**
 * Reads rrweb recordings (github.com/rrweb-io/rrweb): a {@code .json} array of
 * {@code {type, data, timestamp}} events as rrweb's {@code record()} emits them, the
 * {@code {"events": [...]}} object rrweb's guide sends to a server, or JSON lines with one event a
 * line ({@code .jsonl}); each may be gzip-compressed ({@code .gz}). A web page's recording becomes
 * pointer, button, wheel, focus (the page as a window) and field events, and typing rebuilt from
 * the fields' values ({@link FieldTyping}); the page's DOM is not kept. The mapping is documented
 * in {@code docs/formats/rrweb.md}.
 *
 * <p>Identity: the session id is {@code rrweb-} and the first 16 hex digits of the SHA-256 of the
 * file's bytes. rrweb names no person or host, so the subject is the importer's choice
 * ({@code --subject}) or an unassigned subject of this recording alone. Session time 0 is the
 * first kept event; the start is its {@code timestamp} (epoch ms) in UTC.
 */
public final class RrwebImporter implements SessionImporter {
    public static final String FORMAT = "rrweb";
    static final String ID_PREFIX = "rrweb-";

    @Override
    public String formatName() {
        return FORMAT;
    }

    @Override
    public boolean accepts(Path path) {
        return path != null && RrwebSniffer.accepts(path);
    }

    @Override
    public ReadResult read(Path path, ImportOptions options) {
        ProblemSink sink = new ProblemSink();
        ImportLimits limits = ImportOptions.limitsOf(options);
        RrwebRecording recording = new RrwebRecording(path, limits, sink);
        MessageDigest sha256 = newSha256();
        long events = 0;
        SessionLog log;
        try {
            limits.checkFileSize(path);
            try (InputStream raw = Files.newInputStream(path);
                 DigestInputStream hashed = new DigestInputStream(raw, sha256)) {
                try {
                    InputStream content = RrwebSniffer.isGzip(path) ? new GZIPInputStream(hashed, 64 * 1024) : hashed;
                    events = EventSource.read(path, limits.countingBytes(content, path), sink, recording::accept);
                } catch (EOFException | ZipException e) {
                    sink.warn(path, 0, (e instanceof EOFException ? "the gzip stream ends early"
                            : "the gzip stream is damaged") + ": the events read before were kept");
                }
                hashed.readAllBytes(); // the identity covers every byte, however far the read got
            }
            log = recording.finish();
        } catch (ImportLimits.TooLargeException e) {
            sink.error(path, 0, e.getMessage());
            return new ReadResult(List.of(), sink.problems());
        } catch (IOException e) {
            sink.error(path, 0, "the file could not be read (" + e.getClass().getSimpleName() + "): nothing imported");
            return new ReadResult(List.of(), sink.problems());
        }
        if (sink.hasErrors()) {
            return new ReadResult(List.of(), sink.problems());
        }
        if (log.isEmpty()) {
            sink.error(path, 0, events == 0 ? "no events in the file: nothing imported"
                    : "no readable rrweb event with input in the file: nothing imported");
            return new ReadResult(List.of(), sink.problems());
        }
        String id = ID_PREFIX + HexFormat.of().formatHex(sha256.digest()).substring(0, 16);
        String subject = subject(options, id, path, sink);
        OffsetDateTime start = Instant.ofEpochMilli(recording.origin()).atOffset(ZoneOffset.UTC);
        SessionInfo info = new SessionInfo(id, subject, FORMAT, start, recording.screens(), "rrweb", null, null, null);
        List<Problem> problems = new ArrayList<>(sink.problems());
        problems.addAll(recording.closingProblems());
        return new ReadResult(List.of(new ParsedSession(path, info, log, problems)), problems);
    }

    private static String subject(ImportOptions options, String sessionId, Path file, ProblemSink sink) {
        String override = options == null ? null : options.subjectOverride();
        if (override != null && !override.isBlank()) {
            return override;
        }
        sink.warn(file, 0, "rrweb recordings name no person: no person assigned yet (assign one with"
                + " `trailmark subject assign`, or choose one with --subject on import)");
        return SubjectIds.unassignedFor(sessionId);
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
