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
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.trailmark.store.Workspace;

/**
 * Reads written export files back and looks for flagged original values: as text, with separators
 * removed, and spelled by consecutive typing and single-key actions. Problems name the file and the
 * way a value showed, never the value.
 */
public final class ExportVerifier {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    // Without separators short values would match unrelated runs of letters and digits.
    private static final int MIN_COMPACT_LENGTH = 6;

    private ExportVerifier() {
    }

    public static List<String> findLeaks(Path dir, Set<String> originals) {
        List<String> problems = new ArrayList<>();
        List<String> checked = originals.stream().filter(o -> o.length() >= Redactor.MIN_CHECKED_LENGTH).toList();
        if (checked.isEmpty()) {
            return problems;
        }
        for (Path file : files(dir)) {
            String raw = read(file);
            StringBuilder decoded = new StringBuilder();
            StringBuilder spelled = new StringBuilder();
            if (file.getFileName().toString().endsWith(".jsonl")) {
                for (String line : raw.split("\n")) {
                    if (!line.isBlank()) {
                        JsonNode record = parse(line);
                        collectStrings(record, decoded);
                        if (record.has("actions")) {
                            spelled.append('\u0000').append(spelling(record)).append('\u0000');
                        } else {
                            spelled.append(eventSpelling(record));
                        }
                    }
                }
            } else if (file.getFileName().toString().endsWith(".json")) {
                collectStrings(parse(raw), decoded);
            } else if (file.getFileName().toString().endsWith(".tsv")) {
                spelled.append(tableSpelling(raw));
            }
            String name = dir.relativize(file).toString().replace('\\', '/');
            String text = raw + "\u0000" + decoded;
            String compact = compact(text);
            String spelledCompact = compact(spelled.toString());
            for (String value : checked) {
                String valueCompact = compact(value);
                if (text.contains(value)) {
                    problems.add(name + ": a flagged value appears as text");
                } else if (valueCompact.length() >= MIN_COMPACT_LENGTH && compact.contains(valueCompact)) {
                    problems.add(name + ": a flagged value appears with its separators removed");
                } else if (spelled.toString().contains(value) || (valueCompact.length() >= MIN_COMPACT_LENGTH
                        && spelledCompact.contains(valueCompact))) {
                    problems.add(name + ": a flagged value is spelled by consecutive key actions");
                }
            }
        }
        return problems;
    }

    /**
     * The full check of a written folder against the workspace it came from: manifest checksums, then
     * every flagged value of every listed session. A listed session missing from the workspace is a
     * problem, since its values cannot be looked for.
     */
    public static List<String> verifyFolder(Workspace workspace, Path dir) {
        List<String> problems = new ArrayList<>(checkManifest(dir));
        if (!Files.isRegularFile(dir.resolve(Exporter.MANIFEST))) {
            return problems;
        }
        Set<String> originals = new HashSet<>();
        int missing = 0;
        for (JsonNode session : parse(read(dir.resolve(Exporter.MANIFEST))).path("sessions")) {
            String id = session.path("session_id").asText();
            if (!workspace.containsSession(id)) {
                missing++;
                continue;
            }
            originals.addAll(Redactor.redact(workspace.loadLog(id), workspace.flags(id)).originals());
        }
        if (missing > 0) {
            problems.add(missing + " session(s) listed in the manifest are not in this workspace:"
                    + " their flagged values could not be checked");
        }
        problems.addAll(findLeaks(dir, originals));
        return problems;
    }

    /** Compares every file the manifest lists with its recorded SHA-256 and record count. */
    public static List<String> checkManifest(Path dir) {
        List<String> problems = new ArrayList<>();
        Path manifest = dir.resolve(Exporter.MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            problems.add(Exporter.MANIFEST + " is missing");
            return problems;
        }
        JsonNode files = parse(read(manifest)).path("files");
        Iterator<Map.Entry<String, JsonNode>> it = files.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Path file = dir.resolve(e.getKey()).normalize();
            if (!file.startsWith(dir.normalize()) || !Files.isRegularFile(file)) {
                problems.add(e.getKey() + ": listed in the manifest but missing");
                continue;
            }
            byte[] bytes = readBytes(file);
            if (!sha256(bytes).equals(e.getValue().path("sha256").asText())) {
                problems.add(e.getKey() + ": checksum differs from the manifest");
            }
            // A table's header line is not a record.
            long headerLines = e.getKey().endsWith(".tsv") ? 1 : 0;
            if (e.getValue().has("records") && e.getValue().get("records").asLong() + headerLines != lines(bytes)) {
                problems.add(e.getKey() + ": record count differs from the manifest");
            }
        }
        return problems;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    static long lines(byte[] bytes) {
        long n = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }

    /** Typing and single keys of one record in order: how a value typed key by key would read. */
    private static String spelling(JsonNode record) {
        StringBuilder s = new StringBuilder();
        for (JsonNode action : record.path("actions")) {
            String type = action.path("type").asText();
            if (type.equals("type")) {
                s.append(action.path("text").asText());
            } else if (type.equals("key") && action.path("keys").size() == 1) {
                String key = action.path("keys").get(0).asText();
                s.append(key.length() == 1 ? key : key.equals("space") ? " " : "\u0000");
            } else if (!type.equals("wait")) {
                s.append('\u0000');
            }
        }
        return s.toString();
    }

    /**
     * One line of a native event stream: key presses add their text, moves, wheels and releases leave
     * a run of typing unbroken, anything else (a click, a focus change) ends it.
     */
    private static String eventSpelling(JsonNode event) {
        String type = event.path("type").asText();
        return switch (type) {
            case "key_down" -> event.path("text").isTextual() ? event.path("text").asText() : "";
            case "key_up", "pointer_move", "wheel" -> "";
            default -> "\u0000";
        };
    }

    /** The key code column of a keystroke table read as the characters those keys type. */
    private static String tableSpelling(String table) {
        StringBuilder s = new StringBuilder();
        String[] rows = table.split("\n");
        for (int r = 1; r < rows.length; r++) {
            String[] cells = rows[r].split("\t", -1);
            String code = cells.length > 2 ? cells[2] : "";
            if (code.startsWith("Key") && code.length() == 4) {
                s.append(Character.toLowerCase(code.charAt(3)));
            } else if (code.startsWith("Digit") && code.length() == 6) {
                s.append(code.charAt(5));
            } else if (code.equals("Space")) {
                s.append(' ');
            } else if (!code.startsWith("Shift")) {
                s.append('\u0000');
            }
        }
        return s.toString();
    }

    private static String compact(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit)
                .forEach(cp -> out.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT)));
        return out.toString();
    }

    private static void collectStrings(JsonNode node, StringBuilder out) {
        if (node.isTextual()) {
            out.append(node.asText()).append('\u0000');
        } else if (node.isContainerNode()) {
            node.fieldNames().forEachRemaining(n -> out.append(n).append('\u0000'));
            node.elements().forEachRemaining(child -> collectStrings(child, out));
        }
    }

    private static List<Path> files(Path dir) {
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
