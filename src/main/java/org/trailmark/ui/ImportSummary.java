package org.trailmark.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.trailmark.ingest.ImportReport;
import org.trailmark.ingest.SessionOutcome;
import org.trailmark.io.Problem;
import org.trailmark.ui.common.Formats;

/**
 * An import report in the words the studio shows: a headline, what happened to each session, and
 * every problem as {@code file:line: reason} with the file named relative to what was imported
 * (DuckTrack folders all hold an "events.jsonl", so a bare file name would be ambiguous).
 */
public record ImportSummary(Outcome outcome, String title, String headline, List<String> imported,
                            List<String> alreadyPresent, List<String> failed, List<ProblemLine> problems,
                            List<String> notUsed) {

    /** How it went, in the terms of the command line's exit codes. */
    public enum Outcome {
        CLEAN, WITH_WARNINGS, NOTHING_IMPORTED
    }

    /** One problem, located; {@code error} means that input was not imported at all. */
    public record ProblemLine(String location, String reason, boolean error) {
        public String text() {
            return location.isEmpty() ? reason : location + ": " + reason;
        }
    }

    public ImportSummary {
        imported = List.copyOf(imported);
        alreadyPresent = List.copyOf(alreadyPresent);
        failed = List.copyOf(failed);
        problems = List.copyOf(problems);
        notUsed = List.copyOf(notUsed);
    }

    public static ImportSummary of(ImportReport report, List<Path> inputs) {
        List<String> imported = new ArrayList<>();
        List<String> present = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (SessionOutcome s : report.sessions()) {
            String line = s.sessionId() + " (" + s.format() + ", " + Formats.plural(s.events(), "event", "events") + ")";
            switch (s.status()) {
                case IMPORTED -> imported.add(line);
                case ALREADY_PRESENT -> present.add(line);
                case FAILED -> failed.add(line);
            }
        }
        List<ProblemLine> problems = new ArrayList<>();
        List<String> notUsed = new ArrayList<>();
        for (Problem p : report.problems()) {
            ProblemLine line = new ProblemLine(location(p, inputs), p.reason(), p.isError());
            if (p.isNote()) {
                notUsed.add(line.text());
            } else {
                problems.add(line);
            }
        }
        Outcome outcome = switch (report.exitCode()) {
            case ImportReport.OK -> Outcome.CLEAN;
            case ImportReport.WITH_WARNINGS -> Outcome.WITH_WARNINGS;
            default -> Outcome.NOTHING_IMPORTED;
        };
        String title = switch (outcome) {
            case CLEAN -> "Import finished";
            case WITH_WARNINGS -> "Import finished with problems";
            case NOTHING_IMPORTED -> report.sessions().isEmpty() && report.problems().isEmpty()
                    ? "No capture files found" : "Nothing imported";
        };
        String headline = report.sessions().isEmpty() && report.problems().isEmpty()
                ? "No capture files were found there. Trailmark reads .jsonl and .jsonl.gz captures and "
                  + "DuckTrack or AgentNet recording folders."
                : report.summary();
        return new ImportSummary(outcome, title, headline, imported, present, failed, problems, notUsed);
    }

    /** The whole report as plain text, as the dialog shows it and as it can be copied. */
    public String text() {
        StringBuilder sb = new StringBuilder(headline);
        section(sb, "Imported", imported);
        section(sb, "Already in the workspace", alreadyPresent);
        section(sb, "Could not be stored", failed);
        section(sb, "Problems", problems.stream().map(ProblemLine::text).toList());
        section(sb, "Not used by Trailmark", notUsed);
        return sb.toString();
    }

    /** The problems alone, one per line, for the copyable list in the dialog. */
    public String problemsText() {
        return String.join("\n", problems.stream().map(ProblemLine::text).toList());
    }

    private static void section(StringBuilder sb, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        sb.append("\n\n").append(title).append(" (").append(lines.size()).append("):");
        for (String line : lines) {
            sb.append("\n  ").append(line);
        }
    }

    private static String location(Problem p, List<Path> inputs) {
        if (p.file() == null) {
            return "";
        }
        String file = relativeToInputs(p.file(), inputs);
        if (p.table() != null) {
            file = file + ":" + p.table();
        }
        return p.line() > 0 ? file + ":" + p.line() : file;
    }

    private static String relativeToInputs(Path file, List<Path> inputs) {
        Path absolute = file.toAbsolutePath().normalize();
        for (Path input : inputs) {
            Path base = input.toAbsolutePath().normalize().getParent();
            if (base != null && absolute.startsWith(base) && !absolute.equals(base)) {
                return base.relativize(absolute).toString();
            }
        }
        return file.toString();
    }
}
