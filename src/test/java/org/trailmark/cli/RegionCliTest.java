package org.trailmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FlagSource;
import org.trailmark.model.ScreenRegion;
import org.trailmark.review.ReviewFixtures;
import org.trailmark.store.Workspace;

/** {@code region add}, and region flags in {@code flags}, {@code info} and {@code subject private}. */
class RegionCliTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private Path workspace;

    @BeforeEach
    void session() {
        workspace = dir.resolve("ws.trailmark");
        ReviewFixtures.workspaceWith(workspace, "s-1").close();
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--workspace");
        all.add(workspace.toString());
        return CliRun.of(all);
    }

    private List<Flag> flags() {
        try (Workspace w = Workspace.openExisting(workspace)) {
            return w.flags().ofSession("s-1");
        }
    }

    @Test
    void regionAddStoresAConfirmedManualRegionFlagAndSaysWhere() {
        CliRun added = run("region", "add", "s-1", "--from", "1.5s", "--to", "00:00:09.000", "--rect",
                "1200,600,700,400", "--category", "third_party", "--reason", "chat with a colleague");

        assertThat(added.code()).as(added.err()).isZero();
        Flag flag = flags().get(0);
        assertThat(added.out()).isEqualTo("Added region flag " + flag.id() + " (third_party, 00:00:01.500 -"
                + " 00:00:09.000, region 1200,600,700,400) to s-1\n");
        assertThat(flag.region()).isEqualTo(new ScreenRegion(1200, 600, 700, 400));
        assertThat(flag.startMs()).isEqualTo(1_500);
        assertThat(flag.endMs()).isEqualTo(9_000);
        assertThat(flag.source()).isEqualTo(FlagSource.MANUAL);
        assertThat(flag.reason()).isEqualTo("chat with a colleague");
        assertThat(flag.category()).isEqualTo(FlagCategory.THIRD_PARTY);
    }

    @Test
    void aRectangleOffTheCapturedScreenIsOnePlainLineAndStoresNothing() {
        CliRun refused = run("region", "add", "s-1", "--from", "0", "--to", "1s", "--rect", "1800,0,200,50",
                "--category", "other");

        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.errLines()).containsExactly("trailmark: error: region 1800,0,200,50 (x,y,width,height)"
                + " is not within the captured screen 0,0,1920,1080 of session s-1");
        assertThat(refused.out()).isEmpty();
        assertThat(flags()).isEmpty();

        // a screen left of the main one has negative x: such a value is read as a rectangle, not an option
        CliRun leftOfMain = run("region", "add", "s-1", "--from", "0", "--to", "1s", "--rect", "-5,0,10,10",
                "--category", "other");
        assertThat(leftOfMain.errLines()).singleElement().asString().contains("region -5,0,10,10 (x,y,width,height)"
                + " is not within");

        CliRun noSession = run("region", "add", "nope", "--from", "0", "--to", "1s", "--rect", "0,0,5,5",
                "--category", "other");
        assertThat(noSession.code()).isEqualTo(2);
        assertThat(noSession.err()).contains("no session 'nope'");
    }

    @Test
    void flagsListsTheRegionInTextAndJson() throws Exception {
        run("flag", "add", "s-1", "--from", "0", "--to", "1s", "--category", "password");
        run("region", "add", "s-1", "--from", "2s", "--to", "3s", "--rect", "-0,10,20,30", "--category", "other");

        JsonNode json = MAPPER.readTree(run("flags", "s-1", "--json").out());
        assertThat(json.get(0).get("region").isNull()).isTrue();
        JsonNode region = json.get(1).get("region");
        assertThat(List.of(region.get("x").asInt(), region.get("y").asInt(), region.get("width").asInt(),
                region.get("height").asInt())).containsExactly(0, 10, 20, 30);

        List<String> lines = run("flags", "s-1").out().lines().toList();
        assertThat(lines.get(0)).endsWith("REGION");
        assertThat(lines.get(1)).contains("password").endsWith("whole screen");
        assertThat(lines.get(2)).contains("other").endsWith("0,10,20,30");
        assertThat(lines.get(3)).isEqualTo("2 flags");
    }

    @Test
    void infoCountsFlagsAndRegionFlags() throws Exception {
        run("flag", "add", "s-1", "--from", "0", "--to", "1s", "--category", "password");
        run("region", "add", "s-1", "--from", "2s", "--to", "3s", "--rect", "0,0,20,30", "--category", "other");

        JsonNode flags = MAPPER.readTree(run("info", "s-1", "--json").out()).get("flags");
        assertThat(flags.get("total").asInt()).isEqualTo(2);
        assertThat(flags.get("region").asInt()).isEqualTo(1);
        assertThat(run("info", "s-1").out()).contains("Flags       2 (1 over an area of the screen;");
    }

    @Test
    void subjectPrivateTakesARegionForAStretchOrTheWholeSession() {
        CliRun stretch = run("subject", "private", "s-1", "--from", "1s", "--to", "2s", "--rect", "0,0,100,50");
        assertThat(stretch.code()).as(stretch.err()).isZero();
        assertThat(stretch.out()).startsWith("Marked region 0,0,100,50 during 00:00:01.000 - 00:00:02.000 of s-1"
                + " private for subject-1");
        CliRun whole = run("subject", "private", "s-1", "--whole", "--rect", "10,10,100,50");
        assertThat(whole.code()).as(whole.err()).isZero();
        assertThat(whole.out()).startsWith("Marked region 10,10,100,50 during all of s-1 private");

        assertThat(flags()).allSatisfy(f -> {
            assertThat(f.source()).isEqualTo(FlagSource.SUBJECT);
            assertThat(f.isRegion()).isTrue();
        });
        assertThat(flags()).extracting(Flag::endMs).contains(ReviewFixtures.DURATION_MS + 1);

        CliRun off = run("subject", "private", "s-1", "--whole", "--rect", "0,0,1921,5");
        assertThat(off.code()).isEqualTo(2);
        assertThat(off.errLines()).singleElement().asString().contains("not within the captured screen");
        assertThat(flags()).hasSize(2);
    }
}
