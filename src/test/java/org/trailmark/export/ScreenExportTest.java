package org.trailmark.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.media.PngEncoder;
import org.trailmark.media.TimeCodedVideo;
import org.trailmark.media.VideoFrame;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.review.ReviewService;
import org.trailmark.store.Workspace;

class ScreenExportTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ScreenMasking MASKS = ScreenMasking.standard();
    private static Path video;

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeVideo() throws Exception {
        video = ScreenFixtures.video(shared);
    }

    private static ExportOptions withScreens() {
        return ExportOptions.defaults("test").withSeed(42).withScreens(true, 500);
    }

    private Workspace workspaceWithScreens() throws IOException {
        Workspace ws = Workspace.open(dir.resolve("w.db"));
        ScreenFixtures.addSession(ws, "v1", "alice", video);
        return ws;
    }

    @Test
    void eachStepObservesTheFrameOnScreenHalfASecondBeforeItsAction() throws IOException {
        Path out = dir.resolve("out");
        try (Workspace ws = workspaceWithScreens()) {
            assertThat(new Exporter(ws, withScreens(), MASKS).run(out).problems()).isEmpty();
        }
        JsonNode record = onlyRecord(out);
        Map<String, Integer> seen = new TreeMap<>();
        for (JsonNode step : record.path("actions")) {
            assertThat(step.has("observation")).as("every step says what it observed").isTrue();
            int observedAt = record.path("start_ms").asInt() + step.path("t").asInt() - 500;
            boolean inVideo = observedAt >= ScreenFixtures.VIDEO_START_MS
                    && ScreenFixtures.frameAt(observedAt) < ScreenFixtures.FRAMES;
            if (observedAt >= ScreenFixtures.FLAG_FROM && observedAt < ScreenFixtures.FLAG_TO) {
                assertThat(step.path("observation").isNull()).isTrue();
                assertThat(step.path("observation_withheld").asText()).isEqualTo("flagged span");
                seen.merge("flagged", 1, Integer::sum);
            } else if (!inVideo) {
                assertThat(step.path("observation").isNull()).isTrue();
                assertThat(step.path("observation_withheld").asText()).isEqualTo("no picture at that time");
                seen.merge("no picture", 1, Integer::sum);
            } else {
                assertThat(step.has("observation_withheld")).isFalse();
                VideoFrame frame = read(out.resolve(step.path("observation").asText()));
                assertThat(TimeCodedVideo.numberOf(frame)).as("frame at %d ms", observedAt)
                        .isEqualTo(ScreenFixtures.frameAt(observedAt));
                boolean regionMasked = observedAt >= ScreenFixtures.REGION_FROM && observedAt < ScreenFixtures.REGION_TO;
                // The region is the lower-left quarter of the screen: frame columns 0-191, rows 108-215.
                int fills = 0;
                for (int y = 108; y < 216; y++) {
                    for (int x = 0; x < 192; x++) {
                        fills += MASKS.isMaskPixel(frame.pixel(x, y)) ? 1 : 0;
                    }
                }
                assertThat(fills).isEqualTo(regionMasked ? 192 * 108 : 0);
                assertThat(MASKS.isMaskPixel(frame.pixel(300, 50))).isFalse();
                seen.merge(regionMasked ? "region" : "picture", 1, Integer::sum);
            }
        }
        assertThat(seen).containsKeys("flagged", "no picture", "region", "picture");
    }

    @Test
    void picturesAreListedWithTheirChecksumsAndLoadAsAnImageFolder() throws IOException {
        Path out = dir.resolve("out");
        try (Workspace ws = workspaceWithScreens()) {
            new Exporter(ws, withScreens(), MASKS).run(out);
        }
        JsonNode manifest = MAPPER.readTree(out.resolve("manifest.json").toFile());
        List<Path> pngs = files(out).stream().filter(p -> p.toString().endsWith(".png")).toList();
        assertThat(pngs).isNotEmpty();
        String split = pngs.get(0).getParent().getFileName().toString();
        Path folder = out.resolve("data/observations/" + split);
        for (Path png : pngs) {
            String name = out.relativize(png).toString();
            assertThat(manifest.path("files").path(name).path("sha256").asText())
                    .isEqualTo(ExportVerifier.sha256(Files.readAllBytes(png)));
            assertThat(png.getParent()).isEqualTo(folder);
        }
        // ImageFolder: a metadata.jsonl beside the pictures whose file_name names each of them, relative to it.
        List<String> rows = Files.readAllLines(folder.resolve("metadata.jsonl"));
        assertThat(rows).hasSize(pngs.size());
        for (String line : rows) {
            JsonNode row = MAPPER.readTree(line);
            assertThat(folder.resolve(row.path("file_name").asText())).isRegularFile();
            assertThat(row.path("file_name").asText()).doesNotContain("/");
        }
        assertThat(manifest.path("files").path("data/observations/" + split + "/metadata.jsonl").path("records").asInt())
                .isEqualTo(pngs.size());
        String card = Files.readString(out.resolve("README.md"));
        assertThat(card).contains("- config_name: observations\n  data_files:\n  - split: " + split
                + "\n    path: data/observations/" + split + "/*\n");
        assertThat(card).contains("screen images").contains("neutral fill");
        assertThat(manifest.path("observations").path("offset_ms").asInt()).isEqualTo(500);
        assertThat(manifest.path("observations").path("images").asInt()).isEqualTo(pngs.size());
        assertThat(ExportVerifier.verifyWithoutWorkspace(out)).isEmpty();
    }

    @Test
    void theSameSeedGivesByteIdenticalPictures() throws IOException {
        try (Workspace ws = workspaceWithScreens()) {
            new Exporter(ws, withScreens(), MASKS).run(dir.resolve("a"));
            new Exporter(ws, withScreens(), MASKS).run(dir.resolve("b"));
        }
        Map<String, String> a = contents(dir.resolve("a"));
        assertThat(a.keySet()).anyMatch(n -> n.endsWith(".png"));
        assertThat(contents(dir.resolve("b"))).isEqualTo(a);
    }

    @Test
    void aSessionWithoutMediaKeepsItsStepsWithoutObservations() throws IOException {
        Path out = dir.resolve("out");
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            ScreenFixtures.addSession(ws, "plain", "bob", List.of());
            assertThat(new Exporter(ws, withScreens(), MASKS).run(out).problems()).isEmpty();
        }
        JsonNode record = onlyRecord(out);
        assertThat(record.path("actions").size()).isPositive();
        for (JsonNode step : record.path("actions")) {
            assertThat(step.path("observation").isNull()).isTrue();
            assertThat(step.path("observation_withheld").asText()).isEqualTo("no screen media");
        }
        assertThat(files(out)).noneMatch(p -> p.toString().contains("observations"));
        assertThat(Files.readString(out.resolve("README.md"))).doesNotContain("config_name: observations");
    }

    @Test
    void withoutScreensNothingChanges() throws IOException {
        Path out = dir.resolve("out");
        try (Workspace ws = workspaceWithScreens()) {
            new Exporter(ws, ExportOptions.defaults("test").withSeed(42)).run(out);
        }
        assertThat(onlyRecord(out).path("actions").get(0).has("observation")).isFalse();
        assertThat(MAPPER.readTree(out.resolve("manifest.json").toFile()).has("observations")).isFalse();
        assertThat(Files.readString(out.resolve("README.md"))).contains("no screen images");
    }

    @Test
    void screensNeedAWayToPaintMasks() {
        assertThatThrownBy(() -> new Exporter(null, withScreens()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anExportWhosePainterMissedARegionFailsAndLeavesNothing() throws IOException {
        ScreenMasking paintsNothing = new ScreenMasking() {
            @Override
            public java.util.function.IntFunction<org.trailmark.model.FrameMask> masksOf(List<Flag> flags) {
                return MASKS.masksOf(flags);
            }

            @Override
            public void burn(int[] argb, int width, int height, org.trailmark.model.ScreenMedia media,
                             org.trailmark.model.FrameMask mask) {
            }

            @Override
            public boolean isMaskPixel(int argb) {
                return MASKS.isMaskPixel(argb);
            }
        };
        Path out = dir.resolve("out");
        ExportResult result;
        try (Workspace ws = workspaceWithScreens()) {
            result = new Exporter(ws, withScreens(), paintsNothing).run(out);
        }
        assertThat(result.problems()).anyMatch(p -> p.endsWith("-0000011500.png: a masked region shows detail"));
        assertThat(out).doesNotExist();
    }

    @Test
    void verificationFindsDetailInAMaskedRegion() throws IOException {
        Path out = dir.resolve("out");
        try (Workspace ws = workspaceWithScreens()) {
            new Exporter(ws, withScreens(), MASKS).run(out);
            assertThat(ExportVerifier.verifyFolder(ws, out, MASKS)).isEmpty();
            Path masked = pictureAt(out, 11_500);
            VideoFrame frame = read(masked);
            frame.argb()[150 * frame.width() + 50] = 0xFF112233;
            try (PngEncoder encoder = new PngEncoder()) {
                Files.write(masked, encoder.encode(frame.argb(), frame.width(), frame.height()));
            }
            assertThat(ExportVerifier.verifyFolder(ws, out, MASKS))
                    .contains(out.relativize(masked) + ": a masked region shows detail");
        }
    }

    @Test
    void verificationFindsAPictureFromASpanFlaggedSince() throws IOException {
        Path out = dir.resolve("out");
        try (Workspace ws = workspaceWithScreens()) {
            new Exporter(ws, withScreens(), MASKS).run(out);
            Path picture = pictureAt(out, 29_500);
            new ReviewService(ws, "rita").addFlag(Flag.manual("v1", 29_000, 31_000, FlagCategory.values()[0], null));
            assertThat(ExportVerifier.verifyFolder(ws, out, MASKS))
                    .contains(out.relativize(picture) + ": taken inside a masked span");
        }
    }

    @Test
    void theDatasetAloneShowsAStepPointingAtAPictureOfAnotherTime() throws IOException {
        Path out = dir.resolve("out");
        try (Workspace ws = workspaceWithScreens()) {
            new Exporter(ws, withScreens(), MASKS).run(out);
        }
        Path metadata;
        try (Stream<Path> s = Files.walk(out)) {
            metadata = s.filter(p -> p.getFileName().toString().equals("metadata.jsonl")).findFirst().orElseThrow();
        }
        String rows = Files.readString(metadata);
        Files.writeString(metadata, rows.replace("\"at_ms\":4500", "\"at_ms\":4400"));
        assertThat(ExportVerifier.verifyWithoutWorkspace(out))
                .anyMatch(p -> p.endsWith("its observation was not taken 500 ms before the action"));
    }

    private static Path pictureAt(Path out, int atMs) throws IOException {
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(p -> p.getFileName().toString().endsWith(SessionObservations.fileName("", atMs)))
                    .findFirst().orElseThrow();
        }
    }

    private static VideoFrame read(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        int w = image.getWidth();
        int h = image.getHeight();
        return new VideoFrame(w, h, image.getRGB(0, 0, w, h, null, 0, w), 0);
    }

    private static JsonNode onlyRecord(Path out) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        for (String split : Exporter.SPLITS) {
            for (String line : Files.readAllLines(out.resolve("data/" + split + ".jsonl"))) {
                records.add(MAPPER.readTree(line));
            }
        }
        assertThat(records).hasSize(1);
        return records.get(0);
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> m = new TreeMap<>();
        for (Path p : files(root)) {
            m.put(root.relativize(p).toString(), ExportVerifier.sha256(Files.readAllBytes(p)));
        }
        return m;
    }
}
