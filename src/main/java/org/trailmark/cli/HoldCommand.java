package org.trailmark.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.trailmark.store.LegalHold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "hold", description = "Legal holds: a session or every session of a subject kept past its retention"
        + " and safe from erasure until an admin releases the hold. Holds stay as history; the person held sees that"
        + " a hold exists, and its reason.",
        subcommands = {HoldCommand.Add.class, HoldCommand.Release.class, HoldCommand.ListHolds.class})
final class HoldCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", description = "Place a hold on SESSION, or with --subject on every session of a subject"
            + " (also ones imported later).")
    static final class Add implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "SESSION", description = "The session to hold.")
        String session;

        @Option(names = "--subject", paramLabel = "ID", description = "Hold every session of this subject instead.")
        String subject;

        @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why (at most "
                + org.trailmark.store.HoldRepository.MAX_REASON + " characters). The person held may read it.")
        String reason;

        @Option(names = "--by", paramLabel = "NAME", description = "Who places it, for the audit log.")
        String by;

        @Override
        public Integer call() {
            if ((session == null) == (subject == null)) {
                throw new UserError("name what to hold: a SESSION or --subject ID (not both)");
            }
            return GovernanceCli.change(common, spec, by,
                    (workspace, actor) -> session != null ? workspace.holds().placeOnSession(session, reason, actor)
                            : workspace.holds().placeOnSubject(subject, reason, actor),
                    (out, hold) -> out.printf("Placed legal hold %d on %s: it is kept and cannot be erased until an"
                            + " admin releases the hold (trailmark hold release %d).%n", hold.id(), hold.target(),
                            hold.id()));
        }
    }

    @Command(name = "release", description = "Release a hold (an admin only; on a workspace file, its user). The hold"
            + " stays in the list as history; retention applies again.")
    static final class Release implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "HOLD_ID", description = "The hold's number (see hold list).")
        long holdId;

        @Option(names = "--by", paramLabel = "NAME", description = "Who releases it, for the audit log.")
        String by;

        @Override
        public Integer call() {
            return GovernanceCli.change(common, spec, by, (workspace, actor) -> workspace.holds().release(holdId, actor),
                    (out, hold) -> out.printf("Released legal hold %d on %s.%n", hold.id(), hold.target()));
        }
    }

    @Command(name = "list", description = "Every hold, open and released, oldest first.")
    static final class ListHolds implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print the holds as a JSON array.")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            return common.run(out, workspace -> {
                List<LegalHold> holds = workspace.holds().all();
                if (json) {
                    ArrayNode array = Json.array();
                    holds.forEach(h -> array.add(json(h)));
                    Json.print(out, array);
                    return 0;
                }
                if (holds.isEmpty()) {
                    out.println("No legal holds.");
                }
                for (LegalHold h : holds) {
                    out.printf("%d  %s  %s  placed by %s on %s%s%n    %s%n", h.id(), h.target(),
                            h.isOpen() ? "OPEN" : "released", h.placedBy(), GovernanceCli.day(h.placedAt()),
                            h.isOpen() ? "" : ", released by " + h.releasedBy() + " on "
                                    + GovernanceCli.day(h.releasedAt()), h.reason());
                }
                return 0;
            });
        }

        private static ObjectNode json(LegalHold h) {
            ObjectNode node = Json.object();
            node.put("id", h.id());
            if (h.onSubject()) {
                node.putNull("session");
                node.put("subject", h.subjectId());
            } else {
                node.put("session", h.sessionId());
                node.putNull("subject");
            }
            node.put("reason", h.reason());
            node.put("open", h.isOpen());
            node.put("placed_by", h.placedBy());
            node.put("placed_at", h.placedAt().toString());
            node.put("released_by", h.releasedBy());
            node.put("released_at", h.isOpen() ? null : h.releasedAt().toString());
            return node;
        }
    }
}
