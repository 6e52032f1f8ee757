package org.trailmark.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.trailmark.model.Flag;
import org.trailmark.model.SessionLog;
import org.trailmark.store.Workspace;

/**
 * One export pass's screen pictures: plans each session's observations, writes the pictures, reads
 * them back against the flags, and gathers the ImageFolder metadata rows per split and the counts the
 * manifest gives.
 */
final class ExportObservations implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Workspace workspace;
    private final ScreenMasking masking;
    private final int offsetMs;
    private final Path staging;
    private final ObservationWriter writer;
    private final Map<String, StringBuilder> rows = new TreeMap<>();
    private final Map<String, Integer> withheld = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();
    private int pictures;

    ExportObservations(Workspace workspace, ScreenMasking masking, int offsetMs, Path staging) {
        this.workspace = workspace;
        this.masking = masking;
        this.offsetMs = offsetMs;
        this.staging = staging;
        this.writer = new ObservationWriter(staging, masking);
    }

    static String folder(String split) {
        return "data/observations/" + split;
    }

    /** What each step of this session will observe; nothing is decoded yet. */
    SessionObservations plan(String sessionId, SessionLog log, List<Flag> flags, RedactedSession redacted,
                             String split, String sessionPseudonym) {
        return new SessionObservations(workspace.media().ofSession(sessionId), workspace.media()::file,
                PictureHiding.of(log, flags, redacted, masking), offsetMs, folder(split), sessionPseudonym);
    }

    /**
     * Decodes, masks, encodes and writes the pictures the session's records asked for, then reads them back:
     * a picture from a masked time or with detail in a masked region is a problem that fails the export.
     */
    void write(SessionObservations observations, String split, String sessionPseudonym, List<ObjectNode> records)
            throws IOException {
        countWithheld(records);
        List<SessionObservations.Request> requests = observations.requests();
        if (requests.isEmpty()) {
            return;
        }
        Files.createDirectories(staging.resolve(folder(split)));
        writer.write(requests);
        StringBuilder lines = rows.computeIfAbsent(split, s -> new StringBuilder());
        String prefix = folder(split) + "/";
        List<ObservationRows.Row> written = new ArrayList<>();
        for (SessionObservations.Request r : requests) {
            ObjectNode row = MAPPER.createObjectNode();
            // ImageFolder reads file_name relative to the metadata file's own folder.
            row.put("file_name", r.file().substring(prefix.length()));
            row.put("session_id", sessionPseudonym);
            row.put("at_ms", r.atMs());
            lines.append(MAPPER.writeValueAsString(row)).append('\n');
            written.add(new ObservationRows.Row(r.file(), sessionPseudonym, r.atMs()));
            pictures++;
        }
        // the same hiding the plan used: the session is not redacted or its media read a second time
        problems.addAll(new ObservationCheck(observations.hiding(), observations.media(), masking)
                .problems(staging, written));
    }

    private void countWithheld(List<ObjectNode> records) {
        for (ObjectNode record : records) {
            for (JsonNode step : record.path("actions")) {
                if (step.hasNonNull("observation_withheld")) {
                    withheld.merge(step.get("observation_withheld").asText(), 1, Integer::sum);
                }
            }
        }
    }

    /** The metadata file of every split that has pictures, by path in the dataset. */
    Map<String, byte[]> metadataFiles() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        rows.forEach((split, lines) -> files.put(folder(split) + "/" + Exporter.OBSERVATION_METADATA,
                lines.toString().getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    /** The splits with at least one picture. */
    Set<String> splits() {
        return rows.keySet();
    }

    List<String> problems() {
        return problems;
    }

    /** The manifest's {@code observations} object. */
    ObjectNode summary() {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("offset_ms", offsetMs);
        o.put("images", pictures);
        ObjectNode reasons = o.putObject("withheld_steps");
        withheld.forEach(reasons::put);
        return o;
    }

    @Override
    public void close() {
        writer.close();
    }
}
