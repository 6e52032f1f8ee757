package org.trailmark.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trailmark.model.Flag;
import org.trailmark.privacy.Finding;
import org.trailmark.privacy.ContextScanner;
import org.trailmark.review.FindingsService;
import org.trailmark.review.Times;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "scan", description = "Find passwords, personal data and secrets in what a session reveals "
        + "(typed and deleted text, password fields, window titles) and store them as suggested flags. "
        + "Previews are masked. A rescan keeps every flag a reviewer confirmed or rejected as it is.")
final class ScanCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SESSION", description = "Session id (or --all).")
    String sessionId;

    @Option(names = "--all", description = "Scan every session in the workspace.")
    boolean all;

    @Option(names = "--json", description = "Print a JSON array of {session, kind, start_ms, end_ms, confidence, source, preview}.")
    boolean json;

    @Option(names = "--reviewer", paramLabel = "NAME", description = "Name for the audit log (default: the remembered reviewer).")
    String reviewer;

    private record Row(String session, Finding finding, Flag stored) {
    }

    @Override
    public Integer call() {
        if (all == (sessionId != null)) {
            throw new UserError("name one SESSION or give --all");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Row> rows = new ArrayList<>();
        try (Workspace workspace = common.openWorkspace()) {
            List<String> ids = new ArrayList<>();
            if (all) {
                for (SessionSummary s : workspace.sessions().all()) {
                    ids.add(s.info().id());
                }
            } else {
                ReviewCli.requireSession(workspace, sessionId);
                ids.add(sessionId);
            }
            FindingsService store = new FindingsService(workspace, ReviewCli.service(workspace, reviewer).actor());
            for (String id : ids) {
                List<Finding> findings = ContextScanner.scanWithContext(workspace.sessions().storedEvents(id),
                        workspace.context().ofSession(id));
                List<Flag> drafts = new ArrayList<>(findings.size());
                for (Finding f : findings) {
                    drafts.add(f.toFlag(id));
                }
                List<Flag> stored = store.store(id, drafts).flags();
                for (int i = 0; i < findings.size(); i++) {
                    rows.add(new Row(id, findings.get(i), stored.get(i)));
                }
            }
        }
        if (json) {
            ArrayNode array = Json.array();
            for (Row r : rows) {
                ObjectNode n = array.addObject();
                n.put("session", r.session);
                n.put("kind", r.finding.kind().wireName());
                n.put("start_ms", r.finding.startMs());
                n.put("end_ms", r.finding.endMs());
                n.put("confidence", Math.round(r.finding.confidence() * 100) / 100.0);
                n.put("source", r.stored.source().wireName());
                n.put("preview", r.finding.preview());
            }
            Json.print(out, array);
            return 0;
        }
        if (rows.isEmpty()) {
            out.println("Nothing sensitive found.");
            out.flush();
            return 0;
        }
        out.printf("%-28s  %-14s  %-12s  %-12s  %4s  %-9s  %s%n", "SESSION", "KIND", "START", "END", "CONF",
                "STATUS", "PREVIEW");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%-28s  %-14s  %-12s  %-12s  %4.2f  %-9s  %s%n", r.session,
                    r.finding.kind().wireName(), Times.format(r.finding.startMs()), Times.format(r.finding.endMs()),
                    r.finding.confidence(), r.stored.status().wireName(), r.finding.preview());
        }
        out.printf("%d finding%s%n", rows.size(), rows.size() == 1 ? "" : "s");
        out.flush();
        return 0;
    }
}
