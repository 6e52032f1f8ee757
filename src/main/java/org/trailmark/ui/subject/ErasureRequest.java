package org.trailmark.ui.subject;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trailmark.store.DatasetExports;

/**
 * What the erasure dialog needs to explain the choice: whose data, which session is open (null
 * when none of theirs is), how many sessions there are, and the datasets that already took some.
 */
public record ErasureRequest(String subject, String openSessionId, int sessions,
                             List<DatasetExports.DatasetExport> earlierExports) {
    /** The word the person types to confirm. */
    public static final String CONFIRM_WORD = "erase";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public ErasureRequest {
        earlierExports = List.copyOf(earlierExports);
    }

    public boolean canEraseOpenSession() {
        return openSessionId != null;
    }

    /** What erasing does, in plain words. */
    public String consequences() {
        return "Erasing removes the recorded events, the tasks, the flags and the labels of the sessions you"
                + " choose, and rewrites the workspace file so the bytes are gone from it. The audit log keeps only"
                + " a note that a session was erased, without anything that was recorded. This cannot be undone.";
    }

    /** The datasets made before, which erasing here cannot reach; "" when there are none. */
    public String earlierExportsText() {
        if (earlierExports.isEmpty()) {
            return "";
        }
        Map<String, String> datasets = new LinkedHashMap<>();
        for (DatasetExports.DatasetExport e : earlierExports) {
            datasets.putIfAbsent(e.exportId(), DAY.format(e.at().atZone(ZoneOffset.UTC)));
        }
        List<String> lines = new ArrayList<>();
        datasets.forEach((id, day) -> lines.add("  " + id + " (exported " + day + ")"));
        return "Training datasets exported earlier already contain some of your sessions. Erasing here does not"
                + " change them; ask the people who keep them to delete your data, naming these datasets:\n"
                + String.join("\n", lines);
    }
}
