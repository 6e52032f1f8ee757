package org.trailmark.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How an export ended.
 *
 * @param problems verification problems; when not empty nothing was left in the output folder
 * @param records  records written per split name
 */
public record ExportResult(Path out, Selection selection, Map<String, Integer> records, Map<String, Integer> redactions,
                           List<String> problems) {
    public ExportResult {
        records = Map.copyOf(records);
        redactions = Map.copyOf(redactions);
        problems = List.copyOf(problems);
    }

    public boolean verified() {
        return problems.isEmpty();
    }
}
