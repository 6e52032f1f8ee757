package org.trailmark.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.trailmark.review.AgreementText;
import org.trailmark.review.SubmittedVersions;
import org.trailmark.review.agreement.AgreementJson;
import org.trailmark.review.agreement.AgreementPool;
import org.trailmark.review.agreement.AgreementRefused;
import org.trailmark.review.agreement.AgreementReport;
import org.trailmark.review.agreement.SessionVersions;
import org.trailmark.store.Workspace;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "agreement", description = "How far the labelers of double-labelled sessions agree, from their"
        + " submitted versions: per pair, per labeler and overall.")
final class AgreementCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    static final class Which {
        @Parameters(index = "0", paramLabel = "SESSION", description = "Session id.")
        String sessionId;

        @Option(names = "--all", required = true, description = "Every double-labelled session whose labelers have all submitted.")
        boolean all;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Option(names = "--json", description = "Print the report as JSON (cohen_kappa, boundary_f1_0_5s, boundary_f1_2s,"
            + " flag_iou, slice_ms, labelers, pairs, per_labeler, …).")
    boolean json;

    @Option(names = "--slice-ms", paramLabel = "N", defaultValue = "1000",
            description = "Length of the time slices the task labels are compared over (default ${DEFAULT-VALUE}).")
    int sliceMs;

    @Override
    public Integer call() {
        if (sliceMs <= 0) {
            throw new UserError("--slice-ms must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = common.openWorkspace()) {
            List<String> waiting = new java.util.ArrayList<>();
            AgreementPool pool = new AgreementPool(sliceMs);
            if (which.all) {
                SubmittedVersions.Found found = ReviewCli.plainly(() -> SubmittedVersions.all(workspace));
                found.sessions().forEach(pool::add);
                waiting.addAll(found.waiting());
            } else {
                ReviewCli.requireSession(workspace, which.sessionId);
                SessionVersions versions = ReviewCli.plainly(() -> SubmittedVersions.of(workspace, which.sessionId));
                pool.add(versions);
            }
            AgreementReport report;
            try {
                report = pool.report();
            } catch (AgreementRefused e) {
                throw new UserError(e.getMessage() + (waiting.isEmpty() ? "" : " that every labeler has submitted"
                        + " (waiting: " + String.join(", ", waiting) + ")"));
            }
            if (json) {
                Json.print(out, AgreementJson.of(report));
            } else {
                print(out, report, waiting);
            }
            out.flush();
            return 0;
        }
    }

    private static void print(PrintWriter out, AgreementReport r, List<String> waiting) {
        out.print(AgreementText.of(r));
        if (!waiting.isEmpty()) {
            out.println();
            out.println("Not counted yet (a labeler has not submitted): " + String.join(", ", waiting));
        }
    }
}
