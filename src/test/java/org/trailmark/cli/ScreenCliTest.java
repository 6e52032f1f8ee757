package org.trailmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.export.ScreenFixtures;
import org.trailmark.export.ScreenMasking;
import org.trailmark.media.PointerRing;
import org.trailmark.media.TimeCodedVideo;
import org.trailmark.media.VideoFrame;
import org.trailmark.store.Workspace;

/** The frame command and export --with-screens end to end, on a session with a time-coded recording. */
class ScreenCliTest {
    @TempDir
    static Path shared;

    private static Path workspace;

    @BeforeAll
    static void session() throws Exception {
        workspace = shared.resolve("ws.trailmark");
        try (Workspace ws = Workspace.open(workspace)) {
            ScreenFixtures.addSession(ws, "v1", "alice", ScreenFixtures.video(shared));
        }
    }

    private static CliRun run(String... args) {
        return CliRun.of(Stream.concat(Stream.of(args), Stream.of("--workspace", workspace.toString())).toList());
    }

    @Test
    void frameWritesThePictureOnScreenWithThePointerRing(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("shot.png");
        CliRun r = run("frame", "v1", "--at", "5s", "--out", png.toString());
        assertThat(r.code()).as(r.err()).isZero();
        VideoFrame frame = read(png);
        assertThat(TimeCodedVideo.numberOf(frame)).isEqualTo(ScreenFixtures.frameAt(5_000));
        // The pointer was at (400, 300) on the 1920x1080 screen: (80, 60) in the 384x216 frame.
        int ringX = (int) Math.round(80 + PointerRing.radius(frame.width()));
        assertThat(frame.pixel(ringX, 60)).isEqualTo(0xFFFFFFFF);
        assertThat(frame.pixel(80, 60)).as("the centre stays visible").isNotEqualTo(0xFFFFFFFF);
    }

    @Test
    void frameBurnsInTheRegionMaskOfThatTime(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("region.png");
        assertThat(run("frame", "v1", "--at", "12000", "--out", png.toString()).code()).isZero();
        VideoFrame frame = read(png);
        ScreenMasking masks = ScreenMasking.standard();
        for (int y = 109; y < 215; y++) {
            for (int x = 1; x < 191; x++) {
                assertThat(masks.isMaskPixel(frame.pixel(x, y))).as("pixel %d,%d", x, y).isTrue();
            }
        }
        assertThat(TimeCodedVideo.numberOf(frame)).isEqualTo(ScreenFixtures.frameAt(12_000));
    }

    @Test
    void frameInsideAFlaggedSpanShowsNoneOfTheScreen(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("hidden.png");
        assertThat(run("frame", "v1", "--at", "20s", "--out", png.toString()).code()).isZero();
        VideoFrame frame = read(png);
        ScreenMasking masks = ScreenMasking.standard();
        // The frame number's cells along the top are gone under the fill.
        for (int x = 0; x < TimeCodedVideo.BITS * TimeCodedVideo.CELL; x++) {
            assertThat(masks.isMaskPixel(frame.pixel(x, TimeCodedVideo.CELL / 2))).as("pixel %d", x).isTrue();
        }
    }

    @Test
    void aTimeWithoutPictureIsOneLineOfError(@TempDir Path dir) {
        Path png = dir.resolve("none.png");
        CliRun r = run("frame", "v1", "--at", "500", "--out", png.toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).contains("no picture at 500 ms in session v1", "1000 ms to 41000 ms");
        assertThat(png).doesNotExist();
    }

    @Test
    void exportWithScreensWritesPicturesThatVerifyExportPasses(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("set");
        CliRun export = run("export", "--out", out.toString(), "--with-screens", "--seed", "7");
        assertThat(export.code()).as(export.err()).isZero();
        try (Stream<Path> s = Files.walk(out)) {
            assertThat(s.filter(p -> p.toString().endsWith(".png")).count()).isPositive();
        }
        CliRun verify = run("verify-export", out.toString());
        assertThat(verify.code()).as(verify.err()).isZero();
    }

    @Test
    void theObservationOffsetIsInSeconds(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("set");
        assertThat(run("export", "--out", out.toString(), "--with-screens", "--observation-offset", "1.5").code())
                .isZero();
        com.fasterxml.jackson.databind.JsonNode manifest = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.path("observations").path("offset_ms").asInt()).isEqualTo(1500);
        try (Stream<Path> s = Files.walk(out)) {
            // the click at 5 s is observed at 3.5 s
            assertThat(s.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("-0000003500.png"));
        }
        assertThat(run("export", "--out", dir.resolve("x").toString(), "--with-screens", "--observation-offset", "-1")
                .code()).isEqualTo(2);
    }

    @Test
    void screensNeedTrajectories(@TempDir Path dir) {
        CliRun r = run("export", "--out", dir.resolve("set").toString(), "--with-screens", "--format", "events");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--with-screens");
    }

    private static VideoFrame read(Path png) throws Exception {
        BufferedImage image = ImageIO.read(png.toFile());
        int w = image.getWidth();
        int h = image.getHeight();
        return new VideoFrame(w, h, image.getRGB(0, 0, w, h, null, 0, w), 0);
    }

}
