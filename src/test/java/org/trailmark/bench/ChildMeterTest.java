package org.trailmark.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way of measuring a child from outside sees the memory it really touched, its exit code and its output. */
class ChildMeterTest {
    /** Holds 120 MiB of touched bytes, spends CPU time, prints a line, exits with 3. */
    private static final String HOLDS_120_MIB = "import sys, time\n"
            + "b = b'x' * (120 << 20)\n"
            + "s = sum(range(20000000))\n"
            + "print('held', len(b) >> 20)\n"
            + "sys.stdout.flush()\n"
            + "time.sleep(0.2)\n"
            + "sys.exit(3)\n";

    @TempDir
    Path dir;

    private static String python() {
        String python = BaselineScripts.findPython(null).orElse(null);
        assumeTrue(python != null, "python3 is needed to make a child of known size");
        return python;
    }

    @Test
    void gnuTimeSeesThePeakTheExitCodeAndTheOutput() throws Exception {
        String python = python();
        assumeTrue(GnuTimeMeter.available(dir), "GNU time at /usr/bin/time");
        ChildRun run = assertSeesTheChild(new GnuTimeMeter(dir), python);
        assertThat(run.cpuSeconds()).isGreaterThanOrEqualTo(0.1);
    }

    @Test
    void pythonRusageSeesThePeakTheExitCodeAndTheOutput() throws Exception {
        String python = python();
        ChildRun run = assertSeesTheChild(new PythonRusageMeter(dir, python), python);
        assertThat(run.cpuSeconds()).isGreaterThanOrEqualTo(0.1);
    }

    @Test
    void procPollingSeesThePeakTheExitCodeAndTheOutput() throws Exception {
        String python = python();
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "a /proc file system");
        assertSeesTheChild(new ProcPollingMeter(dir), python);
    }

    @Test
    void theBestMeterIsGnuTimeWhereThereIsOne() throws Exception {
        assumeTrue(GnuTimeMeter.available(dir), "GNU time at /usr/bin/time");
        assertThat(ChildMeter.best(dir, null)).isInstanceOf(GnuTimeMeter.class);
    }

    @Test
    void withoutGnuTimeOrPythonTheParentPollsProc() throws Exception {
        assumeTrue(!GnuTimeMeter.available(dir), "only where GNU time is missing");
        assertThat(ChildMeter.best(dir, null)).isInstanceOf(ProcPollingMeter.class);
    }

    private ChildRun assertSeesTheChild(ChildMeter meter, String python) throws Exception {
        ChildRun run = meter.run(List.of(python, "-c", HOLDS_120_MIB));
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.stdout()).contains("held 120");
        assertThat(run.peakRssMib()).as(meter.description()).isGreaterThanOrEqualTo(118);
        assertThat(run.wallSeconds()).isPositive();
        meter.cleanUp();
        try (var left = Files.list(dir)) {
            assertThat(left.toList()).as("scratch files removed").isEmpty();
        }
        return run;
    }
}
