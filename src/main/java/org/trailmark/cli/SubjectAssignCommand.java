package org.trailmark.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.trailmark.model.SubjectIds;
import org.trailmark.store.SubjectAssignment;
import org.trailmark.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "assign", description = "Say which person SESSION records: a recording that named nobody"
        + " (subject \"unassigned-…\") then belongs to SUBJECT, whose consent decides whether it is exported."
        + " Audited. A session that belongs to someone already moves only with --force.")
final class SubjectAssignCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SESSION", description = "Session id.")
    String sessionId;

    @Parameters(index = "1", paramLabel = "SUBJECT", description = "Pseudonymous id of the person: letters,"
            + " digits, '.', '_' and '-', at most " + SubjectIds.MAX_LENGTH + " characters.")
    String subject;

    @Option(names = "--force", description = "Move the session even though it belongs to another subject already.")
    boolean force;

    @Option(names = "--by", paramLabel = "NAME", description = "Who assigns it (default: the reviewer name).")
    String by;

    @Override
    public Integer call() {
        SubjectIds.problemAsPerson(subject).ifPresent(problem -> {
            throw new UserError("SUBJECT: " + problem);
        });
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = common.openWorkspace()) {
            ReviewCli.requireSession(workspace, sessionId);
            SubjectAssignment done = workspace.subjects().assign(sessionId, subject, force,
                    ConsentCommand.actor(workspace, by));
            switch (done.outcome()) {
                case UNCHANGED -> out.printf("%s already belongs to %s; nothing changed.%n", sessionId, subject);
                case ALREADY_ASSIGNED -> throw new UserError(sessionId + " belongs to " + done.from()
                        + " already; add --force to move it to " + subject);
                case ASSIGNED -> out.printf("Assigned %s to %s. %s's consent now decides whether it is exported.%n",
                        sessionId, subject, subject);
                case REASSIGNED -> out.printf("Moved %s from %s to %s. %s's consent now decides whether it is"
                        + " exported.%n", sessionId, done.from(), subject, subject);
            }
            out.flush();
            return 0;
        }
    }
}
