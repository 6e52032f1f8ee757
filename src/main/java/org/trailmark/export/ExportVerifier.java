package org.trailmark.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.trailmark.model.Flag;
import org.trailmark.model.SessionLog;
import org.trailmark.store.DatasetExports;
import org.trailmark.store.Workspace;

/**
 * Reads written export files back: checks them against the manifest (checksums, record counts, the
 * exact file set, the card and export id agreeing with it) and looks for flagged original values: as
 * text, with separators removed, and spelled by consecutive typing and single-key actions. Problems
 * name the file and the way a value showed, never the value.
 */
public final class ExportVerifier {
    /** What {@link #verifyWithoutWorkspace} cannot check, said to whoever runs it. */
    public static final List<String> NOT_CHECKED_WITHOUT_WORKSPACE = List.of(
            "whether any flagged or private value survived redaction: that needs the original values, which only"
                    + " the workspace that made the export holds",
            "which workspace sessions the export took and whether they still hold consent: the workspace's audit"
                    + " log and consent records say that",
            "for screen pictures, whether any was taken inside a flagged stretch or shows detail inside a flagged"
                    + " region: that needs the flags, which the workspace holds");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    private ExportVerifier() {
    }

    /** Every file under {@code dir} against every flagged value, by the rules of {@link LeakScanner}. */
    public static List<String> findLeaks(Path dir, Set<String> originals) {
        List<String> problems = new ArrayList<>();
        LeakScanner scanner = new LeakScanner(originals);
        if (scanner.isEmpty()) {
            return problems;
        }
        for (Path file : files(dir)) {
            problems.addAll(scanner.scan(dir.relativize(file).toString().replace('\\', '/'), readBytes(file)));
        }
        return problems;
    }

    /**
     * The full check of a written folder against the workspace it came from: manifest checksums, then
     * every flagged value of every session the export took. The manifest names sessions only by
     * pseudonym, so which workspace sessions those are comes from the audit entries the export wrote
     * under its export id. A listed session not found that way is a problem, since its values cannot
     * be looked for.
     */
    public static List<String> verifyFolder(Workspace workspace, Path dir) {
        return verifyFolder(workspace, dir, null);
    }

    /**
     * The same, and for an export with screens made with a seed: every observation picture against its
     * session's flags as they are now (see {@link ObservationCheck}). Without a seed the pictures cannot be
     * tied to workspace sessions (their pseudonyms were keyed by a random key that was never kept), which
     * is said as a problem-free note in {@link #observationNote}.
     *
     * @param masking how masks look in pictures; null leaves the pictures unchecked against the workspace
     */
    public static List<String> verifyFolder(Workspace workspace, Path dir, ScreenMasking masking) {
        List<String> problems = new ArrayList<>();
        JsonNode manifest = manifest(dir, problems);
        if (manifest == null) {
            return problems;
        }
        String exportId = manifest.path("export_id").asText("");
        // Erased sessions keep their audit entries but have nothing left to check against.
        Set<String> exported = exportId.isEmpty() ? Set.of() : new java.util.TreeSet<>(
                DatasetExports.sessionsOf(workspace.audit(), exportId).stream().filter(workspace.sessions()::contains).toList());
        Set<String> originals = new HashSet<>();
        for (String id : exported) {
            originals.addAll(Redactor.redact(workspace.sessions().loadLog(id), workspace.flags().ofSession(id)).originals());
        }
        int missing = manifest.path("sessions").size() - exported.size();
        if (missing > 0) {
            problems.add(missing + " session(s) listed in the manifest are not in this workspace:"
                    + " their flagged values could not be checked");
        }
        problems.addAll(verifyWritten(dir, manifest, originals));
        problems.addAll(DatasetConsistency.problems(manifest, card(dir)));
        problems.addAll(ObservationConsistency.problems(dir, manifest));
        if (masking != null && manifest.has("observations") && manifest.has("seed")) {
            problems.addAll(observations(workspace, dir, exported, manifest.path("seed").asLong(), masking));
        }
        return problems;
    }

    /** What verifying with the workspace could not do for this folder, or empty. */
    public static java.util.Optional<String> observationNote(Path dir) {
        List<String> ignored = new ArrayList<>();
        JsonNode manifest = manifest(dir, ignored);
        if (manifest != null && manifest.has("observations") && !manifest.has("seed")) {
            return java.util.Optional.of("the screen pictures' times against the flags: the export was made without"
                    + " --seed, so its session pseudonyms cannot be tied to workspace sessions (the export itself"
                    + " checked them when it was made)");
        }
        return java.util.Optional.empty();
    }

    private static List<String> observations(Workspace workspace, Path dir, Set<String> exported, long seed,
                                             ScreenMasking masking) {
        List<String> problems = new ArrayList<>();
        List<ObservationRows.Row> rows = ObservationRows.read(dir, problems);
        Pseudonyms key = Pseudonyms.seeded(workspace, seed);
        java.util.Map<String, String> sessionOf = new java.util.HashMap<>();
        for (String id : exported) {
            sessionOf.put(key.session(id), id);
        }
        java.util.Map<String, List<ObservationRows.Row>> bySession = new java.util.TreeMap<>();
        for (ObservationRows.Row row : rows) {
            String id = sessionOf.get(row.sessionId());
            if (id == null) {
                problems.add(row.file() + ": of a session this workspace did not export with this seed");
            } else {
                bySession.computeIfAbsent(id, k -> new ArrayList<>()).add(row);
            }
        }
        bySession.forEach((id, sessionRows) -> {
            SessionLog log = workspace.sessions().loadLog(id);
            List<Flag> flags = workspace.flags().ofSession(id);
            PictureHiding hiding = PictureHiding.of(log, flags, Redactor.redact(log, flags), masking);
            problems.addAll(new ObservationCheck(hiding, workspace.media().ofSession(id), masking).problems(dir, sessionRows));
        });
        return problems;
    }

    /**
     * Everything a dataset's receiver can check without the workspace: every file against the manifest's
     * SHA-256 and record count, no file missing and none unlisted, the export id against the checksums,
     * the dataset card and the event streams against the manifest. See {@link #NOT_CHECKED_WITHOUT_WORKSPACE}.
     */
    public static List<String> verifyWithoutWorkspace(Path dir) {
        List<String> problems = new ArrayList<>();
        JsonNode manifest = manifest(dir, problems);
        if (manifest != null) {
            problems.addAll(verifyWritten(dir, manifest, Set.of()));
            problems.addAll(DatasetConsistency.problems(manifest, card(dir)));
            problems.addAll(ObservationConsistency.problems(dir, manifest));
        }
        return problems;
    }

    /** Compares every file with the manifest: its recorded SHA-256 and record count, and that it is listed at all. */
    public static List<String> checkManifest(Path dir) {
        List<String> problems = new ArrayList<>();
        JsonNode manifest = manifest(dir, problems);
        if (manifest != null) {
            problems.addAll(verifyWritten(dir, manifest, Set.of()));
        }
        return problems;
    }

    /** The parsed manifest, or null with the reason added to {@code problems}. */
    private static JsonNode manifest(Path dir, List<String> problems) {
        Path file = dir.resolve(Exporter.MANIFEST);
        if (!Files.isRegularFile(file)) {
            problems.add(Exporter.MANIFEST + " is missing");
            return null;
        }
        try {
            JsonNode manifest = MAPPER.readTree(readBytes(file));
            if (manifest != null && manifest.isObject() && manifest.path("files").isObject()) {
                return manifest;
            }
        } catch (IOException e) {
            // Reported below, like any other manifest that lists no files.
        }
        problems.add(Exporter.MANIFEST + " is not a manifest (a JSON object with a \"files\" object)");
        return null;
    }

    private static byte[] card(Path dir) {
        Path card = dir.resolve(Exporter.CARD);
        return Files.isRegularFile(card) ? readBytes(card) : null;
    }

    /**
     * Each file is read back once, looked through for the flagged values and compared with the
     * manifest, which must list it with its checksum; listed files must exist.
     */
    private static List<String> verifyWritten(Path dir, JsonNode manifest, Set<String> originals) {
        List<String> problems = new ArrayList<>();
        LeakScanner scanner = new LeakScanner(originals);
        JsonNode listed = manifest.path("files");
        Set<String> unseen = new java.util.TreeSet<>();
        listed.fieldNames().forEachRemaining(unseen::add);
        for (Path file : files(dir)) {
            String name = dir.relativize(file).toString().replace('\\', '/');
            boolean isListed = listed.has(name);
            if (!isListed && !name.equals(Exporter.MANIFEST)) {
                problems.add(name + ": not listed in the manifest");
            }
            if (scanner.isEmpty() && !isListed) {
                continue;
            }
            byte[] bytes = readBytes(file);
            if (isPicture(name)) {
                if (isListed) {
                    checkEntry(name, listed.get(name), bytes, problems);
                }
                unseen.remove(name);
                continue;
            }
            List<String> entryProblems = new ArrayList<>();
            problems.addAll(scanner.scan(name, bytes, () -> {
                if (isListed) {
                    checkEntry(name, listed.get(name), bytes, entryProblems);
                }
            }));
            problems.addAll(entryProblems);
            unseen.remove(name);
        }
        for (String name : unseen) {
            problems.add(name + ": listed in the manifest but missing");
        }
        return problems;
    }

    private static void checkEntry(String name, JsonNode entry, byte[] bytes, List<String> problems) {
        if (!sha256(bytes).equals(entry.path("sha256").asText())) {
            problems.add(name + ": checksum differs from the manifest");
        }
        // A table's header line is not a record.
        long headerLines = name.endsWith(".tsv") ? 1 : 0;
        if (entry.has("records") && entry.get("records").asLong() + headerLines != lines(bytes)) {
            problems.add(name + ": record count differs from the manifest");
        }
    }

    /** Observation pictures: compressed pixels, hashed but not searched for text. */
    static boolean isPicture(String name) {
        return name.endsWith(".png");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    static long lines(byte[] bytes) {
        // Eight bytes at a time: a byte of x is zero exactly where the text has a newline.
        long n = 0;
        int i = 0;
        for (; i + 8 <= bytes.length; i += 8) {
            long x = (long) LONGS.get(bytes, i) ^ 0x0A0A0A0A0A0A0A0AL;
            long y = (x & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL;
            n += Long.bitCount(~(y | x | 0x7F7F7F7F7F7F7F7FL));
        }
        for (; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the export folder", e);
        }
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.getFileName(), e);
        }
    }
}
