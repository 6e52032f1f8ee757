package org.trailmark.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.trailmark.governance.RetentionService;
import org.trailmark.governance.SessionExpiry;
import org.trailmark.store.RetentionRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "retention", description = "How long sessions are kept: one rule per consent purpose (N days after"
        + " capture; the longest of a session's purposes counts), each session's expiry, and erasing what expired."
        + " A legal hold (see hold) keeps a session past its expiry.",
        subcommands = {RetentionCommand.Set.class, RetentionCommand.Clear.class, RetentionCommand.Show.class,
                RetentionApplyCommand.class})
final class RetentionCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "set", description = "Keep sessions captured for PURPOSE DAYS days after capture (replaces the"
            + " purpose's rule). Only an admin may, on a team workspace.")
    static final class Set implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PURPOSE", description = "A consent purpose: capture, training, review, …")
        String purpose;

        @Parameters(index = "1", paramLabel = "DAYS", description = "Days after capture (0 to "
                + RetentionRule.MAX_DAYS + ").")
        int days;

        @Option(names = "--keep-while-cited", description = "Keep a session a dataset export took past DAYS, as long"
                + " as its subject's training consent stands.")
        boolean keepWhileCited;

        @Option(names = "--by", paramLabel = "NAME", description = "Who sets it, for the audit log.")
        String by;

        @Override
        public Integer call() {
            return GovernanceCli.change(common, spec, by,
                    (workspace, actor) -> workspace.retention().set(purpose, days, keepWhileCited, actor),
                    (out, rule) -> out.printf("Sessions captured for %s are kept %d days after capture%s.%n",
                            rule.purpose(), rule.days(), rule.keepWhileCited()
                                    ? ", longer while a dataset cites them and training consent stands" : ""));
        }
    }

    @Command(name = "clear", description = "Remove the rule for PURPOSE: its sessions then expire by their other"
            + " purposes' rules only, or never.")
    static final class Clear implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PURPOSE")
        String purpose;

        @Option(names = "--by", paramLabel = "NAME", description = "Who clears it, for the audit log.")
        String by;

        @Override
        public Integer call() {
            return GovernanceCli.change(common, spec, by, (workspace, actor) -> workspace.retention().clear(purpose, actor),
                    (out, cleared) -> out.println(cleared ? "Removed the retention rule for " + purpose + "."
                            : "There was no retention rule for " + purpose + "; nothing changed."));
        }
    }

    @Command(name = "show", description = "The rules, and each session's expiry: when, why (which purpose), held,"
            + " cited by a dataset.")
    static final class Show implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print rules and sessions as a JSON object.")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Instant now = Instant.now();
            return common.run(out, workspace -> {
                RetentionService service = new RetentionService(workspace);
                List<RetentionRule> rules = service.policy().rules();
                List<SessionExpiry> sessions = service.expiries();
                if (json) {
                    Json.print(out, json(rules, sessions, now));
                    return 0;
                }
                if (rules.isEmpty()) {
                    out.println("No retention rules: sessions are kept until someone erases them.");
                }
                for (RetentionRule r : rules) {
                    out.printf("%s: %d days after capture%s (set by %s, %s)%n", r.purpose(), r.days(),
                            r.keepWhileCited() ? ", longer while cited with training consent" : "", r.setBy(),
                            GovernanceCli.day(r.setAt()));
                }
                out.println();
                for (SessionExpiry e : sessions) {
                    out.printf("%-28s %s%s%n", e.sessionId(), GovernanceCli.phrase(e, now), e.cited() ? "; cited" : "");
                }
                long due = sessions.stream().filter(e -> e.isDue(now)).count();
                long soon = sessions.stream().filter(e -> e.expiresWithin(now, RetentionService.WARNING)).count();
                out.printf("%d session(s) due for erasure, %d expiring within a week.%n", due, soon);
                return 0;
            });
        }

        private static ObjectNode json(List<RetentionRule> rules, List<SessionExpiry> sessions, Instant now) {
            ObjectNode root = Json.object();
            ArrayNode r = root.putArray("rules");
            for (RetentionRule rule : rules) {
                ObjectNode node = r.addObject();
                node.put("purpose", rule.purpose());
                node.put("days", rule.days());
                node.put("keep_while_cited", rule.keepWhileCited());
                node.put("set_by", rule.setBy());
                node.put("set_at", rule.setAt().toString());
            }
            ArrayNode s = root.putArray("sessions");
            sessions.forEach(e -> s.add(GovernanceCli.json(e, now)));
            root.put("due", sessions.stream().filter(e -> e.isDue(now)).count());
            root.put("expiring_within_week", sessions.stream()
                    .filter(e -> e.expiresWithin(now, RetentionService.WARNING)).count());
            return root;
        }
    }
}
