package org.trailmark.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.trailmark.review.ReviewService;
import org.trailmark.store.LabelerVersionState;
import org.trailmark.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "submit", description = "Submit your own labels of a double-labelled session. They become"
        + " read-only; the labelers see each other's versions once all have submitted.")
final class SubmitCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    UserOption user;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SESSION", description = "Session id.")
    String sessionId;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = common.openWorkspace()) {
            ReviewCli.requireSession(workspace, sessionId);
            ReviewService service = user.serviceFor(workspace);
            String me = workspace.currentUser().name();
            int tasks = ReviewCli.plainly(() -> service.tasks(sessionId)).size();
            ReviewCli.plainly(() -> service.submitMyVersion(sessionId));
            out.printf("Submitted %s's labels of %s (%d task%s); they are read-only now.%n", me, sessionId, tasks,
                    tasks == 1 ? "" : "s");
            List<String> waiting = workspace.versions().labelers(sessionId).stream().filter(l -> !l.submitted())
                    .map(LabelerVersionState::labeler).toList();
            if (waiting.isEmpty()) {
                out.printf("Every labeler has submitted. Compare and merge with: trailmark adjudicate %s%n", sessionId);
            } else {
                out.printf("Still to submit: %s%n", String.join(", ", waiting));
            }
            out.flush();
            return 0;
        }
    }
}
