package org.trailmark.store.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;
import org.trailmark.store.CodecProbe;
import org.trailmark.store.SyntheticSessions;
import org.trailmark.store.Workspace;

/**
 * Manual measurement of the store on a synthetic R1-like session (not a test: timings on a
 * shared machine are noisy). Run with the test class path:
 * {@code java -cp test-classes:classes:<deps> org.trailmark.store.bench.WorkspaceBench [events]}.
 */
public final class WorkspaceBench {
    private WorkspaceBench() {
    }

    /** "Open a session ready to play" as a user meets it: a new process, nothing warmed up. */
    private static void loadOnceInAFreshJvm(Path file, String id) {
        // CPU time beside wall time: on a shared, overloaded machine wall time mostly measures the neighbours.
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        long start = System.nanoTime();
        try (Workspace w = Workspace.open(file)) {
            long opened = System.nanoTime();
            long cpuBefore = os.getProcessCpuTime();
            SessionLog log = w.sessions().loadLog(id);
            long loaded = System.nanoTime();
            long cpu = os.getProcessCpuTime() - cpuBefore;
            System.out.printf("fresh JVM: open workspace %.1f ms, loadLog %.1f ms wall, %.1f ms process CPU"
                    + " (all threads, JIT included) (%,d events)%n",
                    (opened - start) / 1e6, (loaded - opened) / 1e6, cpu / 1e6, log.size());
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("load")) {
            loadOnceInAFreshJvm(Path.of(args[1]), args[2]);
            return;
        }
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        SessionLog log = SyntheticSessions.r1Like(events, 42);
        System.out.printf("synthetic log: %,d events, %,d ms, %d strings%n", log.size(), log.durationMs(),
                log.stringCount());

        System.out.println("codec (single thread): level, chunk events, bytes/event, encode ms, decode ms");
        for (int chunk : new int[] {32_768, 65_536}) {
            for (int level : new int[] {1, 3, 6, 9}) {
                long bytes = CodecProbe.encodedBytes(log, chunk, level);
                long bestDecode = Long.MAX_VALUE;
                for (int i = 0; i < 5; i++) {
                    bestDecode = Math.min(bestDecode, CodecProbe.decodeAll(log, chunk, level));
                }
                long encode = CodecProbe.encodeNanos(log, chunk, level, 3);
                System.out.printf("  %d  %,7d  %.3f  %.1f  %.1f%n", level, chunk, (double) bytes / events,
                        encode / 1e6, bestDecode / 1e6);
            }
        }

        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        Path dir = Files.createTempDirectory("trailmark-bench");
        try {
            long[] addNs = new long[5];
            long[] addCpu = new long[5];
            Path file = null;
            for (int round = 0; round < addNs.length; round++) {
                file = dir.resolve("w" + round + ".trailmark");
                try (Workspace w = Workspace.open(file)) {
                    SessionInfo info = SyntheticSessions.info("r1", "subject-1");
                    long cpuBefore = os.getProcessCpuTime();
                    long start = System.nanoTime();
                    w.sessions().add(info, log, null, "bench");
                    addNs[round] = System.nanoTime() - start;
                    addCpu[round] = os.getProcessCpuTime() - cpuBefore;
                    w.checkpoint();
                }
            }
            long fileBytes = Files.size(file);
            if (System.getProperty("bench.keep") != null) {
                Path kept = Path.of(System.getProperty("bench.keep"));
                Files.copy(file, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                System.out.println("kept workspace at " + kept);
            }
            Arrays.sort(addNs);
            Arrays.sort(addCpu);
            System.out.printf("addSession (committed): median %.1f ms, best %.1f ms wall; median %.1f ms process CPU%n",
                    addNs[2] / 1e6, addNs[0] / 1e6, addCpu[2] / 1e6);
            System.out.printf("workspace file after checkpoint: %,d bytes = %.3f bytes/event%n", fileBytes,
                    (double) fileBytes / events);

            try (Workspace w = Workspace.open(file)) {
                long[] loadNs = new long[9];
                long[] loadCpu = new long[9];
                SessionLog loaded = null;
                for (int i = 0; i < loadNs.length; i++) {
                    long cpuBefore = os.getProcessCpuTime();
                    long start = System.nanoTime();
                    loaded = w.sessions().loadLog("r1");
                    loadNs[i] = System.nanoTime() - start;
                    loadCpu[i] = os.getProcessCpuTime() - cpuBefore;
                }
                Arrays.sort(loadCpu);
                System.out.printf("loadLog: median %.1f ms process CPU%n", loadCpu[loadCpu.length / 2] / 1e6);
                long firstLoad = loadNs[0];
                Arrays.sort(loadNs);
                System.out.printf("loadLog: first %.1f ms, median %.1f ms, best %.1f ms%n", firstLoad / 1e6,
                        loadNs[loadNs.length / 2] / 1e6, loadNs[0] / 1e6);
                System.out.printf("loaded log resident: %.2f bytes/event%n",
                        (double) loaded.approximateBytes() / loaded.size());
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
