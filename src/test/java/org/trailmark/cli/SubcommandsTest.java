package org.trailmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class SubcommandsTest {

    @Test
    void everyNameMakesTheCommandItsAnnotationNames() {
        for (String name : Subcommands.NAMES) {
            Object command = Subcommands.create(name);
            assertThat(command.getClass().getAnnotation(Command.class).name()).as(name).isEqualTo(name);
        }
    }

    @Test
    void aCommandLineNamingOneCommandBuildsOnlyThatCommand() {
        CommandLine top = new CommandLine(new TrailmarkCommand());
        Subcommands.addTo(top, new String[] {"sessions", "--json"});
        assertThat(top.getSubcommands().keySet()).containsExactly("sessions");
    }

    @Test
    void helpAndUnknownNamesGetEveryCommandSoSuggestionsAndListsAreWhole() {
        for (String[] args : new String[][] {{}, {"--help"}, {"help", "import"}, {"sesions"}, {"--version"}}) {
            CommandLine top = new CommandLine(new TrailmarkCommand());
            Subcommands.addTo(top, args);
            assertThat(top.getSubcommands().keySet()).containsAll(Subcommands.NAMES).contains("help");
        }
    }

    @Test
    void topLevelHelpListsEveryCommandInOrder() {
        StringWriter out = new StringWriter();
        int code = Cli.run(new String[] {"--help"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        String help = out.toString();
        int at = -1;
        for (String name : Subcommands.NAMES) {
            if (Subcommands.create(name).getClass().getAnnotation(Command.class).hidden()) {
                assertThat(help).doesNotContain("\n  " + name + " ");
                continue;
            }
            int next = help.indexOf("\n  " + name + " ");
            assertThat(next).as(name + " listed after the one before it").isGreaterThan(at);
            at = next;
        }
    }

    @Test
    void aMistypedCommandIsStillAnsweredWithTheCommandMeant() {
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"sesions"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("sessions");
    }

    @Test
    void aNamedCommandStillInheritsTheStandardHelpOption() {
        StringWriter out = new StringWriter();
        int code = Cli.run(new String[] {"sessions", "--help"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        assertThat(out.toString()).contains("Usage: trailmark sessions");
    }
}
