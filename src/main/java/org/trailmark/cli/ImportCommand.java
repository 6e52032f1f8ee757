package org.trailmark.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import org.trailmark.ingest.ImportProgress;
import org.trailmark.ingest.ImportReport;
import org.trailmark.ingest.ImportService;
import org.trailmark.ingest.SessionOutcome;
import org.trailmark.io.Problem;
import org.trailmark.model.Flag;
import org.trailmark.model.SubjectIds;
import org.trailmark.privacy.SessionScanner;
import org.trailmark.review.FindingsService;
import org.trailmark.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", description = {
        "Import capture files and folders (native .jsonl/.jsonl.gz, DuckTrack, AgentNet) into the workspace.",
        "Exit code: 0 imported cleanly, 1 imported with warnings, 2 nothing imported."})
final class ImportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Capture files or folders.")
    List<Path> paths;

    @Option(names = "--subject", paramLabel = "ID", description = "Pseudonymous subject id to assign to every imported session.")
    String subject;

    @Mixin
    ImportLimitOptions limits;

    @Option(names = "--keep-clipboard", description = "Keep the text of clipboard copies and pastes a recorder"
            + " captured (screenpipe). By default only that a copy or paste happened and its length are imported.")
    boolean keepClipboard;

    @Option(names = "--json", description = "Print an array of {id, format, events, status, warnings,"
            + " suggested_flags} instead of text.")
    boolean json;

    @Option(names = "--no-scan", description = "Do not look for sensitive data in the new sessions now (the studio"
            + " and `scan` can do it later; exports always check).")
    boolean noScan;

    @Override
    public Integer call() {
        if (subject != null) {
            SubjectIds.problemAsPerson(subject).ifPresent(problem -> {
                throw new UserError("--subject: " + problem);
            });
        }
        PrintWriter out = spec.commandLine().getOut();
        ImportWarmUp.start(!noScan);
        try (Workspace workspace = common.openOrCreateWorkspace()) {
            ImportReport report = new ImportService(workspace, System.getProperty("user.name", "cli"))
                    .importPaths(paths, limits.options(subject).withKeepClipboard(keepClipboard), ImportProgress.NONE);
            Map<String, Integer> scanned = noScan ? Map.of() : scanImported(workspace, report);
            if (json) {
                ArrayNode array = toJson(report);
                for (var node : array) {
                    Integer suggested = scanned.get(node.path("id").asText(null));
                    if (suggested != null) {
                        ((ObjectNode) node).put("suggested_flags", suggested);
                    }
                }
                Json.print(out, array);
            } else {
                printText(out, report);
                if (!scanned.isEmpty()) {
                    int found = scanned.values().stream().mapToInt(Integer::intValue).sum();
                    out.printf("Sensitive-data scan: %,d possible sensitive span(s) in %d new session(s), kept as"
                            + " suggestions to confirm or reject (trailmark flags SESSION).%n", found, scanned.size());
                    out.flush();
                }
            }
            return report.exitCode();
        }
    }

    private static Map<String, Integer> scanImported(Workspace workspace, ImportReport report) {
        Map<String, Integer> scanned = new LinkedHashMap<>();
        FindingsService findings = new FindingsService(workspace, System.getProperty("user.name", "cli"));
        for (SessionOutcome s : report.sessions()) {
            if (s.status() == SessionOutcome.Status.IMPORTED) {
                // the scan never looks at pointer moves: loading only the rest keeps memory flat
                List<Flag> flags = SessionScanner.suggestedFlags(workspace.loadWithoutPointerMoves(s.sessionId()),
                        s.sessionId());
                findings.store(s.sessionId(), flags);
                scanned.put(s.sessionId(), flags.size());
            }
        }
        return scanned;
    }

    static void printText(PrintWriter out, ImportReport report) {
        for (SessionOutcome s : report.sessions()) {
            String what = switch (s.status()) {
                case IMPORTED -> "imported";
                case ALREADY_PRESENT -> "already in workspace, skipped";
                case FAILED -> "failed";
            };
            out.printf("%-34s %-9s %,12d events  %s%n", s.sessionId(), s.format(), s.events(), what);
        }
        for (Problem p : report.problems()) {
            out.println(p);
        }
        out.println(report.summary());
        out.flush();
    }

    static ArrayNode toJson(ImportReport report) {
        ArrayNode array = Json.array();
        Set<Path> filesWithSession = new LinkedHashSet<>();
        for (SessionOutcome s : report.sessions()) {
            filesWithSession.add(s.source());
            ObjectNode node = array.addObject();
            node.put("id", s.sessionId());
            node.put("format", s.format());
            node.put("events", s.events());
            node.put("status", s.status().name().toLowerCase());
            node.put("source", Json.pathText(s.source()));
            node.set("warnings", Json.problems(s.warnings()));
        }
        // Inputs that yielded no session still deserve an entry, so a script sees every failure.
        Set<Path> failedFiles = new LinkedHashSet<>();
        for (Problem p : report.problems()) {
            if (!filesWithSession.contains(p.file()) && !report.sessions().stream()
                    .anyMatch(s -> s.warnings().contains(p))) {
                failedFiles.add(p.file());
            }
        }
        for (Path file : failedFiles) {
            ObjectNode node = array.addObject();
            node.putNull("id");
            node.putNull("format");
            node.put("events", 0);
            node.put("status", "failed");
            node.put("source", Json.pathText(file));
            node.set("warnings", Json.problems(report.problems().stream()
                    .filter(p -> Objects.equals(p.file(), file)).toList()));
        }
        return array;
    }
}
