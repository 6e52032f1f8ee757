package org.trailmark;

import java.util.Set;
import org.trailmark.cli.Cli;
import org.trailmark.ui.StudioApp;

/**
 * The one entry point. It does not extend {@code Application}, so a plain class-path launch
 * (java -jar) starts JavaFX properly; and a command never loads a JavaFX class, so the command
 * line works on machines without a display.
 */
public final class Launcher {
    /** Options the studio understands; anything else is the command line's. */
    private static final Set<String> STUDIO_OPTIONS = Set.of("--workspace", "--subject", "--debug");

    private Launcher() {
    }

    public static void main(String[] args) {
        if (opensStudio(args)) {
            StudioApp.launch(args);
        } else {
            System.exit(Cli.run(args));
        }
    }

    /** No arguments, or only studio options (e.g. {@code --workspace FILE}), opens the studio. */
    static boolean opensStudio(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!STUDIO_OPTIONS.contains(name)) {
                return false;
            }
            if (!arg.contains("=") && !name.equals("--debug")) {
                i++; // skip the option's value
            }
        }
        return true;
    }
}
