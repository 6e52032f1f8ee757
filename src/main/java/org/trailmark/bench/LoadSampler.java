package org.trailmark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The machine's one-minute load average through a run, read from {@code /proc/loadavg} at the start,
 * every few seconds and at the end: figures from a busy machine must say so. The bench's own work
 * counts too (about 1 while it runs on one thread, more when a child process runs beside it).
 */
public final class LoadSampler implements AutoCloseable {
    private static final Path LOADAVG = Path.of("/proc/loadavg");
    private static final long EVERY_MILLIS = 5_000;

    /** Load averages over the run; NaN where the system does not say. */
    public record Load(double start, double end, double min, double median, double max, int samples) {
    }

    private final List<Double> samples = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    private LoadSampler() {
        sample();
        thread = new Thread(this::loop, "bench-load-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    public static LoadSampler start() {
        return new LoadSampler();
    }

    /** Stops sampling (with a last sample) and summarises. */
    public Load stop() {
        close();
        synchronized (samples) {
            if (samples.isEmpty()) {
                return new Load(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
            }
            double[] values = samples.stream().mapToDouble(Double::doubleValue).toArray();
            double[] sorted = values.clone();
            java.util.Arrays.sort(sorted);
            return new Load(values[0], values[values.length - 1], sorted[0], Stopwatch.median(values),
                    sorted[sorted.length - 1], values.length);
        }
    }

    @Override
    public void close() {
        if (running) {
            running = false;
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sample();
        }
    }

    private void loop() {
        while (running) {
            try {
                Thread.sleep(EVERY_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            sample();
        }
    }

    private void sample() {
        double load = oneMinute();
        if (!Double.isNaN(load)) {
            synchronized (samples) {
                samples.add(load);
            }
        }
    }

    static double oneMinute() {
        try {
            return Double.parseDouble(Files.readString(LOADAVG).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
