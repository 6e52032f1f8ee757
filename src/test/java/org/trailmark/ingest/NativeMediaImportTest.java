package org.trailmark.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.MediaReference;
import org.trailmark.io.NativeSessionWriter;
import org.trailmark.model.MediaKind;
import org.trailmark.model.Screen;
import org.trailmark.model.ScreenMedia;
import org.trailmark.model.ScreenRegion;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLogBuilder;
import org.trailmark.store.Workspace;

/** Native captures' media references: screenshots stored one file each, missing ones named, nothing left behind. */
class NativeMediaImportTest {
    @TempDir
    Path dir;

    private Path capture(List<MediaReference> media) throws IOException {
        SessionInfo info = new SessionInfo("s-shots", "subj-a", "native", OffsetDateTime.parse("2026-03-02T09:14:00+01:00"),
                List.of(new Screen(0, 0, 0, 1920, 1080, 1.0), new Screen(1, 1920, 0, 1280, 1024, 1.0)),
                null, null, null, null);
        Path file = dir.resolve("capture/s.jsonl");
        NativeSessionWriter.write(info, new SessionLogBuilder().pointerMove(0, 5, 5).pointerMove(3000, 6, 6).build(),
                media, file);
        return file;
    }

    private static Path png(Path file, int width, int height, int rgb) throws IOException {
        Files.createDirectories(file.getParent());
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, rgb);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void screenshotsAreStoredOneFileEachAndAMissingOneIsNamed() throws Exception {
        Path shots = dir.resolve("capture/shots");
        Path first = png(shots.resolve("0001.png"), 64, 36, 0x112233);
        Path second = png(shots.resolve("0002.png"), 64, 36, 0x445566);
        Path file = capture(List.of(MediaReference.images(List.of(new MediaReference.Still(0, first),
                new MediaReference.Still(1000, shots.resolve("gone.png")), new MediaReference.Still(2000, second)), null)));
        Path workspaceFile = dir.resolve("ws/w.trailmark");

        ImportReport report;
        List<ScreenMedia> media;
        try (Workspace workspace = Workspace.open(workspaceFile)) {
            report = new ImportService(workspace, "tester").importPaths(List.of(file), ImportOptions.defaults(),
                    ImportProgress.NONE);
            media = workspace.media().ofSession("s-shots");
            assertThat(media).singleElement().satisfies(m -> {
                assertThat(m.stills()).allSatisfy(s -> assertThat(workspace.media().file(s.sha256())).isPresent());
            });
        }

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.file().getFileName().toString()).isEqualTo("gone.png");
            assertThat(p.reason()).contains("missing");
        });
        ScreenMedia shotsMedia = media.get(0);
        assertThat(shotsMedia.kind()).isEqualTo(MediaKind.IMAGES);
        assertThat(shotsMedia.stills()).extracting(s -> s.atMs()).containsExactly(0, 2000);
        assertThat(shotsMedia.stills()).extracting(s -> s.sha256()).containsExactly(sha256(first), sha256(second));
        assertThat(shotsMedia.width()).isEqualTo(64);
        assertThat(shotsMedia.capturedArea()).isEqualTo(new ScreenRegion(0, 0, 3200, 1080));
        assertThat(shotsMedia.sha256()).isEqualTo(sha256Text(sha256(first) + sha256(second)));
        assertThat(shotsMedia.stillIndexAt(1500)).isZero();
    }

    @Test
    void aReadOnlyWorkspaceCopiesNoMedia() throws Exception {
        Path shot = png(dir.resolve("capture/a.png"), 8, 8, 0);
        Path file = capture(List.of(MediaReference.images(List.of(new MediaReference.Still(0, shot)), null)));
        Path workspaceFile = dir.resolve("ws/w.trailmark");
        Workspace.open(workspaceFile).close();

        try (Workspace readOnly = Workspace.openReadOnly(workspaceFile)) {
            ImportReport report = new ImportService(readOnly, "tester").importPaths(List.of(file),
                    ImportOptions.defaults(), ImportProgress.NONE);
            assertThat(report.imported()).isZero();
        }

        assertThat(ScreenVideoImportTest.storedFiles(workspaceFile)).isEmpty();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static String sha256Text(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII)));
    }
}
