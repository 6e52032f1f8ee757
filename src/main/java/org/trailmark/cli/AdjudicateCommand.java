package org.trailmark.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.trailmark.model.Flag;
import org.trailmark.model.Task;
import org.trailmark.review.Adjudication;
import org.trailmark.review.Times;
import org.trailmark.store.TasksAndFlags;
import org.trailmark.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "adjudicate", description = "Compare the submitted versions of a double-labelled session side by"
        + " side, and merge them into the gold set one decision at a time (each audited).%n"
        + "Without a decision, prints the versions by time.")
final class AdjudicateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    UserOption user;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SESSION", description = "Session id.")
    String sessionId;

    @Option(names = "--take", paramLabel = "LABELER", description = "Take from this labeler's version (with --task or --flag).")
    String take;

    @Option(names = "--task", paramLabel = "ID", description = "The task to take (its id in the labeler's version).")
    Long taskId;

    @Option(names = "--flag", paramLabel = "ID", description = "The flag to take (its id in the labeler's version).")
    Long flagId;

    @Option(names = "--take-all", paramLabel = "LABELER",
            description = "Make this labeler's tasks the gold tasks and add their flags to the gold flags.")
    String takeAll;

    @Option(names = "--drop-gold-task", paramLabel = "ID", description = "Remove this task from the gold set.")
    Long dropGoldTask;

    @Override
    public Integer call() {
        requireOneDecision();
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = common.openWorkspace()) {
            ReviewCli.requireSession(workspace, sessionId);
            Adjudication adjudication = new Adjudication(user.serviceFor(workspace));
            if (take != null && taskId != null) {
                Task taken = ReviewCli.plainly(() -> adjudication.takeTask(sessionId, take, taskId));
                out.printf("Took task %d from %s into the gold set of %s as task %d (%s)%n", taskId, take, sessionId,
                        taken.id(), Times.span(taken.startMs(), taken.endMs()));
            } else if (take != null) {
                Flag taken = ReviewCli.plainly(() -> adjudication.takeFlag(sessionId, take, flagId));
                out.printf("Took flag %d from %s into the gold set of %s as flag %d (%s)%n", flagId, take, sessionId,
                        taken.id(), Times.span(taken.startMs(), taken.endMs()));
            } else if (takeAll != null) {
                TasksAndFlags taken = ReviewCli.plainly(() -> adjudication.takeAll(sessionId, takeAll));
                out.printf("The gold tasks of %s are now %s's %d; %d of their flags added to the gold flags%n",
                        sessionId, takeAll, taken.tasks().size(), taken.flags().size());
            } else if (dropGoldTask != null) {
                ReviewCli.plainly(() -> {
                    adjudication.dropGoldTask(sessionId, dropGoldTask);
                    return null;
                });
                out.printf("Dropped task %d from the gold set of %s%n", dropGoldTask, sessionId);
            } else {
                Map<String, TasksAndFlags> versions = new LinkedHashMap<>();
                Map<String, TasksAndFlags> labelers = ReviewCli.plainly(() -> adjudication.versions(sessionId));
                versions.put(VersionTable.GOLD, adjudication.gold(sessionId));
                versions.putAll(labelers);
                VersionTable.print(out, sessionId, versions);
                out.println();
                out.printf("Decide with: trailmark adjudicate %s --take LABELER --task ID | --take LABELER --flag ID"
                        + " | --take-all LABELER | --drop-gold-task ID%n", sessionId);
            }
            out.flush();
            return 0;
        }
    }

    private void requireOneDecision() {
        if (take != null && (taskId == null) == (flagId == null)) {
            throw new UserError("--take LABELER needs either --task ID or --flag ID");
        }
        if (take == null && (taskId != null || flagId != null)) {
            throw new UserError("--task and --flag go with --take LABELER");
        }
        int decisions = (take != null ? 1 : 0) + (takeAll != null ? 1 : 0) + (dropGoldTask != null ? 1 : 0);
        if (decisions > 1) {
            throw new UserError("one decision at a time: --take, --take-all or --drop-gold-task");
        }
        if (VersionTable.GOLD.equals(take) || VersionTable.GOLD.equals(takeAll)) {
            throw new UserError("take from a labeler's version, not from the gold set");
        }
    }
}
