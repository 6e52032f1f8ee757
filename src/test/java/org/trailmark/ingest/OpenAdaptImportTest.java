package org.trailmark.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.Problem;
import org.trailmark.io.openadapt.OpenAdaptTestDatabase;
import org.trailmark.io.openadapt.OpenAdaptTestDatabase.Recording;
import org.trailmark.io.openadapt.OpenAdaptTestDatabase.Schema;
import org.trailmark.model.MediaKind;
import org.trailmark.model.ScreenMedia;
import org.trailmark.model.ScreenRegion;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Workspace;

/** An OpenAdapt database through the whole import: screenshots stored from its rows, the file left untouched. */
class OpenAdaptImportTest {
    private static final double START = 1_717_171_717.0;

    @TempDir
    Path dir;

    static byte[] png(int width, int height, int rgb) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, rgb);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static List<Path> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void screenshotsBecomeAStillSeriesAndTheDatabaseIsNeverChanged() throws Exception {
        Path capture = Files.createDirectories(dir.resolve("capture"));
        Path file = capture.resolve("recording.db");
        byte[] first = png(80, 50, 0x102030);
        byte[] second = png(80, 50, 0x405060);
        try (OpenAdaptTestDatabase db = OpenAdaptTestDatabase.create(file, Schema.CAPTURE)) {
            Recording r = db.recording(START, "monitor_width", 1440, "monitor_height", 900, "platform", "darwin");
            db.action(r, "move", START + 0.5, "mouse_x", 10, "mouse_y", 10);
            db.action(r, "move", START + 4.0, "mouse_x", 20, "mouse_y", 20);
            db.screenshot(r, START + 0.4, first);
            db.screenshot(r, START + 1.0, "this is not a picture".getBytes());
            db.screenshot(r, START + 3.0, second);
            db.screenshot(r, START + 3.5, null);
            db.execute("PRAGMA journal_mode = WAL");
        }
        byte[] before = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);
        List<Path> folderBefore = filesIn(capture);
        Path workspaceFile = dir.resolve("ws/w.trailmark");

        ImportReport report;
        List<ScreenMedia> media;
        try (Workspace workspace = Workspace.open(workspaceFile)) {
            report = new ImportService(workspace, "tester").importPaths(List.of(capture), ImportOptions.defaults(),
                    ImportProgress.NONE);
            SessionSummary session = workspace.sessions().all().get(0);
            media = workspace.media().ofSession(session.id());
            assertThat(media).singleElement().satisfies(m -> assertThat(m.stills())
                    .allSatisfy(s -> assertThat(workspace.media().file(s.sha256())).isPresent()));
        }

        assertThat(report.imported()).isEqualTo(1);
        ScreenMedia stills = media.get(0);
        assertThat(stills.kind()).isEqualTo(MediaKind.IMAGES);
        assertThat(stills.stills()).extracting(s -> s.atMs()).containsExactly(400, 3000);
        assertThat(stills.stills()).extracting(s -> s.sha256()).containsExactly(sha256(first), sha256(second));
        assertThat(stills.capturedArea()).isEqualTo(new ScreenRegion(0, 0, 1440, 900));
        assertThat(stills.sourceName()).isEqualTo("recording.db");
        assertThat(report.problems()).filteredOn(p -> "screenshot".equals(p.table())).extracting(Problem::toString)
                .containsExactly(
                        file + ":screenshot:4: warning: no picture (png_data is empty): skipped",
                        file + ":screenshot:2: warning: screenshot is not an image Trailmark can read; left out");
        assertThat(ScreenVideoImportTest.storedFiles(workspaceFile)).as("the unreadable picture's copy is removed")
                .hasSize(2);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
        assertThat(filesIn(capture)).as("no journal, -wal or -shm file left beside it").isEqualTo(folderBefore);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
