package org.trailmark.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a dataset's observation pictures must agree on, checkable without the workspace: every picture
 * the manifest lists has a metadata row and every row a listed picture; every step's observation is a
 * listed picture of the same session, taken the manifest's offset before the step. Problems name files
 * and steps, never content.
 */
final class ObservationConsistency {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ObservationConsistency() {
    }

    static List<String> problems(Path dir, JsonNode manifest) {
        List<String> problems = new ArrayList<>();
        List<String> pictures = new ArrayList<>();
        manifest.path("files").fieldNames().forEachRemaining(name -> {
            if (ExportVerifier.isPicture(name)) {
                pictures.add(name);
            }
        });
        boolean screens = manifest.has("observations");
        if (!screens) {
            pictures.forEach(p -> problems.add(p + ": a picture in an export the manifest says has no screens"));
            return problems;
        }
        List<ObservationRows.Row> rows = ObservationRows.read(dir, problems);
        Map<String, ObservationRows.Row> byFile = new HashMap<>();
        for (ObservationRows.Row row : rows) {
            if (byFile.put(row.file(), row) != null) {
                problems.add(row.file() + ": more than one metadata row");
            }
            if (!pictures.contains(row.file())) {
                problems.add(row.file() + ": in the observation metadata but not listed in the manifest");
            }
        }
        for (String picture : new TreeSet<>(pictures)) {
            if (!byFile.containsKey(picture)) {
                problems.add(picture + ": no observation metadata row names it");
            }
        }
        int offset = manifest.path("observations").path("offset_ms").asInt(ExportOptions.DEFAULT_OBSERVATION_OFFSET_MS);
        for (String split : Exporter.SPLITS) {
            problems.addAll(steps(dir, "data/" + split + ".jsonl", byFile, offset));
        }
        return problems;
    }

    private static List<String> steps(Path dir, String name, Map<String, ObservationRows.Row> byFile, int offset) {
        List<String> problems = new ArrayList<>();
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            return problems;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        for (String line : lines) {
            JsonNode record;
            try {
                record = MAPPER.readTree(line);
            } catch (IOException e) {
                continue; // the record count and checksum checks report a damaged line
            }
            String task = record.path("task_id").asText();
            int start = record.path("start_ms").asInt();
            int index = 0;
            for (JsonNode step : record.path("actions")) {
                index++;
                JsonNode observation = step.get("observation");
                if (observation == null || observation.isNull()) {
                    continue;
                }
                String where = name + ": task " + task + " step " + index + ": ";
                ObservationRows.Row row = byFile.get(observation.asText());
                if (row == null) {
                    problems.add(where + "its observation is not a picture the dataset lists");
                } else if (!row.sessionId().equals(record.path("session_id").asText())) {
                    problems.add(where + "its observation shows another session");
                } else if (row.atMs() != start + step.path("t").asInt() - offset) {
                    problems.add(where + "its observation was not taken " + offset + " ms before the action");
                }
            }
        }
        return problems;
    }
}
