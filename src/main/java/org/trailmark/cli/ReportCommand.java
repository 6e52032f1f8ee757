package org.trailmark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import org.trailmark.governance.ProcessingRecord;
import org.trailmark.governance.ProcessingRecordHtml;
import org.trailmark.governance.ProcessingRecordJson;
import org.trailmark.governance.ProcessingRecordText;
import org.trailmark.governance.ProcessingRecords;
import org.trailmark.store.OwnerOnlyFiles;
import org.trailmark.store.Workspace;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "report", description = "Reports a controller keeps about the workspace.",
        subcommands = {ReportCommand.Processing.class})
final class ReportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "processing", description = "The record of processing (GDPR Art. 30): per purpose, the"
            + " categories of data captured, the people and sessions, the datasets exported and who exported them,"
            + " retention and legal holds, withdrawals and erasures, flags and reviews. Counts only, never content.")
    static final class Processing implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @ArgGroup(exclusive = true)
        Format format;

        @Option(names = "--out", paramLabel = "FILE", description = "Write the record to FILE (owner-only)"
                + " instead of printing it.")
        Path out;

        @Option(names = "--force", description = "Replace FILE if it exists.")
        boolean force;

        static final class Format {
            @Option(names = "--json", required = true,
                    description = "JSON with stable keys (docs/processing-record.md).")
            boolean json;

            @Option(names = "--html", required = true,
                    description = "One self-contained HTML page (no scripts), readable printed.")
            boolean html;
        }

        @Override
        public Integer call() {
            Path file = out == null ? null : OutputFile.check(out, "--out", force);
            ProcessingRecord record;
            try (Workspace workspace = common.openWorkspace()) {
                record = ProcessingRecords.of(workspace, Instant.now().truncatedTo(ChronoUnit.SECONDS));
            }
            String text = format == null ? ProcessingRecordText.write(record)
                    : format.json ? ProcessingRecordJson.write(record) + "\n" : ProcessingRecordHtml.write(record);
            PrintWriter printer = spec.commandLine().getOut();
            if (file == null) {
                printer.print(text);
            } else {
                try {
                    OwnerOnlyFiles.createParentFolders(file);
                    OwnerOnlyFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UserError("could not write " + file + " (" + FileProblem.describe(e) + ")");
                }
                int purposes = record.purposes().size();
                printer.printf("Wrote %s: the record of processing, %d purpose%s.%n", file, purposes,
                        purposes == 1 ? "" : "s");
            }
            printer.flush();
            return 0;
        }
    }
}
