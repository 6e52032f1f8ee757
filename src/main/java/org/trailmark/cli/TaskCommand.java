package org.trailmark.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.trailmark.model.Task;
import org.trailmark.model.TaskOutcome;
import org.trailmark.review.ReviewService;
import org.trailmark.review.Times;
import org.trailmark.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "task", description = "Change the tasks of a session.", subcommands = TaskCommand.Add.class)
final class TaskCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", description = "Add a task: a stretch of the session with the instruction an agent"
            + " would be given.%nTimes T: milliseconds (12500), seconds (12.5s) or hh:mm:ss.mmm.")
    static final class Add implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Mixin
        UserOption user;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "SESSION", description = "Session id.")
        String sessionId;

        @Option(names = "--from", required = true, paramLabel = "T", converter = TimeArgument.class,
                description = "Where the task starts.")
        int from;

        @Option(names = "--to", required = true, paramLabel = "T", converter = TimeArgument.class,
                description = "Where it ends (exclusive).")
        int to;

        @Option(names = "--instruction", required = true, paramLabel = "TEXT",
                description = "What a person would ask an agent to do.")
        String instruction;

        @Option(names = "--label", paramLabel = "L", description = "A label of the workspace's label set.")
        String label;

        @Option(names = "--outcome", paramLabel = "O", description = "success, failure or abandoned.")
        String outcome;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (to <= from) {
                throw new UserError("--to must be after --from");
            }
            TaskOutcome o = outcome == null ? null
                    : ReviewCli.choice(outcome, "--outcome", TaskOutcome.class, TaskOutcome::ofWireName);
            try (Workspace workspace = common.openWorkspace()) {
                ReviewCli.requireSession(workspace, sessionId);
                // A labeler of a double-labelled session adds to their own version.
                ReviewService service = user.serviceFor(workspace);
                Task added = ReviewCli.plainly(() ->
                        service.addTask(Task.draft(sessionId, from, to, instruction.strip(), label, o)));
                out.printf("Added task %d (%s) to %s%n", added.id(), Times.span(added.startMs(), added.endMs()),
                        sessionId);
                out.flush();
                return 0;
            }
        }
    }
}
