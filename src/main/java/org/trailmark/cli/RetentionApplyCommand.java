package org.trailmark.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.trailmark.governance.RetentionRun;
import org.trailmark.governance.RetentionService;
import org.trailmark.governance.SessionExpiry;
import org.trailmark.store.Workspace;
import org.trailmark.store.WorkspaceException;
import org.trailmark.store.WorkspaceLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "apply", description = "List the sessions whose retention period ended, then erase them (as erase"
        + " does: vacuumed, audited, a tombstone each), one at a time; held sessions and sessions kept while cited"
        + " are skipped, saying why. Exit 1 when an erasure failed.")
final class RetentionApplyCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--dry-run", description = "Only list what would be erased; change nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the run as a JSON object.")
    boolean json;

    @Option(names = "--by", paramLabel = "NAME", description = "Who erases, for the audit log.")
    String by;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<WorkspaceLock> lock = dryRun || common.isTeam() ? Optional.empty()
                : WorkspaceLock.tryAcquire(common.existingWorkspaceFile());
        if (!dryRun && !common.isTeam() && lock.isEmpty()) {
            return GovernanceCli.fail(err, "workspace " + common.workspaceFile() + " is open in a Trailmark window;"
                    + " close it and try again; nothing erased");
        }
        try (WorkspaceLock held = lock.orElse(null); Workspace workspace = common.openWorkspace()) {
            Instant now = Instant.now();
            RetentionRun run;
            try {
                run = new RetentionService(workspace).apply(now, dryRun, GovernanceCli.actor(workspace, by));
            } catch (WorkspaceException e) {
                return GovernanceCli.fail(err, e.getMessage());
            }
            if (json) {
                Json.print(out, json(run, now));
            } else {
                print(out, run);
            }
            for (RetentionRun.Failed f : run.failed()) {
                err.println("trailmark: error: " + f.message());
            }
            err.flush();
            return run.failed().isEmpty() ? 0 : 1;
        }
    }

    private static void print(PrintWriter out, RetentionRun run) {
        if (run.erase().isEmpty()) {
            out.println("No session is due for erasure.");
        } else {
            out.println((run.dryRun() ? "Would erase " : "Erased ") + run.erase().size() + " expired session(s):");
            for (SessionExpiry e : run.erase()) {
                out.printf("  %s (kept for %s until %s)%n", e.sessionId(), e.purpose(), GovernanceCli.day(e.expiresAt()));
            }
        }
        for (RetentionRun.Skipped s : run.skipped()) {
            out.printf("Skipped %s: %s%n", s.session().sessionId(), s.why());
        }
        for (RetentionRun.Failed f : run.failed()) {
            out.printf("Failed %s: see the error below%n", f.session().sessionId());
        }
        if (run.dryRun()) {
            out.println("Dry run: nothing was erased.");
        }
        out.flush();
    }

    private static ObjectNode json(RetentionRun run, Instant now) {
        ObjectNode root = Json.object();
        root.put("dry_run", run.dryRun());
        ArrayNode erase = root.putArray(run.dryRun() ? "would_erase" : "erased");
        run.erase().forEach(e -> erase.add(GovernanceCli.json(e, now)));
        ArrayNode skipped = root.putArray("skipped");
        for (RetentionRun.Skipped s : run.skipped()) {
            skipped.addObject().put("session", s.session().sessionId()).put("why", s.why());
        }
        ArrayNode failed = root.putArray("failed");
        for (RetentionRun.Failed f : run.failed()) {
            failed.addObject().put("session", f.session().sessionId()).put("error", f.message());
        }
        return root;
    }
}
