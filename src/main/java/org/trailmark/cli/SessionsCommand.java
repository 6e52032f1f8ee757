package org.trailmark.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sessions", description = "List the sessions in the workspace.")
final class SessionsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--subject", paramLabel = "ID", description = "Only this subject's sessions.")
    String subject;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Override
    public Integer call() {
        if (subject != null && subject.isBlank()) {
            throw new UserError("--subject must not be blank");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = common.openWorkspace()) {
            List<SessionSummary> sessions = subject == null ? workspace.sessions().all()
                    : workspace.sessions().ofSubject(subject);
            if (json) {
                ArrayNode array = Json.array();
                sessions.forEach(s -> array.add(SessionJson.summary(s)));
                Json.print(out, array);
                return 0;
            }
            if (sessions.isEmpty()) {
                out.println(subject == null
                        ? "No sessions in " + workspace.where() + ". Import some with: trailmark import PATH"
                        : "No sessions of subject " + subject + ".");
                out.flush();
                return 0;
            }
            out.printf("%-34s %-14s %-9s %-25s %12s %12s  %s%n", "SESSION", "SUBJECT", "FORMAT", "START",
                    "DURATION", "EVENTS", "STATUS");
            for (SessionSummary s : sessions) {
                out.printf("%-34s %-14s %-9s %-25s %12s %,12d  %s%n", s.id(), s.subject(), s.info().sourceFormat(),
                        s.info().start(), Formats.duration(s.durationMs()), s.events(), s.status().wireName());
            }
            out.printf("%d session%s%n", sessions.size(), sessions.size() == 1 ? "" : "s");
            out.flush();
            return 0;
        }
    }
}
