package org.trailmark.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trailmark.model.EventKind;
import org.trailmark.model.Flag;
import org.trailmark.model.SessionLog;
import org.trailmark.privacy.Finding;
import org.trailmark.privacy.SessionScanner;
import org.trailmark.store.Workspace;

/**
 * Export throughput against a naive way of doing the same work, for the bench command: events of the
 * included sessions per second of a full verified export in every format, and of a baseline that
 * checks each event against every masked span in turn and writes each event with a fresh ObjectMapper.
 */
public final class ExportBenchmark {
    /** The baseline is slow by design; past this many events its rate is already clear. */
    public static final long DEFAULT_BASELINE_EVENT_LIMIT = 200_000;

    /**
     * @param events                    events of the included sessions
     * @param exportSeconds             wall time of the full export, verification included
     * @param exportEventsPerSecond     events ÷ export seconds
     * @param baselineEvents            events the baseline processed (it stops at its limit)
     * @param baselineEventsPerSecond   baseline events ÷ baseline seconds
     */
    public record Result(long events, double exportSeconds, double exportEventsPerSecond, long baselineEvents,
                         double baselineEventsPerSecond) {
    }

    private ExportBenchmark() {
    }

    /** Runs both into new folders under {@code outDir}: {@code export/} and {@code baseline/}. */
    public static Result run(Workspace workspace, Path outDir) {
        return run(workspace, outDir, DEFAULT_BASELINE_EVENT_LIMIT);
    }

    public static Result run(Workspace workspace, Path outDir, long baselineEventLimit) {
        return run(workspace, outDir, baselineEventLimit, 0, 1);
    }

    /**
     * @param warmUps untimed exports first: the JIT's start-up is not export cost
     * @param rounds  timed exports; the median is reported
     */
    public static Result run(Workspace workspace, Path outDir, long baselineEventLimit, int warmUps, int rounds) {
        ExportOptions options = ExportOptions.defaults("bench").withSeed(1)
                .withFormats(EnumSet.allOf(ExportFormat.class)).withPyautogui(true);
        Selection selection = Selection.of(workspace, false, ExportFilter.NONE);
        long events = 0;
        for (Selection.Chosen chosen : selection.included()) {
            events += workspace.loadLog(chosen.session().id()).size();
        }
        double[] seconds = new double[Math.max(1, rounds)];
        for (int r = -Math.max(0, warmUps); r < seconds.length; r++) {
            Path out = outDir.resolve(r == seconds.length - 1 ? "export" : "export-" + (r + warmUps));
            long start = System.nanoTime();
            ExportResult result = new Exporter(workspace, options).run(out);
            double elapsed = (System.nanoTime() - start) / 1e9;
            if (!result.verified()) {
                // Problems name files and kinds of leak, never values.
                throw new IllegalStateException("the benchmark export failed verification: " + result.problems());
            }
            if (r >= 0) {
                seconds[r] = elapsed;
            }
            if (r < seconds.length - 1) {
                deleteTree(out);
            }
        }
        java.util.Arrays.sort(seconds);
        double exportSeconds = seconds[seconds.length / 2];
        long[] baselineEvents = {0};
        long start = System.nanoTime();
        baseline(workspace, selection, outDir.resolve("baseline"), baselineEventLimit, baselineEvents);
        double baselineSeconds = (System.nanoTime() - start) / 1e9;
        return new Result(events, exportSeconds, rate(events, exportSeconds), baselineEvents[0],
                rate(baselineEvents[0], baselineSeconds));
    }

    private static void deleteTree(Path dir) {
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove a benchmark export", e);
        }
    }

    private static double rate(long events, double seconds) {
        return seconds <= 0 ? 0 : events / seconds;
    }

    private static void baseline(Workspace workspace, Selection selection, Path dir, long limit, long[] done) {
        try {
            Files.createDirectories(dir);
            for (Selection.Chosen chosen : selection.included()) {
                String id = chosen.session().id();
                SessionLog log = workspace.loadLog(id);
                List<int[]> spans = new ArrayList<>();
                for (Flag f : workspace.flags(id)) {
                    if (f.masks()) {
                        spans.add(new int[] {f.startMs(), f.endMs()});
                    }
                }
                for (Finding finding : SessionScanner.scan(log).findings()) {
                    spans.add(new int[] {finding.startMs(), finding.endMs()});
                }
                try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(done[0] + ".jsonl"), StandardCharsets.UTF_8)) {
                    for (int i = 0; i < log.size() && done[0] < limit; i++, done[0]++) {
                        boolean masked = false;
                        for (int[] span : spans) {
                            masked |= log.time(i) >= span[0] && log.time(i) < span[1];
                        }
                        EventKind kind = log.kind(i);
                        if (masked && kind.isKey()) {
                            continue;
                        }
                        Map<String, Object> event = new LinkedHashMap<>();
                        event.put("t", log.time(i));
                        event.put("type", kind.wireName());
                        event.put("x", log.x(i));
                        event.put("y", log.y(i));
                        event.put("a", log.a(i) >= 0 && kind != EventKind.WHEEL && kind != EventKind.FIELD
                                && !kind.isPointer() && kind != EventKind.PAUSE && kind != EventKind.RESUME
                                ? log.string(log.a(i)) : log.a(i));
                        event.put("b", log.b(i));
                        w.write(new ObjectMapper().writeValueAsString(event));
                        w.write('\n');
                    }
                }
                if (done[0] >= limit) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the baseline output", e);
        }
    }
}
