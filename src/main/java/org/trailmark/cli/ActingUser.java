package org.trailmark.cli;

import java.util.List;
import org.trailmark.review.ReviewService;
import org.trailmark.store.Workspace;
import picocli.CommandLine.Option;

/** {@code --as USER}: whom assignments and claims are for, when not the person at the keyboard. */
final class ActingUser {
    @Option(names = "--as", paramLabel = "USER", description = "Act as USER (a shared desktop, a script); default:"
            + " the remembered reviewer name, else your login name. Refused on a team workspace for anyone but"
            + " the database user you connected as.")
    String as;

    /** --as, else (on a SQLite file) the name review edits are recorded under, else the workspace's user. */
    String name(Workspace workspace) {
        if (as != null) {
            AssignmentCli.requireNames("--as", List.of(as));
            try {
                workspace.currentUser().actAs(as);
            } catch (IllegalArgumentException refused) {
                throw new UserError(refused.getMessage());
            }
            return as.strip();
        }
        String me = workspace.currentUser().name();
        String chosen = workspace.isTeam() ? me : ReviewService.rememberedReviewer(workspace).orElse(me);
        AssignmentCli.requireNames("--as", List.of(chosen));
        return chosen.strip();
    }
}
