package org.trailmark.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentRecord;
import org.trailmark.model.ConsentState;
import org.trailmark.model.SubjectIds;
import org.trailmark.review.ReviewService;
import org.trailmark.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "consent", description = "Record, withdraw and show a subject's consent per purpose"
        + " (capture, training).%nOnly subjects who granted training and did not withdraw are ever exported.",
        subcommands = {ConsentCommand.Grant.class, ConsentCommand.Withdraw.class, ConsentCommand.Show.class,
                ConsentReceiptsCommand.class, ConsentControllerCommand.class})
final class ConsentCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static ConsentPurpose purpose(String value) {
        return ReviewCli.choice(value, "--purpose", ConsentPurpose.class, ConsentPurpose::ofWireName);
    }

    /** Who records it: --by, else the remembered reviewer, else the login name. */
    static String actor(Workspace workspace, String by) {
        if (by != null && !by.isBlank()) {
            return by.strip();
        }
        return ReviewService.rememberedReviewer(workspace).orElse(System.getProperty("user.name", "unknown"));
    }

    static void requireSubject(String subject) {
        if (subject.isBlank()) {
            throw new UserError("SUBJECT must not be blank");
        }
    }

    @Command(name = "grant", description = "Record that SUBJECT grants a purpose, from now on.")
    static final class Grant implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "SUBJECT", description = "Pseudonymous subject id.")
        String subject;

        @Option(names = "--purpose", required = true, paramLabel = "P", description = "training or capture.")
        String purpose;

        @Option(names = "--policy", paramLabel = "ID@VERSION",
                description = "The consent policy it was given under, e.g. acme-capture@3.")
        String policy;

        @Option(names = "--by", paramLabel = "NAME", description = "Who records it (default: the reviewer name).")
        String by;

        @Override
        public Integer call() {
            requireSubject(subject);
            if (SubjectIds.isUnassigned(subject)) {
                throw new UserError("cannot grant consent for " + subject + ": " + Workspace.UNASSIGNED_CONSENT);
            }
            ConsentPurpose p = purpose(purpose);
            String[] idAndVersion = policy == null ? new String[] {null, null} : splitPolicy(policy);
            PrintWriter out = spec.commandLine().getOut();
            try (Workspace workspace = common.openWorkspace()) {
                ConsentState before = workspace.consent().state(subject, p);
                ConsentRecord record = workspace.consent().grant(subject, p, idAndVersion[0], idAndVersion[1],
                        actor(workspace, by), ConsentRecord.CLI);
                if (before.permits() && record.equals(before.deciding())) {
                    out.printf("%s has already granted %s (record %d); nothing changed.%n", subject, p.wireName(),
                            record.id());
                } else {
                    out.printf("Recorded: %s grants %s%s (record %d).%n", subject, p.wireName(),
                            record.policyText() == null ? "" : " under " + record.policyText(), record.id());
                }
                if (workspace.sessions().ofSubject(subject).isEmpty()) {
                    out.printf("Note: no sessions of %s in this workspace yet.%n", subject);
                }
                out.flush();
                return 0;
            }
        }

        private static String[] splitPolicy(String text) {
            int at = text.lastIndexOf('@');
            if (at <= 0 || at == text.length() - 1) {
                throw new UserError("--policy must be ID@VERSION, e.g. acme-capture@3");
            }
            return new String[] {text.substring(0, at).strip(), text.substring(at + 1).strip()};
        }
    }

    @Command(name = "withdraw", description = "Record that SUBJECT withdraws a purpose, from now on:"
            + " no later export takes any of their sessions.")
    static final class Withdraw implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "SUBJECT", description = "Pseudonymous subject id.")
        String subject;

        @Option(names = "--purpose", required = true, paramLabel = "P", description = "training or capture.")
        String purpose;

        @Option(names = "--by", paramLabel = "NAME", description = "Who records it (default: the reviewer name).")
        String by;

        @Override
        public Integer call() {
            requireSubject(subject);
            ConsentPurpose p = purpose(purpose);
            PrintWriter out = spec.commandLine().getOut();
            try (Workspace workspace = common.openWorkspace()) {
                List<ConsentRecord> written = workspace.consent().withdraw(subject, p, actor(workspace, by),
                        ConsentRecord.CLI);
                if (written.isEmpty()) {
                    out.printf("%s had already withdrawn %s; nothing changed.%n", subject, p.wireName());
                } else {
                    int sessions = workspace.sessions().ofSubject(subject).size();
                    out.printf("Recorded: %s withdraws %s (%d record%s). %d session%s of %s will not be exported.%n",
                            subject, p.wireName(), written.size(), written.size() == 1 ? "" : "s", sessions,
                            sessions == 1 ? "" : "s", subject);
                }
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "show", description = "Show SUBJECT's consent per purpose and every record behind it.")
    static final class Show implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "SUBJECT", description = "Pseudonymous subject id.")
        String subject;

        @Option(names = "--json", description = "Print a JSON array of records (id, subject, purpose, policy,"
                + " version, granted, withdrawn, recorded_by, source).")
        boolean json;

        @Override
        public Integer call() {
            requireSubject(subject);
            PrintWriter out = spec.commandLine().getOut();
            try (Workspace workspace = common.openWorkspace()) {
                List<ConsentRecord> records = workspace.consent().records(subject);
                if (json) {
                    ArrayNode array = Json.array();
                    for (ConsentRecord r : records) {
                        ObjectNode n = array.addObject();
                        n.put("id", r.id());
                        n.put("subject", r.subject());
                        n.put("purpose", r.purpose().wireName());
                        n.put("policy", r.policyId());
                        n.put("version", r.policyVersion());
                        n.put("granted", text(r.grantedAt()));
                        n.put("withdrawn", text(r.withdrawnAt()));
                        n.put("recorded_by", r.recordedBy());
                        n.put("source", r.source());
                    }
                    Json.print(out, array);
                    return 0;
                }
                for (ConsentPurpose p : ConsentPurpose.values()) {
                    ConsentState state = ConsentState.of(subject, p, records);
                    out.printf("%-8s  %s%n", p.wireName(), state.status().label());
                }
                if (records.isEmpty()) {
                    out.printf("No consent records for %s.%n", subject);
                    out.flush();
                    return 0;
                }
                out.println();
                out.printf("%6s  %-8s  %-20s  %-24s  %-24s  %-12s  %s%n", "ID", "PURPOSE", "POLICY", "GRANTED",
                        "WITHDRAWN", "RECORDED BY", "SOURCE");
                for (ConsentRecord r : records) {
                    out.printf("%6d  %-8s  %-20s  %-24s  %-24s  %-12s  %s%n", r.id(), r.purpose().wireName(),
                            r.policyText() == null ? "-" : r.policyText(), dash(r.grantedAt()),
                            dash(r.withdrawnAt()), r.recordedBy(), r.source());
                }
                out.flush();
                return 0;
            }
        }

        private static String text(Instant at) {
            return at == null ? null : at.toString();
        }

        private static String dash(Instant at) {
            return at == null ? "-" : at.toString();
        }
    }
}
