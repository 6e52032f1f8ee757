package org.trailmark.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "trailmark", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        versionProvider = TrailmarkCommand.Version.class,
        description = "Review captured computer-use sessions before they become training data.%n"
                + "With no command, `java -jar trailmark.jar` opens the studio.",
        subcommands = {ImportCommand.class, SessionsCommand.class, InfoCommand.class, ValidateCommand.class,
                GenerateCommand.class, BenchCommand.class, TaskCommand.class, TasksCommand.class, FlagCommand.class,
                FlagsCommand.class, RegionCommand.class, ReviewCommand.class, AuditCommand.class, LabelsCommand.class, ScanCommand.class,
                DetectionQualityCommand.class,
                ConsentCommand.class, ExportCommand.class, VerifyExportCommand.class, SubjectCommand.class,
                EraseCommand.class, WorkspaceCommand.class,
                CommandLine.HelpCommand.class})
final class TrailmarkCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = TrailmarkCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Trailmark " + (v == null ? "(development build)" : v)};
        }
    }
}
