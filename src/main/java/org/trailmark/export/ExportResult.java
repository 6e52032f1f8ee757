package org.trailmark.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How an export ended.
 *
 * @param problems verification problems; when not empty nothing was left in the output folder
 * @param records  records written per split name
 * @param exportId the manifest's export id: the first 16 hex digits of a SHA-256 over the sorted file
 *                 checksums, so the same files always give the same id
 */
public record ExportResult(Path out, Selection selection, Map<String, Integer> records, Map<String, Integer> redactions,
                           List<String> problems, String exportId) {
    public ExportResult {
        records = Map.copyOf(records);
        redactions = Map.copyOf(redactions);
        problems = List.copyOf(problems);
    }

    public boolean verified() {
        return problems.isEmpty();
    }
}
