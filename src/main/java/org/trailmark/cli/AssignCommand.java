package org.trailmark.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.trailmark.store.Assignment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "assign", description = "Assign SESSION to a labeler; two or more --to label it independently"
        + " (double labeling). Audited with ids and user names only.")
final class AssignCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    ActingUser user;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SESSION", description = "Session id.")
    String sessionId;

    @Option(names = "--to", paramLabel = "USER", required = true, description = "A labeler's user name; repeat for"
            + " double labeling.")
    List<String> labelers;

    @Override
    public Integer call() {
        return AssignmentCli.change(common, user, spec.commandLine().getOut(), "--to", labelers, sessionId,
                (workspace, actor, out) -> {
                    List<String> added = workspace.assignments().assign(sessionId, labelers, actor);
                    List<String> all = workspace.assignments().ofSession(sessionId).stream()
                            .map(Assignment::labeler).toList();
                    if (added.isEmpty()) {
                        out.printf("%s is assigned to %s already; nothing changed.%n", sessionId,
                                String.join(", ", all));
                    } else {
                        out.printf("Assigned %s to %s.%n", sessionId, String.join(", ", added));
                    }
                    if (all.size() > 1) {
                        out.printf("%s is double-labelled: %s each label it without seeing the others' tasks.%n",
                                sessionId, String.join(", ", all));
                    }
                });
    }
}
