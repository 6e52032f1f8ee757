package org.trailmark.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import org.trailmark.review.ReviewException;
import org.trailmark.store.NoWorkspaceException;
import org.trailmark.store.WorkspaceException;
import picocli.CommandLine;

/** Runs the command line: one plain line per error, a stack trace only with --debug. */
public final class Cli {
    static final String NO_WORKSPACE_HINT =
            "create one with: trailmark import FILE  or  trailmark workspace init PATH";

    private Cli() {
    }

    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine commandLine = new CommandLine(new TrailmarkCommand());
        Subcommands.addTo(commandLine, args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        PlainConverters.registerOn(commandLine);
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            err.println("trailmark: error: " + plainMessage(ex));
            if (ex instanceof NoWorkspaceException) {
                err.println(NO_WORKSPACE_HINT);
            }
            if (debug) {
                ex.printStackTrace(err);
            }
            err.flush();
            return 2;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Our own exceptions carry plain, content-free messages; anything else is unexpected, and its
     * message may carry anything, so only its type is named.
     */
    static String plainMessage(Throwable ex) {
        if (ex instanceof UserError || ex instanceof WorkspaceException || ex instanceof ReviewException) {
            return ex.getMessage();
        }
        if (ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException) {
            return FileProblem.describe(ex);
        }
        if (ex instanceof OutOfMemoryError) {
            return "out of memory; give Java more with -Xmx";
        }
        return "unexpected " + ex.getClass().getSimpleName() + "; run again with --debug for details";
    }
}
