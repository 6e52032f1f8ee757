package org.trailmark.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.SessionReview;
import org.trailmark.review.ReviewService;
import org.trailmark.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "review", description = "Set where a session stands in review.")
final class ReviewCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SESSION", description = "Session id.")
    String sessionId;

    @Option(names = "--status", required = true, paramLabel = "S",
            description = "new, in_review, reviewed, approved or rejected.")
    String status;

    @Option(names = "--reviewer", paramLabel = "NAME",
            description = "Who reviews; remembered in the workspace for later commands.")
    String reviewer;

    @Option(names = "--reason", paramLabel = "R", description = "Why (required with --status rejected).")
    String reason;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ReviewStatus wanted = ReviewCli.choice(status, "--status", ReviewStatus.class, ReviewStatus::ofWireName);
        if (wanted == ReviewStatus.REJECTED && (reason == null || reason.isBlank())) {
            throw new UserError("--status rejected needs --reason");
        }
        if (wanted != ReviewStatus.REJECTED && reason != null) {
            throw new UserError("--reason goes with --status rejected only");
        }
        try (Workspace workspace = common.openWorkspace()) {
            ReviewCli.requireSession(workspace, sessionId);
            if (reviewer != null) {
                ReviewCli.plainly(() -> {
                    ReviewService.rememberReviewer(workspace, reviewer);
                    return null;
                });
            }
            ReviewService service = ReviewCli.service(workspace, reviewer);
            SessionReview before = workspace.review().status(sessionId);
            SessionReview after = ReviewCli.plainly(() -> service.setReviewStatus(sessionId, wanted, reason));
            out.printf("%s: %s -> %s (reviewer %s)%n", sessionId, before.status().wireName(),
                    after.status().wireName(), after.reviewer());
            out.flush();
            return 0;
        }
    }
}
