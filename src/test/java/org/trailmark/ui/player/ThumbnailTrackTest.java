package org.trailmark.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trailmark.media.MaskPainter;
import org.trailmark.media.VideoDecoder;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FrameMask;
import org.trailmark.model.ScreenMedia;
import org.trailmark.model.ScreenRegion;
import org.trailmark.ui.common.SameThreadTaskExecutor;
import org.trailmark.ui.timeline.Thumbnail;

/** The thumbnail track: levels of detail, the right picture per slot, a cache, masks, no video no track. */
class ThumbnailTrackTest {
    private static Path folder;
    private static Path video;

    private final List<long[]> requests = new ArrayList<>();
    private final List<int[]> sizes = new ArrayList<>();
    private final List<Integer> closedWidths = new ArrayList<>();
    private PlayerViewModel model;
    private ScreenMedia media;

    @BeforeAll
    static void writeVideo() throws Exception {
        folder = Files.createTempDirectory("thumbnails");
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
        FrameWorkers recording = (file, w, h, sink) -> {
            sizes.add(new int[] {w, h});
            FrameWorker inner = decodeHere.open(file, w, h, sink);
            return new FrameWorker() {
                @Override
                public void request(long... mediaMs) {
                    requests.add(mediaMs.clone());
                    inner.request(mediaMs);
                }

                @Override
                public void close() {
                    closedWidths.add(w);
                    inner.close();
                }
            };
        };
        model = new PlayerViewModel(new SameThreadTaskExecutor(), recording);
        media = VideoSession.media("abc");
        model.open(VideoSession.INFO, VideoSession.log(), List.of(new MediaFile(media, video)));
        model.timeline().trackWidthProperty().set(1_000);
    }

    private List<Thumbnail> thumbnails() {
        return model.timeline().thumbnailsProperty().get();
    }

    @Test
    void theStepIsTheFinestLevelThatKeepsEverySlotAThumbnailWide() {
        assertThat(ThumbnailTrack.stepFor(12_000, 1_000, 96)).isEqualTo(2_000); // 10 slots of 1.2 s
        assertThat(ThumbnailTrack.stepFor(3_000, 1_000, 96)).isEqualTo(500);
        assertThat(ThumbnailTrack.stepFor(7_200_000, 1_000, 96)).isEqualTo(900_000);
        assertThat(ThumbnailTrack.stepFor(1e9, 1_000, 96)).isEqualTo(7_200_000);
    }

    @Test
    void eachSlotShowsThePictureAtItsStartDecodedSmall() throws Exception {
        model.setPictureMasks(PictureMasks.NONE);
        int w = model.thumbnails().width();
        assertThat(sizes).contains(new int[] {model.thumbnails().width(), ThumbnailTrack.HEIGHT});
        assertThat(thumbnails()).isNotEmpty();
        for (Thumbnail t : thumbnails()) {
            long mediaMs = media.videoMsAt(t.atMs());
            if (mediaMs < 0) {
                assertThat(t.hasPicture()).as("no picture at %d ms", t.atMs()).isFalse();
            } else {
                assertThat(t.height()).isEqualTo(ThumbnailTrack.HEIGHT);
                // the cells are too small to read at this size: compare with the frame decoded alone
                try (VideoDecoder reference = VideoDecoder.open(video, w, ThumbnailTrack.HEIGHT)) {
                    assertThat(Arrays.equals(t.argb(), reference.frameAt(mediaMs).argb())).as("at %d ms", t.atMs())
                            .isTrue();
                    if (mediaMs >= 500) {
                        assertThat(Arrays.equals(t.argb(), reference.frameAt(mediaMs - 500).argb()))
                                .as("a frame half a second earlier differs").isFalse();
                    }
                }
            }
        }
    }

    @Test
    void zoomingInAsksOnlyForWhatIsNotCachedAndZoomingBackAsksForNothing() {
        model.setPictureMasks(PictureMasks.NONE);
        int coarse = thumbnails().get(1).spanMs();
        model.timeline().zoomAt(4.0, model.timeline().getVisibleFromMs());
        int fine = thumbnails().get(1).spanMs();
        assertThat(fine).isLessThan(coarse);
        long[] lastAsked = requests.get(requests.size() - 1);
        for (long ms : lastAsked) {
            // times a coarser level already decoded are not decoded again
            assertThat(ScreenPictures.sessionMsOf(media, ms) % coarse).isNotZero();
        }
        int before = requests.size();
        model.timeline().zoomAt(0.25, model.timeline().getVisibleFromMs());
        assertThat(requests).hasSize(before);
        assertThat(thumbnails()).allSatisfy(t -> assertThat(t.hasPicture() || media.videoMsAt(t.atMs()) < 0).isTrue());
    }

    @Test
    void masksApplyAndNothingIsDecodedBeforeTheyAreKnown() {
        assertThat(requests).isEmpty();
        assertThat(thumbnails()).noneMatch(Thumbnail::hasPicture);
        ScreenRegion chat = new ScreenRegion(0, 0, 1366, 768);
        model.setPictureMasks(ms -> ms >= 2_000 && ms < 4_000 ? new FrameMask(FlagCategory.PASSWORD, List.of())
                : ms >= 8_000 && ms < 10_000 ? new FrameMask(null, List.of(chat)) : FrameMask.NONE);
        for (Thumbnail t : thumbnails()) {
            if (t.atMs() >= 2_000 && t.atMs() < 4_000) {
                assertThat(t.hiddenLabel()).isEqualTo(FlagCategory.PASSWORD.label());
                assertThat(t.argb()).isNull();
            } else if (t.atMs() >= 8_000 && t.atMs() < 10_000) {
                assertThat(t.argb()).containsOnly(MaskPainter.FILL, MaskPainter.BORDER);
            }
        }
        for (long[] asked : requests) {
            for (long ms : asked) {
                int at = ScreenPictures.sessionMsOf(media, ms);
                assertThat(at >= 2_000 && at < 4_000).as("hidden %d ms decoded", at).isFalse();
            }
        }
    }

    @Test
    void aSessionWithoutVideoHasNoTrackAndClosingClearsIt() {
        model.setPictureMasks(PictureMasks.NONE);
        assertThat(thumbnails()).isNotEmpty();
        int width = model.thumbnails().width();
        model.seek(3_000); // the stage's decoder opens with the first picture it shows
        model.open(VideoSession.INFO, VideoSession.log());
        assertThat(thumbnails()).isEmpty();
        assertThat(model.thumbnails()).isNull();
        assertThat(closedWidths).as("both decoders closed with the session").containsExactlyInAnyOrder(0, width);
    }
}
