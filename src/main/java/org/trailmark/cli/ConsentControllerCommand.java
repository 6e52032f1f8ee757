package org.trailmark.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.trailmark.store.ConsentController;
import org.trailmark.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "controller", description = "Name who decides what the recordings are used for (the controller"
        + " every consent receipt names), or show it.",
        subcommands = {ConsentControllerCommand.Set.class, ConsentControllerCommand.Show.class})
final class ConsentControllerCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "set", description = "Set the controller's name and contact; receipts issued from now on name them.")
    static final class Set implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "e.g. the company's name.")
        String name;

        @Option(names = "--contact", required = true, paramLabel = "CONTACT",
                description = "How a recorded person reaches them, e.g. privacy@example.com.")
        String contact;

        @Override
        public Integer call() {
            if (name.isBlank() || contact.isBlank()) {
                throw new UserError("--name and --contact must not be blank");
            }
            PrintWriter out = spec.commandLine().getOut();
            try (Workspace workspace = common.openWorkspace()) {
                String actor = ConsentCommand.actor(workspace, null);
                workspace.settings().put(ConsentController.NAME_SETTING, name.strip(), actor);
                workspace.settings().put(ConsentController.CONTACT_SETTING, contact.strip(), actor);
                out.printf("Consent receipts issued from now on name %s (%s) as controller.%n", name.strip(),
                        contact.strip());
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "show", description = "Show the controller consent receipts name.")
    static final class Show implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Workspace workspace = common.openWorkspace()) {
                ConsentController c = workspace.consent().controller();
                if (c.isSet()) {
                    out.printf("Controller: %s (%s)%n", c.name(), c.contact());
                } else {
                    out.println("Controller: not set. Receipts say \"not set\" until someone runs"
                            + " trailmark consent controller set --name NAME --contact CONTACT.");
                }
                out.flush();
                return 0;
            }
        }
    }
}
