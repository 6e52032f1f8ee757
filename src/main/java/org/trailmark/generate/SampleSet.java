package org.trailmark.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trailmark.io.DuckTrackWriter;
import org.trailmark.io.NativeSessionWriter;

/**
 * Writes the generated sample sessions to a folder, in the native format ({@code <id>.jsonl.gz})
 * or as DuckTrack recording folders ({@code <id>/}), with {@value #PLANTED_FILE} beside them.
 * The same seed and format give byte-identical files.
 */
public final class SampleSet {
    public static final String NATIVE = "native";
    public static final String DUCKTRACK = "ducktrack";
    /** The ground-truth file of planted sensitive content written next to the sessions. */
    public static final String PLANTED_FILE = "planted.json";

    private SampleSet() {
    }

    /**
     * Writes every sample session and {@value #PLANTED_FILE}; returns the session files (native)
     * or folders (ducktrack) in generation order. Existing files of the same name are replaced.
     */
    public static List<Path> write(Path dir, long seed, String format) throws IOException {
        String chosen = checkFormat(format);
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        List<PlantedJson.Entry> entries = new ArrayList<>();
        for (GeneratedSession session : SessionGenerator.samples(seed)) {
            Path path = writeOne(dir, session, chosen);
            written.add(path);
            entries.add(new PlantedJson.Entry(session.info().id(), path.getFileName().toString(), session.planted()));
        }
        PlantedJson.write(dir.resolve(PLANTED_FILE), seed, chosen, entries);
        return List.copyOf(written);
    }

    /** Writes one large benchmark session (see {@link SessionGenerator#large}); returns its file or folder. */
    public static Path writeLarge(Path dir, long seed, int events, String format) throws IOException {
        String chosen = checkFormat(format);
        Files.createDirectories(dir);
        return writeOne(dir, SessionGenerator.large(seed, events), chosen);
    }

    private static Path writeOne(Path dir, GeneratedSession session, String format) throws IOException {
        if (format.equals(NATIVE)) {
            Path file = dir.resolve(session.info().id() + ".jsonl.gz");
            NativeSessionWriter.write(session.info(), session.log(), file);
            return file;
        }
        Path folder = dir.resolve(session.info().id());
        DuckTrackWriter.write(session.info(), session.log(), folder);
        return folder;
    }

    private static String checkFormat(String format) {
        String f = format == null ? NATIVE : format.toLowerCase(Locale.ROOT);
        if (!f.equals(NATIVE) && !f.equals(DUCKTRACK)) {
            throw new IllegalArgumentException("unknown format '" + format + "': choose native or ducktrack");
        }
        return f;
    }

    /**
     * Regenerates a sample folder without the command line:
     * {@code java -cp target/trailmark.jar org.trailmark.generate.SampleSet DIR [SEED] [native|ducktrack]}.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: SampleSet DIR [SEED] [native|ducktrack]");
            System.exit(2);
        }
        long seed = args.length > 1 ? Long.parseLong(args[1]) : SessionGenerator.DEFAULT_SEED;
        String format = args.length > 2 ? args[2] : NATIVE;
        for (Path p : write(Path.of(args[0]), seed, format)) {
            System.out.println(p);
        }
    }
}
