package org.trailmark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The last resort: the parent times the child and polls its high-water mark ({@code VmHWM} in
 * {@code /proc/PID/status}, which only grows) every few milliseconds until it exits. Growth in the
 * child's last milliseconds can be missed; without {@code /proc} the memory is not measured.
 */
final class ProcPollingMeter extends ChildMeter {
    private static final long POLL_MILLIS = 2;

    ProcPollingMeter(Path scratch) {
        super(scratch);
    }

    @Override
    String description() {
        return "VmHWM polled in /proc/PID/status every " + POLL_MILLIS + " ms, wall time from the parent";
    }

    @Override
    ChildRun run(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process child = start(command);
        Path status = Path.of("/proc", Long.toString(child.pid()), "status");
        long peakKib = -1;
        while (child.isAlive()) {
            peakKib = Math.max(peakKib, highWaterKib(status));
            Thread.sleep(POLL_MILLIS);
        }
        int code = child.waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        // a reaped child's CPU time is no longer in /proc
        return new ChildRun(code, wall, peakKib < 0 ? Double.NaN : peakKib / 1024.0, Double.NaN, childOutput());
    }

    private static long highWaterKib(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the child is gone, or this system has no /proc
        }
        return -1;
    }
}
