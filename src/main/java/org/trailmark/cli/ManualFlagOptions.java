package org.trailmark.cli;

import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.review.ReviewService;
import org.trailmark.store.Workspace;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What every command that adds a manual flag asks for (the session, the stretch, the category and the
 * reason), checked the same way, and the one way such a flag is stored: through the review service,
 * so it is one audited, undoable edit like the studio's.
 */
final class ManualFlagOptions {
    @Parameters(index = "0", paramLabel = "SESSION", description = "Session id.")
    String sessionId;

    @Option(names = "--from", required = true, paramLabel = "T", converter = TimeArgument.class,
            description = "Where the flag starts.")
    int from;

    @Option(names = "--to", required = true, paramLabel = "T", converter = TimeArgument.class,
            description = "Where it ends (exclusive).")
    int to;

    @Option(names = "--category", required = true, paramLabel = "C", description = "password, credential,"
            + " personal_data, third_party, private or other.")
    String category;

    @Option(names = "--reason", paramLabel = "R", description = "Why it is sensitive (your words).")
    String reason;

    /**
     * Checks the options, then stores the flag {@code build} makes of them (given the category parsed
     * and the reason stripped, null when blank).
     */
    Flag add(CommonOptions common, Builder build) {
        if (to <= from) {
            throw new UserError("--to must be after --from");
        }
        FlagCategory parsed = ReviewCli.choice(category, "--category", FlagCategory.class, FlagCategory::ofWireName);
        String stripped = reason == null || reason.isBlank() ? null : reason.strip();
        try (Workspace workspace = common.openWorkspace()) {
            ReviewCli.requireSession(workspace, sessionId);
            ReviewService service = ReviewCli.service(workspace, null);
            return ReviewCli.plainly(() -> service.addFlag(build.flag(sessionId, from, to, parsed, stripped)));
        }
    }

    /** Makes the flag to add from the checked options. */
    interface Builder {
        Flag flag(String sessionId, int fromMs, int toMs, FlagCategory category, String reason);
    }
}
