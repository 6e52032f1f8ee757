package org.trailmark.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.trailmark.model.Task;
import org.trailmark.review.Times;
import org.trailmark.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "tasks", description = "List the tasks of a session, in time order.")
final class TasksCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    UserOption user;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SESSION", description = "Session id.")
    String sessionId;

    @Option(names = "--json", description = "Print a JSON array (id, start_ms, end_ms, instruction, label, outcome).")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = common.openWorkspace()) {
            ReviewCli.requireSession(workspace, sessionId);
            // A labeler of a double-labelled session sees their own version.
            List<Task> tasks = ReviewCli.plainly(() -> user.serviceFor(workspace).tasks(sessionId));
            if (json) {
                ArrayNode array = Json.array();
                for (Task t : tasks) {
                    ObjectNode n = array.addObject();
                    n.put("id", t.id());
                    n.put("start_ms", t.startMs());
                    n.put("end_ms", t.endMs());
                    n.put("instruction", t.instruction());
                    n.put("label", t.label());
                    n.put("outcome", t.outcome() == null ? null : t.outcome().wireName());
                }
                Json.print(out, array);
                return 0;
            }
            if (tasks.isEmpty()) {
                out.println("No tasks in " + sessionId + ". Add one with: trailmark task add " + sessionId
                        + " --from T --to T --instruction TEXT");
                out.flush();
                return 0;
            }
            out.printf("%6s  %-12s  %-12s  %-9s  %-14s  %s%n", "ID", "START", "END", "OUTCOME", "LABEL", "INSTRUCTION");
            for (Task t : tasks) {
                out.printf("%6d  %-12s  %-12s  %-9s  %-14s  %s%n", t.id(), Times.format(t.startMs()),
                        Times.format(t.endMs()), t.outcome() == null ? "-" : t.outcome().wireName(),
                        t.label() == null ? "-" : t.label(), t.instruction());
            }
            out.printf("%d task%s%n", tasks.size(), tasks.size() == 1 ? "" : "s");
            out.flush();
            return 0;
        }
    }
}
