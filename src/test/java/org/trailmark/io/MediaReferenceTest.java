package org.trailmark.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trailmark.model.MediaSegment;

class MediaReferenceTest {
    private static final Path FILE = Path.of("/captures/screen.mp4").toAbsolutePath();

    private static MediaReference video(int first, List<MediaReference.Pause> pauses, Integer stop) {
        return MediaReference.video(FILE, first, pauses, stop, null);
    }

    @Test
    void aVideoWithoutPausesRunsFromItsFirstFrameForItsLength() {
        assertThat(video(-6224, List.of(), null).segments(122_600))
                .containsExactly(new MediaSegment(-6224, 0, 122_600));
    }

    @Test
    void videoTimeStandsStillDuringAPause() {
        List<MediaSegment> segments = video(1000, List.of(new MediaReference.Pause(5000, 9000)), null).segments(10_000);

        assertThat(segments).containsExactly(new MediaSegment(1000, 0, 4000), new MediaSegment(9000, 4000, 6000));
    }

    @Test
    void thePictureEndsAtTheStopOrTheFilesEndWhicheverIsFirst() {
        assertThat(video(0, List.of(), 3000).segments(10_000)).containsExactly(new MediaSegment(0, 0, 3000));
        assertThat(video(0, List.of(), 30_000).segments(10_000)).containsExactly(new MediaSegment(0, 0, 10_000));
    }

    @Test
    void aPauseNeverResumedEndsThePicture() {
        assertThat(video(0, List.of(new MediaReference.Pause(2000, null)), null).segments(10_000))
                .containsExactly(new MediaSegment(0, 0, 2000));
    }

    @Test
    void aFileShorterThanTheRunsBeforeAPauseEndsThere() {
        assertThat(video(0, List.of(new MediaReference.Pause(8000, 9000)), null).segments(5000))
                .containsExactly(new MediaSegment(0, 0, 5000));
    }

    @Test
    void pausesBeforeTheFirstFrameStopNothing() {
        assertThat(video(1000, List.of(new MediaReference.Pause(0, 500)), null).segments(2000))
                .containsExactly(new MediaSegment(1000, 0, 2000));
    }

    @Test
    void anEmptyFileShowsNothing() {
        assertThat(video(0, List.of(), null).segments(0)).isEmpty();
    }
}
