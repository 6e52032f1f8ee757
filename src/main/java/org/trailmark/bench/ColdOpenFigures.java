package org.trailmark.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The first open of a session in a fresh JVM ({@code open_cold_ms}): each sample is a new child JVM
 * running {@link ColdOpenProbe}, started as Trailmark starts ({@link JavaChild}: through the launcher
 * when the bench runs from the packaged jar), timed by this process from starting it to its {@code ready} line, so
 * JVM start, class loading and the cold JIT are all in it, as when a person starts Trailmark to look at
 * one session. The naive load gets the same treatment. Medians.
 */
final class ColdOpenFigures {
    private ColdOpenFigures() {
    }

    static List<Figure> measure(Path workspaceFile, String sessionId, Path naiveDb, int rounds, PrintWriter log)
            throws IOException, InterruptedException {
        JavaChild java = JavaChild.ofThisBuild();
        java.prepare();
        double[][] fast = samples(java.main(ColdOpenProbe.class, List.of("fast", workspaceFile.toString(), sessionId)),
                rounds);
        double[][] naive = samples(java.main(ColdOpenProbe.class, List.of("naive", naiveDb.toString())), rounds);
        double fastOutside = Stopwatch.median(fast[0]);
        double fastInside = Stopwatch.median(fast[1]);
        double naiveOutside = Stopwatch.median(naive[0]);
        double naiveInside = Stopwatch.median(naive[1]);
        log.printf("bench: first open in a fresh JVM, %d JVMs each: %.0f ms from starting java (the open alone %.0f ms);"
                + " naive %.0f ms (%.0f ms)%n", rounds, fastOutside, fastInside, naiveOutside, naiveInside);
        log.flush();
        String how = "measured by the parent from starting the child (" + java.description()
                + ") to its ready line (JVM start included)";
        return List.of(
                new Figure("open_cold_ms", "first open of a session in a fresh JVM, ready to play", fastOutside, "ms",
                        naiveOutside, 300, false, how),
                new Figure("open_cold_in_jvm_ms", "the same open alone, timed inside the fresh JVM (reference)",
                        fastInside, "ms", naiveInside, 0, false, "measured by the child around the open"));
    }

    /** [0] ms from start to ready, seen from here; [1] ms of the open as the child timed it. */
    private static double[][] samples(List<String> command, int rounds) throws IOException, InterruptedException {
        double[][] samples = new double[2][rounds];
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String ready = null;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null && ready == null) {
                    if (line.startsWith(ColdOpenProbe.READY + " ")) {
                        samples[0][r] = (System.nanoTime() - start) / 1e6;
                        ready = line;
                    }
                }
            }
            int code = child.waitFor();
            if (ready == null || code != 0) {
                throw new IOException("the cold-open child failed (exit " + code + ")");
            }
            samples[1][r] = Double.parseDouble(ready.split(" ")[1]);
        }
        return samples;
    }
}
