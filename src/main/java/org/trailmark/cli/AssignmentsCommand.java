package org.trailmark.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.trailmark.store.Assignment;
import org.trailmark.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "assignments", description = "List who labels which session: assignments, claims (and until when)"
        + " and submissions, oldest session first.")
final class AssignmentsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--session", paramLabel = "SESSION", description = "Only this session.")
    String sessionId;

    @Option(names = "--json", description = "Print a JSON array (session, labeler, assigned_by, assigned_at, taken,"
            + " claimed_until, claim_live, submitted_at).")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = common.openWorkspace()) {
            List<Assignment> rows;
            if (sessionId != null) {
                ReviewCli.requireSession(workspace, sessionId);
                rows = workspace.assignments().ofSession(sessionId);
            } else {
                rows = workspace.assignments().all();
            }
            Instant now = Instant.now();
            if (json) {
                ArrayNode array = Json.array();
                for (Assignment a : rows) {
                    ObjectNode n = array.addObject();
                    n.put("session", a.sessionId());
                    n.put("labeler", a.labeler());
                    n.put("assigned_by", a.assignedBy());
                    n.put("assigned_at", a.assignedAt().toString());
                    n.put("taken", a.taken());
                    n.put("claimed_until", text(a.claimedUntil()));
                    n.put("claim_live", a.claimLiveAt(now));
                    n.put("submitted_at", text(a.submittedAt()));
                }
                Json.print(out, array);
                return 0;
            }
            if (rows.isEmpty()) {
                out.println("No session is assigned or claimed. Assign one with: trailmark assign SESSION --to USER");
                out.flush();
                return 0;
            }
            out.printf("%-24s  %-16s  %-16s  %s%n", "SESSION", "LABELER", "BY", "STATE");
            for (Assignment a : rows) {
                out.printf("%-24s  %-16s  %-16s  %s%n", a.sessionId(), a.labeler(),
                        a.taken() ? "(took it)" : a.assignedBy(), state(a, now));
            }
            out.printf("%d row%s%n", rows.size(), rows.size() == 1 ? "" : "s");
            out.flush();
            return 0;
        }
    }

    private static String state(Assignment a, Instant now) {
        if (a.submittedAt() != null) {
            return "submitted " + a.submittedAt();
        }
        if (a.claimLiveAt(now)) {
            return "claimed until " + a.claimedUntil();
        }
        return a.claimedUntil() == null ? "not started" : "claim lapsed " + a.claimedUntil();
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
