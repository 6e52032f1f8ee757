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
 * included sessions per second of a full verified export in every format, and of a baseline written
 * the simple way a competent engineer would: load each session, re-run the detectors, check each event
 * against the masked spans in turn, and write it as a {@code Map} through one shared ObjectMapper. The
 * baseline writes one event stream only (no other format, no verification): it does less than the real
 * export, never more. Both are warmed and timed alike.
 */
public final class ExportBenchmark {
    /** By default the baseline exports every included event, as the real export does. */
    public static final long DEFAULT_BASELINE_EVENT_LIMIT = Long.MAX_VALUE;

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
     * @param baselineEventLimit the baseline stops after this many events (tests); its fixed costs (loading and
     *                           scanning whole sessions) then weigh on fewer events, so the bench uses no limit
     * @param warmUps untimed exports first, of each side: the JIT's start-up is not export cost
     * @param rounds  timed exports of each side; the medians are reported
     */
    public static Result run(Workspace workspace, Path outDir, long baselineEventLimit, int warmUps, int rounds) {
        ExportOptions options = ExportOptions.defaults("bench").withSeed(1)
                .withFormats(EnumSet.allOf(ExportFormat.class)).withPyautogui(true);
        Selection selection = Selection.of(workspace, false, ExportFilter.NONE);
        long events = 0;
        for (Selection.Chosen chosen : selection.included()) {
            events += workspace.sessions().loadLog(chosen.session().id()).size();
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
        double exportSeconds = median(seconds);
        long[] baselineEvents = {0};
        double[] baselineSeconds = new double[seconds.length];
        for (int r = -Math.max(0, warmUps); r < baselineSeconds.length; r++) {
            Path out = outDir.resolve("baseline");
            if (Files.exists(out)) {
                deleteTree(out);
            }
            baselineEvents[0] = 0;
            long start = System.nanoTime();
            baseline(workspace, selection, out, baselineEventLimit, baselineEvents);
            if (r >= 0) {
                baselineSeconds[r] = (System.nanoTime() - start) / 1e9;
            }
        }
        return new Result(events, exportSeconds, rate(events, exportSeconds), baselineEvents[0],
                rate(baselineEvents[0], median(baselineSeconds)));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
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
        ObjectMapper mapper = new ObjectMapper();
        try {
            Files.createDirectories(dir);
            for (Selection.Chosen chosen : selection.included()) {
                String id = chosen.session().id();
                SessionLog log = workspace.sessions().loadLog(id);
                List<int[]> spans = new ArrayList<>();
                for (Flag f : workspace.flags().ofSession(id)) {
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
                            if (log.time(i) >= span[0] && log.time(i) < span[1]) {
                                masked = true;
                                break;
                            }
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
                        w.write(mapper.writeValueAsString(event));
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
