package org.trailmark.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.trailmark.review.ReviewException;
import org.trailmark.review.ReviewService;
import org.trailmark.store.Workspace;

/** What the review commands share: who is acting, and plain errors. */
final class ReviewCli {
    private ReviewCli() {
    }

    /** The remembered reviewer, else the login name: scripts should not have to say who they are each time. */
    static ReviewService service(Workspace workspace, String reviewer) {
        String actor = reviewer != null && !reviewer.isBlank() ? reviewer
                : ReviewService.rememberedReviewer(workspace).orElse(System.getProperty("user.name", "unknown"));
        return new ReviewService(workspace, actor);
    }

    static void requireSession(Workspace workspace, String sessionId) {
        if (!workspace.sessions().contains(sessionId)) {
            throw new UserError("no session '" + sessionId + "' in " + workspace.where()
                    + " (list them with: trailmark sessions)");
        }
    }

    /** Runs a review action, turning its plain-language refusals into command-line errors. */
    static <T> T plainly(Supplier<T> action) {
        try {
            return action.get();
        } catch (ReviewException | IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    static <E extends Enum<E>> E choice(String value, String option, Class<E> type,
                                        Function<String, Optional<E>> byWireName) {
        String wanted = value.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        return byWireName.apply(wanted).orElseThrow(() -> new UserError(option + " must be one of "
                + Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")) + ", not '" + value + "'"));
    }
}
