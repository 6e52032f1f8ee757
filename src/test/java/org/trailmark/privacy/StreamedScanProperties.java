package org.trailmark.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.trailmark.generate.GeneratedSession;
import org.trailmark.generate.SessionGenerator;
import org.trailmark.model.EventKind;
import org.trailmark.model.EventSource;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;
import org.trailmark.store.Workspace;

/**
 * The scan reads a session once, keeping its typed text and no event, and reads again only the
 * neighbourhoods of the keys that typed a finding. Whatever the source — a log in memory or a
 * stored session read chunk by chunk — it must find exactly what the whole-log scan it replaced
 * finds ({@link WholeLogReferenceScanner}): on sample sessions with planted secrets, with pointer
 * moves pushed in at random places, so that typing is split across chunk boundaries and the keys'
 * release and Shift windows (counted in events) land anywhere.
 */
class StreamedScanProperties {

    @Property(tries = 12)
    void theStreamedScanFindsWhatTheWholeLogScanFinds(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                      @ForAll @IntRange(min = 0, max = 3) int sample,
                                                      @ForAll @IntRange(min = 0, max = 140_000) int movesToAdd)
            throws Exception {
        GeneratedSession s = SessionGenerator.samples(seed).get(sample);
        SessionLog log = withMovesAt(s.log(), movesToAdd, new Random(seed ^ movesToAdd));

        List<Finding> reference = WholeLogReferenceScanner.scan(log).findings();
        assertThat(SessionScanner.scan(log).findings()).isEqualTo(reference);

        Path dir = Files.createTempDirectory("streamed-scan");
        try (Workspace workspace = Workspace.open(dir.resolve("w.trailmark"))) {
            SessionInfo info = s.info();
            workspace.sessions().add(info, log, null, "tester");
            EventSource stored = workspace.sessions().storedEvents(info.id());
            assertThat(stored.eventCount()).isEqualTo(log.size());
            assertThat(SessionScanner.scan(stored).findings()).isEqualTo(reference);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Property(tries = 8)
    void aStoredSessionHandsOverTheEventsOfAnyRangeButItsMoves(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                               @ForAll @IntRange(min = 0, max = 200_000) int from,
                                                               @ForAll @IntRange(min = 0, max = 200_000) int length)
            throws Exception {
        GeneratedSession s = SessionGenerator.samples(seed).get(0);
        SessionLog log = withMovesAt(s.log(), 150_000, new Random(seed));
        Path dir = Files.createTempDirectory("stored-events");
        try (Workspace workspace = Workspace.open(dir.resolve("w.trailmark"))) {
            workspace.sessions().add(s.info(), log, null, "tester");
            List<String> fromStore = new java.util.ArrayList<>();
            List<String> fromMemory = new java.util.ArrayList<>();
            int to = from + length;
            workspace.sessions().storedEvents(s.info().id()).withoutPointerMoves(from, to,
                    (p, k, t, a, b) -> fromStore.add(p + ":" + k + ":" + t + ":" + a + ":" + b));
            EventSource.of(log).withoutPointerMoves(from, to,
                    (p, k, t, a, b) -> fromMemory.add(p + ":" + k + ":" + t + ":" + a + ":" + b));
            assertThat(fromStore).isEqualTo(fromMemory);
            boolean reachesEnd = to >= log.size() && from < log.size();
            assertThat(fromStore.stream().anyMatch(e -> e.startsWith((log.size() - 1) + ":"))).isEqualTo(reachesEnd);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Property(tries = 6)
    void findingsAreTheSameOnEverySample(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        int found = 0;
        for (GeneratedSession s : SessionGenerator.samples(seed)) {
            List<Finding> reference = WholeLogReferenceScanner.scan(s.log()).findings();
            assertThat(SessionScanner.scan(s.log()).findings()).isEqualTo(reference);
            found += reference.size();
        }
        assertThat(found).as("the samples plant secrets, so findings are compared, not just empty lists").isPositive();
    }

    /** The log with {@code count} pointer moves inserted at random places (each at its neighbour's time). */
    static SessionLog withMovesAt(SessionLog log, int count, Random random) {
        int n = log.size() + count;
        int[] at = new int[count];
        for (int k = 0; k < count; k++) {
            at[k] = random.nextInt(log.size() + 1);
        }
        Arrays.sort(at);
        int[] time = new int[n];
        byte[] kind = new byte[n];
        int[] x = new int[n];
        int[] y = new int[n];
        int[] a = new int[n];
        int[] b = new int[n];
        int out = 0;
        int next = 0;
        for (int i = 0; i <= log.size(); i++) {
            while (next < count && at[next] == i) {
                time[out] = i == 0 ? 0 : log.time(i - 1);
                kind[out] = EventKind.POINTER_MOVE.code();
                x[out] = random.nextInt(1920);
                y[out] = random.nextInt(1080);
                a[out] = SessionLog.NO_STRING;
                b[out] = SessionLog.NO_STRING;
                out++;
                next++;
            }
            if (i < log.size()) {
                time[out] = log.time(i);
                kind[out] = log.kindCode(i);
                x[out] = log.x(i);
                y[out] = log.y(i);
                a[out] = log.a(i);
                b[out] = log.b(i);
                out++;
            }
        }
        return SessionLog.ofColumns(n, time, kind, x, y, a, b, log.strings().toArray(String[]::new));
    }
}
