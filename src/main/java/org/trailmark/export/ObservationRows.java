package org.trailmark.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The rows of an export's observation metadata files: which picture shows which session at which time. */
final class ObservationRows {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * @param file   the picture's path inside the dataset
     * @param atMs   session time of the picture, or -1 when the row does not say
     */
    record Row(String file, String sessionId, int atMs) {
    }

    private ObservationRows() {
    }

    /** Every row of every split's metadata file; a line that is not a row is a problem. */
    static List<Row> read(Path dir, List<String> problems) {
        List<Row> rows = new ArrayList<>();
        for (String split : Exporter.SPLITS) {
            String name = Exporter.observationFolder(split) + "/" + Exporter.OBSERVATION_METADATA;
            Path file = dir.resolve(name);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
            for (int i = 0; i < lines.size(); i++) {
                try {
                    JsonNode row = MAPPER.readTree(lines.get(i));
                    String fileName = row.path("file_name").asText("");
                    if (fileName.isEmpty() || fileName.contains("/") || fileName.contains("\\")) {
                        problems.add(name + ":" + (i + 1) + ": file_name must name a picture in the same folder");
                        continue;
                    }
                    rows.add(new Row(Exporter.observationFolder(split) + "/" + fileName,
                            row.path("session_id").asText(""), row.path("at_ms").asInt(-1)));
                } catch (IOException e) {
                    problems.add(name + ":" + (i + 1) + ": not a JSON object");
                }
            }
        }
        return rows;
    }
}
