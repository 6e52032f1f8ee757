package org.trailmark.io.activitywatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.io.Problem;
import org.trailmark.io.ducktrack.RecordingMetadata;
import org.trailmark.model.ContextKind;

class ActivityWatchReaderTest {
    private static final Instant T0 = Instant.parse("2023-10-20T17:19:53Z");

    @TempDir
    Path dir;

    private final List<ContextEvent> events = new ArrayList<>();

    private List<Problem> read(Path file) {
        return ActivityWatchReader.read(file, events::add);
    }

    @Test
    void readsWindowAfkAndWebBucketsWithTheHostAsAPseudonym() {
        AwExport export = new AwExport();
        export.bucket("currentwindow", "laptop.local").window(T0, 12.5, "Safari", "Inbox (3)");
        export.bucket("afkstatus", "laptop.local").afk(T0.plusSeconds(20), 30, true)
                .afk(T0.plusSeconds(50), 60, false);
        export.bucket("web.tab.current", "unknown").tab(T0, 5.25, "https://example.org/a", "Example", false);
        Path file = export.write(dir.resolve("aw-buckets-export.json"));

        List<Problem> problems = read(file);

        assertThat(problems).isEmpty();
        assertThat(events).hasSize(3);
        ContextEvent window = events.get(0);
        assertThat(window.kind()).isEqualTo(ContextKind.WINDOW);
        assertThat(window.host()).isEqualTo(RecordingMetadata.pseudonym("laptop.local")).doesNotContain("laptop");
        assertThat(window.start()).isEqualTo(T0);
        assertThat(window.end()).isEqualTo(T0.plusMillis(12_500));
        assertThat(window.app()).isEqualTo("Safari");
        assertThat(window.title()).isEqualTo("Inbox (3)");
        ContextEvent afk = events.get(1);
        assertThat(afk.kind()).isEqualTo(ContextKind.AFK);
        assertThat(afk.start()).isEqualTo(T0.plusSeconds(20));
        assertThat(afk.end()).isEqualTo(T0.plusSeconds(50));
        ContextEvent web = events.get(2);
        assertThat(web.kind()).isEqualTo(ContextKind.WEB);
        assertThat(web.host()).as("aw-watcher-web's \"unknown\" host is no host").isNull();
        assertThat(web.url()).isEqualTo("https://example.org/a");
        assertThat(web.end()).isEqualTo(T0.plusMillis(5_250));
    }

    @Test
    void badTimestampsAndNegativeDurationsAreSkippedOnTheirLineAndTheRestKept() throws Exception {
        AwExport export = new AwExport();
        AwExport.Bucket b = export.bucket("currentwindow", "laptop.local");
        b.window(T0, 1, "A", "first");
        b.event("yesterday at noon", 1).put("app", "B");
        b.event("2023-10-20T17:20:00", 1).put("app", "C");
        b.event(AwExport.Bucket.aw(T0.plusSeconds(9)), -3).put("app", "D");
        b.window(T0.plusSeconds(10), 2, "E", "last");
        Path file = export.write(dir.resolve("aw.json"));
        List<String> lines = Files.readAllLines(file);

        List<Problem> problems = read(file);

        assertThat(events).extracting(ContextEvent::app).containsExactly("A", "E");
        assertThat(problems).extracting(Problem::severity).containsOnly(Problem.Severity.WARNING);
        assertThat(problems).extracting(Problem::reason).containsExactly(
                "event timestamp is not an ISO-8601 date and time with a UTC offset: skipped",
                "event timestamp is not an ISO-8601 date and time with a UTC offset: skipped",
                "event duration is negative: skipped");
        // each problem points at the line where its event starts: the line before its "id"
        for (Problem p : problems) {
            assertThat(lines.get((int) p.line() - 1).trim()).endsWith("{");
            assertThat(lines.get((int) p.line()).trim()).startsWith("\"id\"");
        }
        assertThat(problems.get(0).line()).isLessThan(problems.get(1).line());
        assertThat(problems).allSatisfy(p -> assertThat(p.reason()).doesNotContain("yesterday"));
    }

    @Test
    void unknownBucketTypesGiveOneNoteAndTheirEventsAreNotRead() {
        AwExport export = new AwExport();
        export.bucket("app.editor.activity", "laptop.local").event(AwExport.Bucket.aw(T0), 5).put("file", "x.java");
        export.bucket("os.hid.input", "laptop.local").event(AwExport.Bucket.aw(T0), 5).put("presses", 3);
        export.bucket("currentwindow", "laptop.local").window(T0, 1, "A", "t");

        List<Problem> problems = read(export.write(dir.resolve("aw.json")));

        assertThat(events).hasSize(1);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.isNote()).isTrue();
            assertThat(p.reason()).startsWith("2 bucket(s) of types Trailmark does not use were skipped"
                    + " (app.editor.activity, os.hid.input)");
        });
    }

    @Test
    void privateTabsNotAfkStretchesAndEmptyEventsAreNotKept() {
        AwExport export = new AwExport();
        export.bucket("web.tab.current", "laptop.local").tab(T0, 3, "https://bank.example/", "Bank", true)
                .tab(T0.plusSeconds(3), 3, "https://example.org/", "Example", false);
        export.bucket("afkstatus", "laptop.local").afk(T0, 10, false);
        export.bucket("currentwindow", "laptop.local").window(T0, 0, "A", "heartbeat");

        List<Problem> problems = read(export.write(dir.resolve("aw.json")));

        assertThat(events).extracting(ContextEvent::url).containsExactly("https://example.org/");
        assertThat(problems).extracting(Problem::reason).containsExactly(
                "1 event(s) of private (incognito) browser tabs were not kept",
                "1 event(s) of no duration cover no time and were not kept");
        assertThat(problems).allSatisfy(p -> assertThat(p.reason()).doesNotContain("bank"));
    }

    @Test
    void aDamagedFileKeepsEveryEventBeforeTheDamage() throws Exception {
        AwExport export = new AwExport();
        AwExport.Bucket b = export.bucket("currentwindow", "laptop.local");
        for (int i = 0; i < 10; i++) {
            b.window(T0.plusSeconds(i), 1, "App" + i, "title " + i);
        }
        String json = export.json();
        int cut = json.indexOf("\"App6\"");
        Path file = dir.resolve("aw.json");
        Files.writeString(file, json.substring(0, cut) + "\"App6\", ]]} garbage", StandardCharsets.UTF_8);

        List<Problem> problems = read(file);

        assertThat(events).extracting(ContextEvent::app).containsExactly("App0", "App1", "App2", "App3", "App4",
                "App5");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.line()).isGreaterThan(1);
            assertThat(p.reason()).isEqualTo("the JSON is damaged here: the rest of the export was not read");
        });
    }

    @Test
    void eventsBeforeTheBucketsTypeAndHostAreStillRead() throws Exception {
        Path file = dir.resolve("aw.json");
        Files.writeString(file, "{\"buckets\": {\"b1\": {\"events\": [{\"timestamp\": \"2023-10-20T17:19:53+00:00\","
                + " \"duration\": 2, \"data\": {\"app\": \"Late\", \"title\": \"t\"}}], \"type\": \"currentwindow\","
                + " \"hostname\": \"laptop.local\"}}}");

        assertThat(read(file)).isEmpty();

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.app()).isEqualTo("Late");
            assertThat(e.host()).isEqualTo(RecordingMetadata.pseudonym("laptop.local"));
        });
    }

    @Test
    void whatIsNotAnExportIsAnErrorAndLooksLikeNone() throws Exception {
        Path array = Files.writeString(dir.resolve("events.json"), "[{\"timestamp\": 1}]");
        Path other = Files.writeString(dir.resolve("other.json"), "{\"name\": \"x\"}");
        Path export = new AwExport().write(dir.resolve("aw.json"));

        assertThat(read(array)).singleElement().satisfies(p -> assertThat(p.isError()).isTrue());
        assertThat(read(other)).singleElement().satisfies(p ->
                assertThat(p.reason()).isEqualTo("not an ActivityWatch export: no \"buckets\" object"));
        assertThat(ActivityWatchReader.looksLikeExport(export)).isTrue();
        assertThat(ActivityWatchReader.looksLikeExport(array)).isFalse();
        assertThat(ActivityWatchReader.looksLikeExport(other)).isFalse();
        assertThat(ActivityWatchReader.looksLikeExport(dir)).isFalse();
    }
}
