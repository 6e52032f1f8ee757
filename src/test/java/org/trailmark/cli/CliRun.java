package org.trailmark.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** One command run in-process with its output captured. */
record CliRun(int code, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    static CliRun of(List<String> args) {
        return of(args.toArray(String[]::new));
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
