package org.trailmark.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command; its subcommands are added by {@link Subcommands} (all of them, or only the one run). */
@Command(name = "trailmark", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        versionProvider = TrailmarkCommand.Version.class,
        description = "Review captured computer-use sessions before they become training data.%n"
                + "With no command, `java -jar trailmark.jar` opens the studio.")
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
