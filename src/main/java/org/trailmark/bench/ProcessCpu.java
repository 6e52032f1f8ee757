package org.trailmark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of the whole process, native threads included (FFmpeg's decoder threads are not Java
 * threads, so thread CPU figures miss them). From Linux's /proc/self/stat, in clock ticks of 10 ms.
 */
final class ProcessCpu {
    private static final Path STAT = Path.of("/proc/self/stat");
    /** USER_HZ: 100 on every Linux architecture the project builds for. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private ProcessCpu() {
    }

    /** User plus system CPU time so far, or -1 where the system does not say. */
    static long nanos() {
        try {
            String stat = Files.readString(STAT);
            // the command name (field 2) may hold spaces; fields are counted after its closing parenthesis
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long user = Long.parseLong(fields[11]);
            long system = Long.parseLong(fields[12]);
            return (user + system) * NANOS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
