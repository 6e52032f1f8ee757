package org.trailmark.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import org.trailmark.store.DatasetExports;
import org.trailmark.store.Workspace;

/**
 * Reads written export files back and looks for flagged original values: as text, with separators
 * removed, and spelled by consecutive typing and single-key actions. Problems name the file and the
 * way a value showed, never the value.
 */
public final class ExportVerifier {
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
        if (!Files.isRegularFile(dir.resolve(Exporter.MANIFEST))) {
            return checkManifest(dir);
        }
        List<String> problems = new ArrayList<>();
        JsonNode manifest = parse(read(dir.resolve(Exporter.MANIFEST)));
        String exportId = manifest.path("export_id").asText("");
        // Erased sessions keep their audit entries but have nothing left to check against.
        Set<String> exported = exportId.isEmpty() ? Set.of() : new java.util.TreeSet<>(
                DatasetExports.sessionsOf(workspace, exportId).stream().filter(workspace::containsSession).toList());
        Set<String> originals = new HashSet<>();
        for (String id : exported) {
            originals.addAll(Redactor.redact(workspace.loadLog(id), workspace.flags(id)).originals());
        }
        int missing = manifest.path("sessions").size() - exported.size();
        if (missing > 0) {
            problems.add(missing + " session(s) listed in the manifest are not in this workspace:"
                    + " their flagged values could not be checked");
        }
        problems.addAll(verifyWritten(dir, originals));
        return problems;
    }

    /** Compares every file the manifest lists with its recorded SHA-256 and record count. */
    public static List<String> checkManifest(Path dir) {
        return verifyWritten(dir, Set.of());
    }

    /**
     * The export's own check of what it wrote: each file is read back once, looked through for the
     * flagged values and compared with the manifest, which must list it with its checksum.
     */
    static List<String> verifyWritten(Path dir, Set<String> originals) {
        List<String> problems = new ArrayList<>();
        Path manifest = dir.resolve(Exporter.MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            problems.add(Exporter.MANIFEST + " is missing");
        }
        LeakScanner scanner = new LeakScanner(originals);
        JsonNode listed = problems.isEmpty() ? parse(read(manifest)).path("files") : MAPPER.createObjectNode();
        Set<String> unseen = new java.util.TreeSet<>();
        listed.fieldNames().forEachRemaining(unseen::add);
        for (Path file : files(dir)) {
            String name = dir.relativize(file).toString().replace('\\', '/');
            boolean isListed = listed.has(name);
            if (scanner.isEmpty() && !isListed) {
                continue;
            }
            byte[] bytes = readBytes(file);
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

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("an export file is not valid JSON", e);
        }
    }

    private static String read(Path file) {
        return new String(readBytes(file), StandardCharsets.UTF_8);
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.getFileName(), e);
        }
    }
}
