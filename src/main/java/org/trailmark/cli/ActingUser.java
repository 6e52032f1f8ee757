package org.trailmark.cli;

import org.trailmark.review.ReviewService;
import org.trailmark.store.Workspace;
import org.trailmark.store.WorkspaceUser;
import picocli.CommandLine.Option;

/** {@code --as USER}: whom assignments and claims are for, when not the person at the keyboard. */
final class ActingUser {
    @Option(names = "--as", paramLabel = "USER", description = "Act as USER (a shared desktop, a script); default:"
            + " the remembered reviewer name, else your login name.")
    String as;

    /** --as, else the name review edits are recorded under, else the workspace's user. */
    String name(Workspace workspace) {
        String chosen = as != null ? as
                : ReviewService.rememberedReviewer(workspace).orElse(workspace.currentUser().name());
        WorkspaceUser.problem(chosen).ifPresent(problem -> {
            throw new UserError("--as: " + problem);
        });
        return chosen.strip();
    }
}
