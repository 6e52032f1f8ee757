package org.trailmark.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.trailmark.model.FieldRole;
import org.trailmark.model.PointerButton;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;

/**
 * Manual benchmark of native write and parse (not a test: timings do not belong in unit tests).
 * Run: java -cp test-classes:classes:deps org.trailmark.io.NativeParseBenchmark [events] [dir]
 * Prints write time, and parse-only lines/s for .jsonl.gz and .jsonl with the fast path and with
 * Jackson for every line (the baseline).
 */
public final class NativeParseBenchmark {
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private NativeParseBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("native-bench");
        SessionLog log = r1Like(events);
        Path gz = dir.resolve("r1.jsonl.gz");
        Path plain = dir.resolve("r1.jsonl");
        for (int round = 0; round < 3; round++) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            NativeSessionWriter.write(NativeTestSessions.info(), log, gz);
            long t1 = THREADS.getCurrentThreadCpuTime();
            NativeSessionWriter.write(NativeTestSessions.info(), log, plain);
            long t2 = THREADS.getCurrentThreadCpuTime();
            System.out.printf("write (thread cpu): gz %.0f ms (%d bytes), plain %.0f ms (%d bytes)%n", (t1 - t0) / 1e6,
                    Files.size(gz), (t2 - t1) / 1e6, Files.size(plain));
        }
        for (int level : new int[] {1, 2, 3, 4, 6}) {
            Path other = dir.resolve("level" + level + ".jsonl.gz");
            long t0 = THREADS.getCurrentThreadCpuTime();
            NativeSessionWriter.write(NativeTestSessions.info(), log, other, level);
            long t1 = THREADS.getCurrentThreadCpuTime();
            System.out.printf("write level %d: %.0f ms cpu, %d bytes%n", level, (t1 - t0) / 1e6, Files.size(other));
            measure("gz L" + level + "  fast ", other, true, events);
        }
        for (int round = 0; round < 5; round++) {
            measure("gz    fast   ", gz, true, events);
            measure("plain fast   ", plain, true, events);
        }
        for (int round = 0; round < 2; round++) {
            measure("gz    jackson", gz, false, events);
            measure("plain jackson", plain, false, events);
        }
    }

    private static void measure(String label, Path file, boolean fast, int events) {
        NativeSessionReader reader = new NativeSessionReader(fast);
        long cpu0 = processCpuNanos();
        long thread0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        ReadResult result = reader.read(file, ImportOptions.defaults());
        long ns = System.nanoTime() - t0;
        long threadNs = THREADS.getCurrentThreadCpuTime() - thread0;
        long cpuNs = processCpuNanos() - cpu0;
        int read = result.sessions().get(0).log().size();
        if (read != events || !result.problems().isEmpty()) {
            throw new IllegalStateException("read " + read + " events, problems " + result.problems());
        }
        System.out.printf("%s wall %6.0f ms = %5.2f M lines/s | parser thread cpu %5.0f ms = %5.2f M lines/s"
                        + " | process cpu %5.0f ms (fallback lines %d)%n", label, ns / 1e6,
                (events + 1) / (ns / 1e9) / 1e6, threadNs / 1e6, (events + 1) / (threadNs / 1e9) / 1e6, cpuNs / 1e6,
                reader.fallbackLines());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** About 98 % pointer moves at 125 Hz, typing bursts, clicks, scrolls, focus and field changes. */
    static SessionLog r1Like(int events) {
        SessionLogBuilder b = new SessionLogBuilder(events);
        java.util.Random random = new java.util.Random(42);
        String[] codes = {"KeyA", "KeyS", "KeyD", "KeyF", "Space", "Backspace", "Enter", "ShiftLeft"};
        int t = 0;
        int x = 960;
        int y = 540;
        b.focus(0, "Firefox", "Inbox - Mail");
        while (b.size() < events) {
            int r = random.nextInt(1000);
            if (r < 10 && b.size() + 2 <= events) {
                String code = codes[random.nextInt(codes.length)];
                String text = code.startsWith("Key") ? code.substring(3).toLowerCase() : null;
                b.key(t, true, code, text);
                b.key(t + 60, false, code, null);
                t += 61;
            } else if (r < 12 && b.size() + 2 <= events) {
                b.button(t, true, PointerButton.LEFT, x, y);
                b.button(t + 90, false, PointerButton.LEFT, x, y);
                t += 91;
            } else if (r < 14) {
                b.wheel(t, x, y, 0, random.nextBoolean() ? -1 : 1);
            } else if (r < 15) {
                b.focus(t, random.nextBoolean() ? "Firefox" : "Terminal", "Window " + random.nextInt(20));
            } else if (r < 16) {
                b.field(t, FieldRole.ofIndex(random.nextInt(11)), "Field");
            } else {
                x = Math.max(0, Math.min(1919, x + random.nextInt(21) - 10));
                y = Math.max(0, Math.min(1079, y + random.nextInt(21) - 10));
                b.pointerMove(t, x, y);
            }
            t += 8;
        }
        return b.build();
    }
}
