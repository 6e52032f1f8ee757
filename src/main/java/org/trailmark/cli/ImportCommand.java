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
import org.trailmark.ingest.ContextTargets;
import org.trailmark.ingest.ImportProgress;
import org.trailmark.ingest.ImportReport;
import org.trailmark.ingest.ImportService;
import org.trailmark.ingest.SessionOutcome;
import org.trailmark.io.Problem;
import org.trailmark.model.Flag;
import org.trailmark.model.SubjectIds;
import org.trailmark.privacy.ContextScanner;
import org.trailmark.review.FindingsService;
import org.trailmark.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", description = {
        "Import capture files and folders into the workspace: native .jsonl/.jsonl.gz, DuckTrack and AgentNet"
                + " folders, OpenAdapt recording.db, rrweb .json/.jsonl, screenpipe db.sqlite (recognised by content;"
                + " docs/formats/).",
        "With --context FILE, add an ActivityWatch export's window, AFK and browser-tab spans to the sessions"
                + " captured on the same host at the same time.",
        "Exit code: 0 imported cleanly, 1 imported with warnings, 2 nothing imported."})
final class ImportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Capture files or folders.")
    List<Path> paths = List.of();

    @Option(names = "--subject", paramLabel = "ID", description = "Pseudonymous subject id to assign to every imported"
            + " session; with --context and no PATH, the subject whose sessions take the context.")
    String subject;

    @Option(names = "--context", paramLabel = "FILE", description = "An ActivityWatch export (aw-buckets-export.json)"
            + " whose spans go to the overlapping sessions of the same host; it holds no input, so it is no session.")
    List<Path> contexts = List.of();

    @Option(names = "--session", paramLabel = "ID", description = "With --context: add the context to this session"
            + " (repeatable), for recordings whose host is unknown.")
    List<String> contextSessions = List.of();

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
        if (paths.isEmpty() && contexts.isEmpty()) {
            throw new UserError("name a capture PATH to import, or an ActivityWatch export with --context FILE");
        }
        if (!contextSessions.isEmpty() && contexts.isEmpty()) {
            throw new UserError("--session names the sessions that take a --context FILE; give the FILE too");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (paths.isEmpty()) {
            try (Workspace workspace = common.openWorkspace()) {
                return new ContextImportRun(workspace, noScan, contextTargets()).run(contexts, json, out);
            }
        }
        ImportWarmUp.start(!noScan);
        try (Workspace workspace = common.openOrCreateWorkspace()) {
            ImportReport report = new ImportService(workspace, System.getProperty("user.name", "cli"))
                    .importPaths(paths, limits.options(subject).withKeepClipboard(keepClipboard), ImportProgress.NONE);
            Map<String, Integer> scanned = noScan ? Map.of() : scanImported(workspace, report);
            ContextImportRun context = new ContextImportRun(workspace, noScan, contextTargets());
            if (json) {
                ArrayNode array = toJson(report);
                for (var node : array) {
                    Integer suggested = scanned.get(node.path("id").asText(null));
                    if (suggested != null) {
                        ((ObjectNode) node).put("suggested_flags", suggested);
                    }
                }
                if (contexts.isEmpty()) {
                    Json.print(out, array);
                    return report.exitCode();
                }
                // with a context the answer is one object: the sessions as without, and the context's reports
                ObjectNode both = Json.object();
                both.set("imported", array);
                int contextExit = context.runInto(contexts, both.putArray("context"));
                Json.print(out, both);
                return Math.max(report.exitCode(), contextExit);
            }
            printText(out, report);
            if (!scanned.isEmpty()) {
                int found = scanned.values().stream().mapToInt(Integer::intValue).sum();
                out.printf("Sensitive-data scan: %,d possible sensitive span(s) in %d new session(s), kept as"
                        + " suggestions to confirm or reject (trailmark flags SESSION).%n", found, scanned.size());
                out.flush();
            }
            return contexts.isEmpty() ? report.exitCode() : Math.max(report.exitCode(), context.run(contexts, false, out));
        }
    }

    /** With PATHs, --subject is the subject given to what is imported; alone, it names the context's targets. */
    private ContextTargets contextTargets() {
        return new ContextTargets(contextSessions, subject);
    }

    private static Map<String, Integer> scanImported(Workspace workspace, ImportReport report) {
        Map<String, Integer> scanned = new LinkedHashMap<>();
        FindingsService findings = new FindingsService(workspace, System.getProperty("user.name", "cli"));
        for (SessionOutcome s : report.sessions()) {
            if (s.status() == SessionOutcome.Status.IMPORTED) {
                // the scan reads the stored chunks one at a time and never looks at pointer moves: memory stays flat
                List<Flag> flags = ContextScanner.suggestedFlags(workspace.sessions().storedEvents(s.sessionId()),
                        workspace.context().ofSession(s.sessionId()), s.sessionId());
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
            // a file Trailmark only noted (an ActivityWatch export in a folder) was skipped, not failed
            node.put("status", report.problems().stream().filter(p -> Objects.equals(p.file(), file))
                    .allMatch(Problem::isNote) ? "skipped" : "failed");
            node.put("source", Json.pathText(file));
            node.set("warnings", Json.problems(report.problems().stream()
                    .filter(p -> Objects.equals(p.file(), file)).toList()));
        }
        return array;
    }
}
