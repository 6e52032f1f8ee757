package org.trailmark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the figures were measured on, for the output beside them: a figure without its machine means little. */
public record MachineFacts(String cpu, int cores, double memoryGib, String os, String java) {

    public static MachineFacts ofThisMachine() {
        return new MachineFacts(cpuModel(), Runtime.getRuntime().availableProcessors(), totalMemoryGib(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    }

    private static String cpuModel() {
        String line = firstLineStartingWith(Path.of("/proc/cpuinfo"), "model name");
        return line == null ? "unknown" : line.substring(line.indexOf(':') + 1).trim();
    }

    private static double totalMemoryGib() {
        String line = firstLineStartingWith(Path.of("/proc/meminfo"), "MemTotal:");
        if (line == null) {
            return Double.NaN;
        }
        try {
            return Long.parseLong(line.substring(9).trim().split("\\s+")[0]) / (1024.0 * 1024.0);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private static String firstLineStartingWith(Path file, String prefix) {
        try (var lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith(prefix)).findFirst().orElse(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
