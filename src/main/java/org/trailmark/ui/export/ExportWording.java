package org.trailmark.ui.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.trailmark.export.ExclusionReason;
import org.trailmark.export.ExportFilter;
import org.trailmark.export.ExportFormat;
import org.trailmark.export.ExportOptions;
import org.trailmark.export.ExportResult;
import org.trailmark.export.Exporter;
import org.trailmark.export.Selection;
import org.trailmark.model.Task;

/**
 * What the export wizard says, in plain words: what the choices take and leave out, how a run ended,
 * why it could not run. Only counts, rules and folder names: never captured content.
 */
final class ExportWording {
    static final String CANCELLED_TEXT = "Export cancelled — nothing was written. You can change the choices "
            + "and start again.";

    private ExportWording() {
    }

    /** Exporter messages name folders and rules, never captured content; anything else is named by kind only. */
    static String inWords(Throwable failure) {
        if (failure instanceof IllegalArgumentException) {
            return failure.getMessage();
        }
        if (failure instanceof UncheckedIOException io) {
            IOException cause = io.getCause();
            if (cause instanceof AccessDeniedException) {
                return io.getMessage() + ": no permission to write there";
            }
            if (cause instanceof FileSystemException fs && fs.getReason() != null) {
                return io.getMessage() + ": " + fs.getReason().toLowerCase(Locale.ROOT);
            }
            return io.getMessage();
        }
        return "an unexpected problem (" + failure.getClass().getSimpleName() + ")";
    }

    static String describe(Selection selection) {
        int in = selection.included().size();
        StringBuilder text = new StringBuilder()
                .append(in == 1 ? "1 session will be exported" : in + " sessions will be exported");
        List<String> reasons = new ArrayList<>();
        for (ExclusionReason reason : ExclusionReason.values()) {
            int count = selection.excluded().getOrDefault(reason, 0);
            if (count > 0) {
                reasons.add(count + " " + reasonText(reason));
            }
        }
        text.append(reasons.isEmpty() ? "; none excluded." : "; excluded: " + String.join(", ", reasons) + ".");
        return text.toString();
    }

    static String reasonText(ExclusionReason reason) {
        return switch (reason) {
            case NO_PERSON_ASSIGNED -> "with no person assigned";
            case NO_TRAINING_CONSENT -> "without training consent";
            case CONSENT_WITHDRAWN -> "withdrawn";
            case NOT_APPROVED -> "not approved yet";
            case REJECTED -> "rejected";
            case FILTERED_OUT -> "filtered out";
        };
    }

    /**
     * Label and outcome are checked exactly; an app filter is checked against the apps of the whole
     * session, since which apps a task touched is only known once its events are read while writing.
     */
    static String describeTasks(Selection chosen, ExportFilter filter, Function<String, List<Task>> tasksOf) {
        int total = 0;
        int kept = 0;
        for (Selection.Chosen c : chosen.included()) {
            for (Task task : tasksOf.apply(c.session().id())) {
                total++;
                if (filter.takesTask(task, c.session().apps())) {
                    kept++;
                }
            }
        }
        if (total == 0) {
            return chosen.included().isEmpty() ? ""
                    : "These sessions have no tasks yet, so they give no trajectory records.";
        }
        String tasks = total == 1 ? "task" : "tasks";
        if (filter.labels().isEmpty() && filter.outcomes().isEmpty() && filter.apps().isEmpty()) {
            return total + " " + tasks + " in these sessions, one trajectory record each.";
        }
        if (filter.apps().isEmpty()) {
            return kept + " of " + total + " " + tasks + " match the label and outcome filters.";
        }
        return "At most " + kept + " of " + total + " " + tasks
                + " match the filters; apps are checked per task while writing.";
    }

    static String verifiedText(ExportResult done, ExportOptions options) {
        int sessions = done.selection().included().size();
        List<String> written = new ArrayList<>();
        int total = done.records().values().stream().mapToInt(Integer::intValue).sum();
        if (options.writes(ExportFormat.TRAJECTORIES)) {
            List<String> perSplit = new ArrayList<>();
            for (String name : Exporter.SPLITS) {
                perSplit.add(name + " " + done.records().getOrDefault(name, 0));
            }
            written.add(String.format(Locale.ROOT, "%d trajectory %s (%s)", total, total == 1 ? "record" : "records",
                    String.join(", ", perSplit)));
        }
        if (options.writes(ExportFormat.EVENTS)) {
            written.add("redacted event streams");
        }
        if (options.writes(ExportFormat.KEYSTROKES)) {
            written.add("keystroke timings");
        }
        int redacted = done.redactions().values().stream().mapToInt(Integer::intValue).sum();
        return String.format(Locale.ROOT,
                "Verified. Written from %d %s: %s; %d %s redacted. "
                        + "No flagged value appears in any file and every checksum matches the manifest.",
                sessions, sessions == 1 ? "session" : "sessions", String.join(", ", written),
                redacted, redacted == 1 ? "item" : "items")
                + (options.writes(ExportFormat.TRAJECTORIES) && total == 0
                        ? " No trajectory was written: the sessions have no tasks yet, or the filters left none."
                        : "");
    }

    static String failedText(ExportResult done) {
        List<String> problems = done.problems();
        String first = problems.subList(0, Math.min(3, problems.size())).stream()
                .map(p -> "• " + p).reduce((a, b) -> a + "\n" + b).orElse("");
        String more = problems.size() > 3 ? "\n… and " + (problems.size() - 3) + " more" : "";
        return "Verification failed, so nothing was kept in the output folder. " + problems.size()
                + (problems.size() == 1 ? " problem:\n" : " problems:\n") + first + more;
    }
}
