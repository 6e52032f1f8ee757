package org.trailmark.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "unassign", description = "Take SESSION from labelers (all of them without --from); their claims"
        + " go too, so the session is open to anyone again. Audited.")
final class UnassignCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    ActingUser user;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SESSION", description = "Session id.")
    String sessionId;

    @Option(names = "--from", paramLabel = "USER", description = "A labeler to take it from; repeat for several.")
    List<String> labelers = List.of();

    @Override
    public Integer call() {
        return AssignmentCli.change(common, user, spec.commandLine().getOut(), "--from", labelers, sessionId,
                (workspace, actor, out) -> {
                    List<String> removed = workspace.assignments().unassign(sessionId, labelers, actor);
                    if (removed.isEmpty()) {
                        out.printf("%s was not assigned to %s; nothing changed.%n", sessionId,
                                labelers.isEmpty() ? "anyone" : String.join(", ", labelers));
                    } else {
                        out.printf("Took %s from %s.%n", sessionId, String.join(", ", removed));
                    }
                });
    }
}
