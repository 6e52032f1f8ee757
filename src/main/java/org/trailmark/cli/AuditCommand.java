package org.trailmark.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.trailmark.store.AuditActions;
import org.trailmark.store.AuditEntry;
import org.trailmark.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "audit", description = "Show the append-only audit log: who did what to which session, and when.")
final class AuditCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--session", paramLabel = "S", description = "Only this session's entries.")
    String sessionId;

    @Option(names = "--action", paramLabel = "A", completionCandidates = KnownActions.class,
            description = "Only this action: ${COMPLETION-CANDIDATES}.")
    String action;

    @Option(names = "--json", description = "Print a JSON array (id, at, actor, action, session, detail).")
    boolean json;

    @Override
    public Integer call() {
        if (action != null && !AuditActions.ALL.contains(action)) {
            throw new UserError("--action must be one of " + String.join(", ", AuditActions.ALL) + ", not '"
                    + action + "'");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = common.openWorkspace()) {
            List<AuditEntry> entries = workspace.audit().entries(sessionId).stream()
                    .filter(e -> action == null || action.equals(e.action())).toList();
            if (json) {
                ArrayNode array = Json.array();
                for (AuditEntry e : entries) {
                    ObjectNode n = array.addObject();
                    n.put("id", e.id());
                    n.put("at", e.at().toString());
                    n.put("actor", e.actor());
                    n.put("action", e.action());
                    n.put("session", e.sessionId());
                    n.put("detail", e.detail());
                }
                Json.print(out, array);
                return 0;
            }
            if (entries.isEmpty()) {
                out.println("No audit entries" + (sessionId == null ? "" : " for session " + sessionId)
                        + (action == null ? "" : " with action " + action) + ".");
                out.flush();
                return 0;
            }
            out.printf("%-24s  %-16s  %-8s  %-30s  %s%n", "AT", "ACTOR", "ACTION", "SESSION", "DETAIL");
            for (AuditEntry e : entries) {
                out.printf("%-24s  %-16s  %-8s  %-30s  %s%n", e.at(), e.actor(), e.action(),
                        e.sessionId() == null ? "-" : e.sessionId(), e.detail() == null ? "" : e.detail());
            }
            out.flush();
            return 0;
        }
    }

    /** The actions, for the option's help. */
    static final class KnownActions implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return AuditActions.ALL.iterator();
        }
    }
}
