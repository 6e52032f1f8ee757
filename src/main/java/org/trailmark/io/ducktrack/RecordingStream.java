package org.trailmark.io.ducktrack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.SessionStream;
import org.trailmark.model.LogFigures;
import org.trailmark.model.SessionLogBuilder;

/**
 * A pynput-recorder folder as a {@link SessionStream}. The session id is the hash of
 * {@code events.jsonl}, so the file is hashed first (one quick pass; the page cache serves the
 * read that follows); the read itself is {@link RecordingImport#readInto}, the same code as the
 * in-memory import, with a builder that streams the events on.
 */
public final class RecordingStream implements SessionStream {
    private static final int BLOCK = 1 << 20;

    /** Reads what an importer needs besides the events (AgentNet's window and task files), into the sink. */
    @FunctionalInterface
    public interface Extras {
        Found read(ProblemSink sink);

        /** Focus changes, the suggested instruction, and the files read for them. */
        record Found(List<FocusChange> focus, String instruction, Set<String> readFiles) {
        }

        Extras NONE = sink -> new Found(List.of(), null, Set.of());
    }

    private final Path folder;
    private final ImportOptions options;
    private final RecordingImport.Flavour flavour;
    private final Extras extras;
    private final String sha256Hex;

    private RecordingStream(Path folder, ImportOptions options, RecordingImport.Flavour flavour, Extras extras,
                            String sha256Hex) {
        this.folder = folder;
        this.options = options;
        this.flavour = flavour;
        this.extras = extras;
        this.sha256Hex = sha256Hex;
    }

    /**
     * The stream of a recording folder, or empty when its {@code events.jsonl} is missing, beyond the
     * size cap or unreadable: the in-memory read then reports that as it always did.
     */
    public static Optional<SessionStream> open(Path path, ImportOptions options, RecordingImport.Flavour flavour,
                                               Extras extras) {
        Optional<Path> folder = RecordingImport.folderOf(path);
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        Path events = folder.get().resolve(RecordingImport.EVENTS_FILE);
        if (!Files.isRegularFile(events)) {
            return Optional.empty();
        }
        try {
            String hash = sha256(events, options);
            return Optional.of(new RecordingStream(folder.get(), options, flavour, extras, hash));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String sha256(Path events, ImportOptions options) throws IOException {
        var limits = ImportOptions.limitsOf(options);
        limits.checkFileSize(events);
        MessageDigest digest = RecordingReader.newSha256();
        byte[] block = new byte[BLOCK];
        try (InputStream in = limits.countingBytes(Files.newInputStream(events), events)) {
            int n;
            while ((n = in.read(block)) >= 0) {
                digest.update(block, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public Path source() {
        return folder;
    }

    @Override
    public String sessionId() {
        return RecordingImport.sessionId(flavour, sha256Hex);
    }

    @Override
    public Read readInto(SessionLogBuilder events) {
        ProblemSink sink = new ProblemSink();
        Extras.Found found = extras.read(sink);
        RecordingImport.Outcome outcome = RecordingImport.readInto(folder, options, flavour, found.focus(),
                found.instruction(), found.readFiles(), sink, events, sha256Hex);
        if (outcome.info() == null) {
            return new Read(null, outcome.problems());
        }
        RecordingReader.Result recording = outcome.recording();
        LogFigures figures = recording.log() != null ? LogFigures.of(recording.log()) : events.finishSpilling();
        return new Read(new Streamed(outcome.info(), figures, outcome.problems(), outcome.media()), outcome.problems());
    }
}
