package org.trailmark.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.trailmark.io.Problem;
import org.trailmark.io.activitywatch.ActivityWatchReader;
import org.trailmark.io.activitywatch.AwExport;
import org.trailmark.io.activitywatch.ContextEvent;

/**
 * Damaged ActivityWatch exports (cut short, bytes changed, garbage put in) never make the reader throw;
 * every problem is placed and explained; an export cut short keeps every event that ended before the cut.
 */
class ActivityWatchFuzzTest {
    private static final Instant T0 = Instant.parse("2023-10-20T17:19:53Z");
    private static final String EXPORT = export();
    private static final byte[] BYTES = EXPORT.getBytes(StandardCharsets.UTF_8);

    private static String export() {
        AwExport export = new AwExport();
        AwExport.Bucket windows = export.bucket("currentwindow", "laptop.local");
        AwExport.Bucket afk = export.bucket("afkstatus", "laptop.local");
        AwExport.Bucket tabs = export.bucket("web.tab.current", "unknown");
        for (int i = 0; i < 12; i++) {
            windows.window(T0.plusSeconds(10L * i), 9.5, "App" + i, "Title " + i);
            afk.afk(T0.plusSeconds(10L * i), 5, i % 2 == 0);
            tabs.tab(T0.plusSeconds(10L * i), 3.25, "https://example.org/" + i, "Page " + i, i == 5);
        }
        return export.json();
    }

    private static List<Problem> read(byte[] bytes, List<ContextEvent> kept) throws IOException {
        Path file = Files.createTempFile("aw-fuzz", ".json");
        try {
            Files.write(file, bytes);
            List<Problem> problems = ActivityWatchReader.read(file, kept::add);
            assertThat(problems).allSatisfy(p -> {
                assertThat(p.file()).isEqualTo(file);
                assertThat(p.reason()).isNotBlank();
            });
            return problems;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Events of the intact export whose closing brace lies before {@code cut}. */
    private static int eventsEndingBefore(int cut) throws IOException {
        List<ContextEvent> all = new ArrayList<>();
        read(BYTES, all);
        String head = new String(BYTES, 0, cut, StandardCharsets.UTF_8);
        int complete = 0;
        for (ContextEvent e : all) {
            String marker = e.app() != null ? "\"" + e.app() + "\"" : e.url() != null ? "\"" + e.url() + "\"" : null;
            if (marker == null) {
                continue; // afk events name nothing to find them by; the window and tab events suffice
            }
            int at = head.indexOf(marker);
            // the event's data object and the event itself close after the marker
            int dataClosed = at < 0 ? -1 : head.indexOf('}', at);
            if (dataClosed >= 0 && head.indexOf('}', dataClosed + 1) >= 0) {
                complete++;
            }
        }
        return complete;
    }

    @Property(tries = 200)
    void anExportCutShortKeepsWhatCameBeforeTheCut(@ForAll @IntRange(min = 0, max = 20_000) int cutAt)
            throws IOException {
        int cut = Math.min(cutAt, BYTES.length);
        List<ContextEvent> kept = new ArrayList<>();

        read(java.util.Arrays.copyOf(BYTES, cut), kept);

        long keptNamed = kept.stream().filter(e -> e.app() != null || e.url() != null).count();
        assertThat(keptNamed).isGreaterThanOrEqualTo(eventsEndingBefore(cut));
    }

    @Property(tries = 300)
    void changedBytesNeverThrow(@ForAll @IntRange(min = 0, max = 1_000_000) int position,
                                @ForAll byte value, @ForAll @IntRange(min = 1, max = 8) int count) throws IOException {
        byte[] damaged = BYTES.clone();
        for (int i = 0; i < count; i++) {
            damaged[(position + i * 131) % damaged.length] = (byte) (value + i);
        }

        read(damaged, new ArrayList<>());
    }

    @Property(tries = 200)
    void garbagePutInNeverThrows(@ForAll @IntRange(min = 0, max = 1_000_000) int position,
                                 @ForAll("garbage") String garbage) throws IOException {
        int at = position % EXPORT.length();
        String damaged = EXPORT.substring(0, at) + garbage + EXPORT.substring(at);

        read(damaged.getBytes(StandardCharsets.UTF_8), new ArrayList<>());
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> garbage() {
        return net.jqwik.api.Arbitraries.of("{", "}", "[", "]", ",", "\"", "null", "-1e999", "\"duration\": -5,",
                "\"timestamp\": 17,", "\"events\": {}", "\u0000", "\uFEFF", "{\"buckets\": 1}", "NaN", "true");
    }
}
