package org.trailmark.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.trailmark.governance.RetentionService;
import org.trailmark.governance.SessionExpiry;
import org.trailmark.store.LegalHold;
import org.trailmark.store.Workspace;
import org.trailmark.store.WorkspaceException;
import picocli.CommandLine.Model.CommandSpec;

/** What the retention and hold commands share: who acts, plain refusals, dates and JSON for a session's standing. */
final class GovernanceCli {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private GovernanceCli() {
    }

    /** {@code --by} when given, else whoever uses the workspace (the database user on a team workspace). */
    static String actor(Workspace workspace, String by) {
        return by != null && !by.isBlank() ? by.strip() : workspace.currentUser().name();
    }

    /** The store refuses malformed values with plain words; on the command line they are usage errors. */
    static <T> T plainly(Supplier<T> action) {
        try {
            return action.get();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** One change a retention or hold command makes as {@code actor}; its result is what the command reports. */
    @FunctionalInterface
    interface Change<T> {
        T apply(Workspace workspace, String actor);
    }

    /**
     * Opens the workspace and makes the change as {@code by} (else the workspace's user): a malformed value is a
     * usage error, a refusal from the store (read-only, not an admin, no such session or hold) one error line
     * and exit 1; else {@code report} says what was done.
     */
    static <T> int change(CommonOptions common, CommandSpec spec, String by, Change<T> change,
                          BiConsumer<PrintWriter, T> report) {
        PrintWriter out = spec.commandLine().getOut();
        return common.run(out, workspace -> {
            T done;
            try {
                done = plainly(() -> change.apply(workspace, actor(workspace, by)));
            } catch (WorkspaceException e) {
                return fail(spec.commandLine().getErr(), e.getMessage());
            }
            report.accept(out, done);
            return 0;
        });
    }

    static int fail(PrintWriter err, String message) {
        err.println("trailmark: error: " + message);
        err.flush();
        return 1;
    }

    static String day(Instant at) {
        return DAY.format(at);
    }

    /** "expires 30 Jun 2025", "held (hold 3)", "no policy", …: one phrase per session. */
    static String phrase(SessionExpiry e, Instant now) {
        return switch (e.status(now, RetentionService.WARNING)) {
            case HELD -> "held (legal hold " + e.holds().get(0).id() + ")";
            case NO_POLICY -> "no policy";
            case DUE -> "expired " + day(e.expiresAt()) + ", due for erasure";
            case KEPT_WHILE_CITED -> "expired " + day(e.expiresAt()) + ", kept while cited with training consent";
            case EXPIRES_SOON -> "expires " + day(e.expiresAt()) + " (within a week)";
            case EXPIRES -> "expires " + day(e.expiresAt());
        };
    }

    static ObjectNode json(SessionExpiry e, Instant now) {
        ObjectNode node = Json.object();
        node.put("session", e.sessionId());
        node.put("subject", e.subject());
        node.put("captured_at", e.capturedAt().toString());
        if (e.hasPolicy()) {
            node.put("expires_at", e.expiresAt().toString());
            node.put("purpose", e.purpose());
        } else {
            node.putNull("expires_at");
            node.putNull("purpose");
        }
        node.put("status", e.status(now, RetentionService.WARNING).wireName());
        node.put("held", e.isHeld());
        ArrayNode holds = node.putArray("holds");
        e.holds().stream().map(LegalHold::id).forEach(holds::add);
        node.put("cited", e.cited());
        node.put("kept_while_cited", e.keptWhileCited());
        return node;
    }
}
