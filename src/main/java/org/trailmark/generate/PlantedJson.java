package org.trailmark.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code planted.json}: where each sample session's planted sensitive content is, with
 * its (fake) value, so that detection and export tests have ground truth. Written by hand so
 * that key order and layout never change.
 */
final class PlantedJson {
    /** One session's entries and the file or folder it was written to, relative to the sample folder. */
    record Entry(String sessionId, String path, List<PlantedSecret> planted) {
    }

    private PlantedJson() {
    }

    static void write(Path file, long seed, String format, List<Entry> entries) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\n");
            out.write("  \"generator\": " + quote(SessionGenerator.CAPTURE_TOOL) + ",\n");
            out.write("  \"generator_version\": " + quote(SessionGenerator.VERSION) + ",\n");
            out.write("  \"seed\": " + Long.toUnsignedString(seed) + ",\n");
            out.write("  \"format\": " + quote(format) + ",\n");
            out.write("  \"note\": " + quote("Every value is fake: documented example keys, test card numbers, "
                    + "example.com/example.org addresses, fictional 555-01xx phone numbers. Times are ms from "
                    + "session start; the value was typed, typos corrected, within [start_ms, end_ms].") + ",\n");
            out.write("  \"planted\": [");
            boolean first = true;
            for (Entry entry : entries) {
                for (PlantedSecret secret : entry.planted()) {
                    out.write(first ? "\n" : ",\n");
                    first = false;
                    out.write("    {\"session\": " + quote(entry.sessionId())
                            + ", \"path\": " + quote(entry.path())
                            + ", \"kind\": " + quote(secret.kind().wireName())
                            + ", \"value\": " + quote(secret.value())
                            + ", \"start_ms\": " + secret.startMs()
                            + ", \"end_ms\": " + secret.endMs() + "}");
                }
            }
            out.write(first ? "]\n" : "\n  ]\n");
            out.write("}\n");
        }
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
