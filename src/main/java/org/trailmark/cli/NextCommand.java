package org.trailmark.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.trailmark.store.Claim;
import org.trailmark.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "next", description = "Take the next session for me: my oldest assigned, unsubmitted session,"
        + " else the oldest one nobody is assigned or working on; claimed for me for the workspace's claim time"
        + " (setting claim_minutes, default 30). Each edit renews the claim; an abandoned claim lapses.")
final class NextCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    ActingUser user;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print a JSON object (session, labeler, claimed_until, assigned),"
            + " or null when there is nothing to take.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = common.openWorkspace()) {
            String me = user.name(workspace);
            Optional<Claim> claim = workspace.assignments().next(me);
            if (json) {
                if (claim.isEmpty()) {
                    Json.print(out, Json.MAPPER.nullNode());
                    return 0;
                }
                ObjectNode n = Json.object();
                n.put("session", claim.get().session().id());
                n.put("labeler", claim.get().labeler());
                n.put("claimed_until", claim.get().until().toString());
                n.put("assigned", claim.get().assigned());
                Json.print(out, n);
                return 0;
            }
            if (claim.isEmpty()) {
                out.printf("Nothing for %s: every session is reviewed, assigned to someone else or being worked on.%n",
                        me);
            } else {
                out.printf("%s is yours until %s (%s).%n", claim.get().session().id(), claim.get().until(),
                        claim.get().assigned() ? "assigned to you" : "taken from the open queue");
            }
            out.flush();
            return 0;
        }
    }
}
