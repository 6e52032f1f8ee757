package org.trailmark.cli;

import org.trailmark.review.ReviewService;
import org.trailmark.store.Workspace;
import picocli.CommandLine.Option;

/** {@code --as USER}: who is acting, for a desktop shared by several labelers (default: the login name). */
final class UserOption {
    @Option(names = "--as", paramLabel = "USER",
            description = "Act as this user (a desktop shared by several labelers); default: the login name.")
    String user;

    /** The review service of the user acting: {@code --as} when given, else as every review command. */
    ReviewService serviceFor(Workspace workspace) {
        if (user == null) {
            return ReviewCli.service(workspace, null);
        }
        ReviewCli.plainly(() -> {
            workspace.currentUser().actAs(user);
            return null;
        });
        return ReviewCli.service(workspace, user);
    }
}
