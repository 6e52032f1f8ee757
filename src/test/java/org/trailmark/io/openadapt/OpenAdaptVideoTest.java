package org.trailmark.io.openadapt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trailmark.io.openadapt.OpenAdaptImporterTest.START;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.MediaReference;
import org.trailmark.io.Problem;
import org.trailmark.io.ReadResult;
import org.trailmark.io.openadapt.OpenAdaptTestDatabase.Recording;
import org.trailmark.io.openadapt.OpenAdaptTestDatabase.Schema;
import org.trailmark.model.MediaKind;

/** The screen video OpenAdapt writes beside its database, found by name and timed by video_start_time. */
class OpenAdaptVideoTest {
    @TempDir
    Path dir;

    @Test
    void eachRecordingGetsTheVideoNamedByItsTimestampInStepWithItsEvents() throws Exception {
        Path file = dir.resolve("recording.db");
        try (OpenAdaptTestDatabase db = OpenAdaptTestDatabase.create(file, Schema.CAPTURE)) {
            Recording first = db.recording(START, "video_start_time", START + 0.75);
            db.action(first, "move", START + 1, "mouse_x", 1, "mouse_y", 1);
            Recording second = db.recording(START + 600);
            db.action(second, "move", START + 601, "mouse_x", 1, "mouse_y", 1);
        }
        Path firstVideo = Files.writeString(dir.resolve("oa_recording-" + python(START) + ".mp4"), "video");
        Path secondVideo = Files.writeString(dir.resolve("recording-" + python(START + 600) + ".mp4"), "video");
        Path stranger = Files.writeString(dir.resolve("oa_recording-1600000000.5.mp4"), "video");

        ReadResult result = new OpenAdaptImporter().read(file, ImportOptions.defaults());

        assertThat(result.sessions().get(0).media()).singleElement().satisfies(video -> {
            assertThat(video.kind()).isEqualTo(MediaKind.VIDEO);
            assertThat(video.file()).isEqualTo(firstVideo.toAbsolutePath());
            assertThat(video.firstFrameMs()).isEqualTo(750);
            assertThat(video.pauses()).isEmpty();
        });
        assertThat(result.sessions().get(1).media()).isEmpty();
        assertThat(result.problems()).filteredOn(Problem::isNote).extracting(p -> p.file().getFileName() + ": " + p.reason())
                .containsExactly(
                        secondVideo.getFileName() + ": screen video not used: recording.video_start_time is empty, so"
                                + " it cannot be put in step with the events",
                        stranger.getFileName() + ": screen video not used: its name matches no recording of recording.db");
    }

    /** A float as Python's repr writes it in the file name (no exponent). */
    private static String python(double seconds) {
        return java.math.BigDecimal.valueOf(seconds).toPlainString();
    }

    @Test
    void aCaptureFolderWithOneRecordingUsesItsVideoMp4() throws Exception {
        Path file = dir.resolve("recording.db");
        try (OpenAdaptTestDatabase db = OpenAdaptTestDatabase.create(file, Schema.CAPTURE)) {
            Recording r = db.recording(START, "video_start_time", START - 0.5);
            db.action(r, "move", START + 1, "mouse_x", 1, "mouse_y", 1);
        }
        Files.writeString(dir.resolve("video.mp4"), "video");

        List<MediaReference> media = new OpenAdaptImporter().read(dir, ImportOptions.defaults()).sessions().get(0).media();

        assertThat(media).singleElement().satisfies(v -> assertThat(v.firstFrameMs()).isEqualTo(-500));
    }
}
