package org.trailmark.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.trailmark.model.Flag;
import org.trailmark.review.Times;
import org.trailmark.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "flags", description = "List the sensitive-data flags of a session, in time order.")
final class FlagsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SESSION", description = "Session id.")
    String sessionId;

    @Option(names = "--json", description = "Print a JSON array (id, start_ms, end_ms, category, source, status,"
            + " region: {x, y, width, height} in screen pixels, or null for a flag over its whole stretch).")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = common.openWorkspace()) {
            ReviewCli.requireSession(workspace, sessionId);
            List<Flag> flags = workspace.flags().ofSession(sessionId);
            if (json) {
                ArrayNode array = Json.array();
                for (Flag f : flags) {
                    ObjectNode n = array.addObject();
                    n.put("id", f.id());
                    n.put("start_ms", f.startMs());
                    n.put("end_ms", f.endMs());
                    n.put("category", f.category().wireName());
                    n.put("source", f.source().wireName());
                    n.put("status", f.status().wireName());
                    if (f.isRegion()) {
                        n.putObject("region").put("x", f.region().x()).put("y", f.region().y())
                                .put("width", f.region().width()).put("height", f.region().height());
                    } else {
                        n.putNull("region");
                    }
                }
                Json.print(out, array);
                return 0;
            }
            if (flags.isEmpty()) {
                out.println("No flags in " + sessionId + ".");
                out.flush();
                return 0;
            }
            out.printf("%6s  %-12s  %-12s  %-13s  %-8s  %-9s  %s%n", "ID", "START", "END", "CATEGORY", "SOURCE",
                    "STATUS", "REGION");
            for (Flag f : flags) {
                out.printf("%6d  %-12s  %-12s  %-13s  %-8s  %-9s  %s%n", f.id(), Times.format(f.startMs()),
                        Times.format(f.endMs()), f.category().wireName(), f.source().wireName(), f.status().wireName(),
                        f.isRegion() ? f.region() : "whole screen");
            }
            out.printf("%d flag%s%n", flags.size(), flags.size() == 1 ? "" : "s");
            out.flush();
            return 0;
        }
    }
}
