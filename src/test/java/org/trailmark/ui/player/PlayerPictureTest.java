package org.trailmark.ui.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trailmark.media.MaskPainter;
import org.trailmark.media.TimeCodedVideo;
import org.trailmark.media.VideoFrame;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FrameMask;
import org.trailmark.model.ScreenMedia;
import org.trailmark.model.ScreenRegion;
import org.trailmark.ui.common.SameThreadTaskExecutor;

/** The recorded screen at the playhead, checked to the frame with a time-coded video. */
class PlayerPictureTest {
    private static Path folder;
    private static Path video;

    private final List<Long> requested = new ArrayList<>();
    private final List<String> closed = new ArrayList<>();
    private PlayerViewModel model;
    private ScreenMedia media;

    @BeforeAll
    static void writeVideo() throws Exception {
        folder = Files.createTempDirectory("player-picture");
        video = VideoSession.writeVideo(folder.resolve("recording.mp4"));
    }

    @AfterAll
    static void removeVideo() throws Exception {
        Files.deleteIfExists(video);
        Files.deleteIfExists(folder);
    }

    @BeforeEach
    void open() {
        FrameWorkers decodeHere = FrameWorkers.sameThread();
        FrameWorkers counting = (file, w, h, sink) -> {
            FrameWorker inner = decodeHere.open(file, w, h, sink);
            if (w != 0) {
                return inner; // the thumbnail track's small decoder: ThumbnailTrackTest counts those
            }
            return new FrameWorker() {
                @Override
                public void request(long... mediaMs) {
                    for (long ms : mediaMs) {
                        requested.add(ms);
                    }
                    inner.request(mediaMs);
                }

                @Override
                public void close() {
                    closed.add(file.getFileName().toString());
                    inner.close();
                }
            };
        };
        model = new PlayerViewModel(new SameThreadTaskExecutor(), counting);
        media = VideoSession.media("abc");
        model.open(VideoSession.INFO, VideoSession.log(), List.of(new MediaFile(media, video)));
    }

    private ScreenPicture picture() {
        return model.pictureProperty().get();
    }

    @Test
    void untilTheMasksAreKnownNothingIsDecoded() {
        model.seek(3_000);
        assertThat(picture().kind()).isEqualTo(ScreenPicture.Kind.WAITING);
        assertThat(requested).isEmpty();
        model.setPictureMasks(PictureMasks.NONE);
        assertThat(picture().kind()).isEqualTo(ScreenPicture.Kind.FRAME);
    }

    @Test
    void aSeekShowsExactlyTheFrameOfThatMoment() {
        model.setPictureMasks(PictureMasks.NONE);
        for (int t : new int[] {2_000, 2_033, 2_034, 4_999, 3_517, 8_000, 8_001, 10_999, 9_100, 2_500}) {
            model.seek(t);
            long mediaMs = media.videoMsAt(t);
            assertThat(picture().kind()).as("at %d ms", t).isEqualTo(ScreenPicture.Kind.FRAME);
            assertThat(TimeCodedVideo.numberOf(picture().frame())).as("at %d ms", t)
                    .isEqualTo(VideoSession.frameAt(mediaMs));
        }
    }

    @Test
    void playingShowsEachFrameInTurn() {
        model.setPictureMasks(PictureMasks.NONE);
        model.seek(2_000);
        model.play();
        long nanos = 0;
        model.frame(nanos);
        for (int pulse = 0; pulse < 120; pulse++) {
            nanos += 16_666_667;
            model.frame(nanos);
            int t = model.getTimeMs();
            long mediaMs = media.videoMsAt(t);
            if (mediaMs >= 0) {
                assertThat(TimeCodedVideo.numberOf(picture().frame())).as("at %d ms", t)
                        .isEqualTo(VideoSession.frameAt(mediaMs));
            }
        }
    }

    @Test
    void beforeTheVideoWhilePausedAndAfterItThereIsNoPicture() {
        model.setPictureMasks(PictureMasks.NONE);
        for (int t : new int[] {0, 1_999, 5_000, 7_999, 11_000, 11_900}) {
            model.seek(t);
            assertThat(picture().kind()).as("at %d ms", t).isEqualTo(ScreenPicture.Kind.NO_PICTURE);
            assertThat(picture().note()).isEqualTo(ScreenPicture.NO_PICTURE_NOTE);
        }
    }

    @Test
    void thePointerLandsOnTheMarkerInTheFrameAndOnTheStage() {
        model.setPictureMasks(PictureMasks.NONE);
        ScreenLayout layout = model.screensProperty().get();
        assertThat(layout.width()).isEqualTo(VideoSession.SCREEN_W);
        for (int frame : new int[] {0, 17, 44, 89, 90, 133, 179}) {
            int t = ScreenPictures.sessionMsOf(media, VideoSession.startMsOf(frame));
            model.seek(t);
            VideoFrame shown = picture().frame();
            assertThat(TimeCodedVideo.numberOf(shown)).isEqualTo(frame);
            double[] marker = TimeCodedVideo.markerCentre(shown);
            int px = model.getState().pointerX();
            int py = model.getState().pointerY();
            // screen pixels to frame pixels; frame pixel i covers [i, i + 1), so the marker's middle
            // is at its pixel centre + 0.5 (within the marker's rounding to whole pixels and the codec's blur)
            assertThat(media.frameX(px)).as("frame %d x", frame).isCloseTo(marker[0] + 0.5, offset(1.5));
            assertThat(media.frameY(py)).as("frame %d y", frame).isCloseTo(marker[1] + 0.5, offset(1.5));
            // and on the stage: the pointer as the stage maps it, the marker as the drawn image puts it
            for (double[] size : new double[][] {{1280, 800}, {700, 520}, {1900, 600}}) {
                ReplayStageView.Transform fit = ReplayStageView.Transform.fit(layout, size[0], size[1]);
                ScreenRegion area = picture().area();
                double perFramePxX = area.width() * fit.scale() / shown.width();
                double perFramePxY = area.height() * fit.scale() / shown.height();
                double imageX = fit.x(area.x()) + (marker[0] + 0.5) * perFramePxX;
                double imageY = fit.y(area.y()) + (marker[1] + 0.5) * perFramePxY;
                // within the marker's own rounding to whole frame pixels (1.5 frame px)
                assertThat(fit.x(px)).isCloseTo(imageX, offset(1.5 * perFramePxX));
                assertThat(fit.y(py)).isCloseTo(imageY, offset(1.5 * perFramePxY));
            }
        }
    }

    @Test
    void aHiddenMomentIsNeverDecodedAndNamesItsCategory() {
        model.setPictureMasks(ms -> ms >= 3_000 && ms < 4_000
                ? new FrameMask(FlagCategory.PRIVATE, List.of()) : FrameMask.NONE);
        model.seek(3_500);
        assertThat(picture().kind()).isEqualTo(ScreenPicture.Kind.HIDDEN);
        assertThat(picture().frame()).isNull();
        assertThat(picture().hiddenText()).contains(FlagCategory.PRIVATE.label());
        assertThat(requested).isEmpty();
        model.seek(4_200);
        assertThat(picture().kind()).isEqualTo(ScreenPicture.Kind.FRAME);
        assertThat(requested).containsExactly(media.videoMsAt(4_200));
    }

    @Test
    void aFrameOnShowIsHiddenAtOnceWhenItsMomentBecomesFlagged() {
        model.setPictureMasks(PictureMasks.NONE);
        model.seek(3_500);
        assertThat(picture().kind()).isEqualTo(ScreenPicture.Kind.FRAME);
        model.setPictureMasks(ms -> new FrameMask(FlagCategory.CREDENTIAL, List.of()));
        assertThat(picture().kind()).isEqualTo(ScreenPicture.Kind.HIDDEN);
        assertThat(picture().hiddenBy()).isEqualTo(FlagCategory.CREDENTIAL);
    }

    @Test
    void regionMasksAreBurntIntoTheFramePixelsAndLiftedAgainOutsideTheirSpan() {
        ScreenRegion chat = new ScreenRegion(900, 400, 300, 200);
        int insideX = (int) media.frameX(1_050);
        int insideY = (int) media.frameY(500);
        model.setPictureMasks(ms -> ms >= 3_000 && ms < 4_000 ? new FrameMask(null, List.of(chat)) : FrameMask.NONE);
        model.seek(3_200);
        assertThat(picture().kind()).isEqualTo(ScreenPicture.Kind.FRAME);
        assertThat(picture().masked()).containsExactly(chat);
        assertThat(picture().frame().pixel(insideX, insideY)).isEqualTo(MaskPainter.FILL);
        assertThat(TimeCodedVideo.numberOf(picture().frame())).as("outside the region the picture is intact")
                .isEqualTo(VideoSession.frameAt(media.videoMsAt(3_200)));

        model.setPictureMasks(PictureMasks.NONE); // as a reveal does
        assertThat(picture().masked()).isEmpty();
        assertThat(picture().frame().pixel(insideX, insideY)).isNotEqualTo(MaskPainter.FILL);
    }

    @Test
    void closingTheSessionClosesItsDecoder() {
        model.setPictureMasks(PictureMasks.NONE);
        model.seek(3_000);
        assertThat(model.pictures().openWorkers()).isEqualTo(1);
        model.close();
        assertThat(closed).containsExactly("recording.mp4");
        assertThat(picture()).isNull();
        assertThat(model.hasPicture()).isFalse();
    }

    @Test
    void aMissingFileSaysSoAndTheSessionStillReplays() {
        model.open(VideoSession.INFO, VideoSession.log(), List.of(new MediaFile(media, null)));
        model.setPictureMasks(PictureMasks.NONE);
        model.seek(3_000);
        assertThat(picture().kind()).isEqualTo(ScreenPicture.Kind.FAILED);
        assertThat(picture().note()).isEqualTo(ScreenPictures.MISSING_FILE);
        assertThat(model.getState().pointerKnown()).isTrue();
    }

    @Test
    void aVideoTheWorkspaceCouldNotFetchShowsWhyInsteadOfAPicture() {
        String why = "The video is not in the team workspace (it was erased, or never reached the server).";
        model.open(VideoSession.INFO, VideoSession.log(), List.of(new MediaFile(media, null, why)));
        model.setPictureMasks(PictureMasks.NONE);
        model.seek(3_000);
        assertThat(picture().kind()).isEqualTo(ScreenPicture.Kind.FAILED);
        assertThat(picture().note()).isEqualTo(why);
        assertThat(model.getState().pointerKnown()).isTrue();
    }

    @Test
    void aDamagedFileSaysSoWithoutPictureContent() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.mp4"), "not a video at all");
        try {
            model.open(VideoSession.INFO, VideoSession.log(), List.of(new MediaFile(media, broken)));
            model.setPictureMasks(PictureMasks.NONE);
            model.seek(3_000);
            assertThat(picture().kind()).isEqualTo(ScreenPicture.Kind.FAILED);
            assertThat(picture().note()).startsWith("The video could not be read");
        } finally {
            model.close();
            Files.delete(broken);
        }
    }

    @Test
    void aSessionWithoutVideoReplaysAsBefore() {
        model.open(VideoSession.INFO, VideoSession.log());
        model.setPictureMasks(PictureMasks.NONE);
        model.seek(3_000);
        assertThat(model.hasPicture()).isFalse();
        assertThat(picture()).isNull();
        assertThat(model.screensProperty().get().screens()).isEqualTo(VideoSession.INFO.screens());
    }
}
