package org.trailmark.cli;

import java.util.List;
import picocli.CommandLine;

/**
 * The commands under {@code trailmark}, in the order help lists them. Picocli builds a command's
 * model by reflecting over its annotations, which costs about 0.35 s for all of them on a small
 * machine: more than a whole import of a short capture. So a command line that names one command
 * builds only that one; help, suggestions for a mistyped name and anything unrecognised get them all.
 */
final class Subcommands {
    /** Names in help order; {@link #create} makes each. {@code SubcommandsTest} checks both agree with the annotations. */
    static final List<String> NAMES = List.of("import", "sessions", "info", "validate", "generate", "bench",
            "task", "tasks", "flag", "flags", "region", "review", "submit", "adjudicate", "agreement",
            "assign", "unassign", "assignments", "next", "audit", "labels", "scan", "eval-detection",
            "consent", "export", "verify-export", "frame", "subject", "erase", "retention", "hold", "workspace", "media-check",
            "report");

    private Subcommands() {
    }

    /** Adds to the top command what {@code args} needs: the one command it names, else every command. */
    static void addTo(CommandLine top, String[] args) {
        String named = commandNamed(args);
        for (String name : named == null ? NAMES : List.of(named)) {
            top.addSubcommand(name, create(name));
        }
        if (named == null) {
            top.addSubcommand("help", new CommandLine.HelpCommand());
        }
    }

    /** The command the first argument names, or null when it names none (or asks for help). */
    static String commandNamed(String[] args) {
        if (args.length == 0 || !NAMES.contains(args[0])) {
            return null;
        }
        return args[0];
    }

    static Object create(String name) {
        return switch (name) {
            case "import" -> new ImportCommand();
            case "sessions" -> new SessionsCommand();
            case "info" -> new InfoCommand();
            case "validate" -> new ValidateCommand();
            case "generate" -> new GenerateCommand();
            case "bench" -> new BenchCommand();
            case "task" -> new TaskCommand();
            case "tasks" -> new TasksCommand();
            case "flag" -> new FlagCommand();
            case "flags" -> new FlagsCommand();
            case "region" -> new RegionCommand();
            case "review" -> new ReviewCommand();
            case "submit" -> new SubmitCommand();
            case "adjudicate" -> new AdjudicateCommand();
            case "agreement" -> new AgreementCommand();
            case "assign" -> new AssignCommand();
            case "unassign" -> new UnassignCommand();
            case "assignments" -> new AssignmentsCommand();
            case "next" -> new NextCommand();
            case "audit" -> new AuditCommand();
            case "labels" -> new LabelsCommand();
            case "scan" -> new ScanCommand();
            case "eval-detection" -> new DetectionQualityCommand();
            case "consent" -> new ConsentCommand();
            case "export" -> new ExportCommand();
            case "verify-export" -> new VerifyExportCommand();
            case "frame" -> new FrameCommand();
            case "subject" -> new SubjectCommand();
            case "erase" -> new EraseCommand();
            case "retention" -> new RetentionCommand();
            case "hold" -> new HoldCommand();
            case "workspace" -> new WorkspaceCommand();
            case "media-check" -> new MediaCheckCommand();
            case "report" -> new ReportCommand();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }
}
