package org.trailmark.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.trailmark.ingest.ContextImportService;
import org.trailmark.ingest.ContextReport;
import org.trailmark.ingest.ContextTargets;
import org.trailmark.model.Flag;
import org.trailmark.privacy.ContextScanner;
import org.trailmark.review.FindingsService;
import org.trailmark.store.Workspace;

/**
 * {@code import --context FILE…}: each export's spans go to the sessions they overlap, and every
 * session that gained spans is scanned again (its titles and URLs are captured content) unless
 * {@code --no-scan}.
 */
final class ContextImportRun {
    private final Workspace workspace;
    private final boolean noScan;
    private final ContextTargets targets;
    private final String actor = System.getProperty("user.name", "cli");

    ContextImportRun(Workspace workspace, boolean noScan, ContextTargets targets) {
        this.workspace = workspace;
        this.noScan = noScan;
        this.targets = targets;
    }

    /** Imports every file, printing text (or one JSON array with --json); returns the worst exit code. */
    int run(List<Path> files, boolean json, PrintWriter out) {
        if (json) {
            ArrayNode array = Json.array();
            int exit = runInto(files, array);
            Json.print(out, array);
            return exit;
        }
        int exit = 0;
        for (Path file : files) {
            ContextReport report = importOne(file);
            ContextImportOutput.printText(out, report);
            int suggested = scan(report);
            if (suggested > 0) {
                out.printf("Sensitive-data scan: %,d possible sensitive span(s) in the sessions that gained context,"
                        + " kept as suggestions (trailmark flags SESSION).%n", suggested);
                out.flush();
            }
            exit = Math.max(exit, report.exitCode());
        }
        return exit;
    }

    /** Imports every file, one JSON object each into {@code array}; returns the worst exit code. */
    int runInto(List<Path> files, ArrayNode array) {
        int exit = 0;
        for (Path file : files) {
            ContextReport report = importOne(file);
            var node = ContextImportOutput.toJson(report);
            if (!noScan) {
                node.put("suggested_flags", scan(report));
            }
            array.add(node);
            exit = Math.max(exit, report.exitCode());
        }
        return exit;
    }

    private ContextReport importOne(Path file) {
        return new ContextImportService(workspace, actor).importContext(file, targets);
    }

    /** Scans the sessions that gained spans; returns the suggestions stored. */
    private int scan(ContextReport report) {
        if (noScan) {
            return 0;
        }
        FindingsService findings = new FindingsService(workspace, actor);
        int found = 0;
        for (ContextReport.Touched t : report.touched()) {
            if (t.addedTotal() > 0) {
                List<Flag> flags = ContextScanner.suggestedFlags(workspace.sessions().storedEvents(t.sessionId()),
                        workspace.context().ofSession(t.sessionId()), t.sessionId());
                findings.store(t.sessionId(), flags);
                found += flags.size();
            }
        }
        return found;
    }
}
