package org.trailmark.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a command as a child process and measures its wall time and peak resident memory from outside
 * it: a JVM's own view of itself misses its start-up and its memory outside the heap.
 */
abstract class ChildMeter {
    private final Path scratch;

    ChildMeter(Path scratch) {
        this.scratch = scratch;
    }

    /** Says in the output which tool measured the children, e.g. {@code /usr/bin/time (GNU)}. */
    abstract String description();

    abstract ChildRun run(List<String> command) throws IOException, InterruptedException;

    /**
     * The most exact meter this machine has: GNU time, else Python's {@code getrusage} of its child,
     * else polling the child's high-water mark in {@code /proc}.
     */
    static ChildMeter best(Path scratch, String python) throws IOException, InterruptedException {
        if (GnuTimeMeter.available(scratch)) {
            return new GnuTimeMeter(scratch);
        }
        if (python != null) {
            return new PythonRusageMeter(scratch, python);
        }
        return new ProcPollingMeter(scratch);
    }

    Path scratchFile(String name) {
        return scratch.resolve(name);
    }

    /** Starts the command with its output to a scratch file and its input closed. */
    Process start(List<String> command) throws IOException {
        Files.createDirectories(scratch);
        return new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                .redirectOutput(scratchFile("child.out").toFile())
                .redirectError(scratchFile("child.err").toFile())
                .start();
    }

    String childOutput() throws IOException {
        Path out = scratchFile("child.out");
        return Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
    }

    /** The first line of the child's error output, for a failure message (the bench's children print no captured content). */
    String childErrorLine() throws IOException {
        Path err = scratchFile("child.err");
        if (!Files.exists(err)) {
            return "";
        }
        return Files.readAllLines(err, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).findFirst().orElse("");
    }

    void cleanUp() throws IOException {
        Files.deleteIfExists(scratchFile("child.out"));
        Files.deleteIfExists(scratchFile("child.err"));
        Files.deleteIfExists(scratchFile("child.measure"));
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
