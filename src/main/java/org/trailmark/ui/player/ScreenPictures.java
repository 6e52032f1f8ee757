package org.trailmark.ui.player;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.trailmark.media.MaskPainter;
import org.trailmark.media.VideoFrame;
import org.trailmark.model.FrameMask;
import org.trailmark.model.MediaKind;
import org.trailmark.model.MediaSegment;
import org.trailmark.model.ScreenMedia;
import org.trailmark.model.ScreenRegion;

/**
 * The recorded screen of one open session, following the playhead: turns each session time into
 * a media time, asks the session's {@link FrameWorker} for that frame (the newest wish replaces
 * older ones) and publishes what the stage should show. Masks are applied before anything is
 * asked for: a moment whose whole picture is hidden is never decoded, and a frame that arrives for
 * a moment that has become hidden meanwhile is dropped.
 *
 * <p>Until the review has said what is masked ({@link #setMasks}) nothing is decoded: a session's
 * flags arrive just after it opens, and a private frame must not flash up before them.
 *
 * <p>Lives on the JavaFX thread; the workers deliver there. {@link #close()} closes every decoder.
 */
final class ScreenPictures implements AutoCloseable {
    static final String MISSING_FILE = "The video file is missing from the workspace.";

    private final List<MediaFile> videos;
    private final FrameWorkers workers;
    private final Consumer<ScreenPicture> publish;
    private final Map<MediaFile, FrameWorker> open = new HashMap<>();
    private final Map<MediaFile, String> failures = new HashMap<>();
    /** Null until the masks are known. */
    private PictureMasks masks;
    private int nowMs;
    private MediaFile current;
    private long requestedMediaMs = Long.MIN_VALUE;
    private ScreenPicture shown;
    /** The session time the frame on show was taken at, to recheck it when the masks change. */
    private int shownFrameSessionMs;
    /** The decoded frame on show before any region was burnt in. */
    private VideoFrame shownUncovered;
    private boolean closed;

    private ScreenPictures(List<MediaFile> videos, FrameWorkers workers, Consumer<ScreenPicture> publish) {
        this.videos = videos;
        this.workers = workers;
        this.publish = publish;
    }

    /** The session's pictures, or null when it has no video to show (it replays as before). */
    static ScreenPictures of(List<MediaFile> media, FrameWorkers workers, Consumer<ScreenPicture> publish) {
        List<MediaFile> videos = new ArrayList<>();
        for (MediaFile file : media) {
            if (file.media().kind() == MediaKind.VIDEO) {
                videos.add(file);
            }
        }
        return videos.isEmpty() ? null : new ScreenPictures(List.copyOf(videos), workers, publish);
    }

    /** The part of the screen the first video shows, in screen pixels: what the stage fits. */
    ScreenRegion area() {
        return videos.get(0).media().capturedArea();
    }

    /** Shows the picture at a session time: called whenever the playhead moves (once per pulse while playing). */
    void show(int sessionMs) {
        if (closed) {
            return;
        }
        nowMs = sessionMs;
        MediaFile at = videoAt(sessionMs);
        if (at == null) {
            requestedMediaMs = Long.MIN_VALUE;
            current = null;
            set(ScreenPicture.noPicture(area()));
            return;
        }
        ScreenRegion area = at.media().capturedArea();
        if (masks == null) {
            current = at;
            set(ScreenPicture.waiting(area));
            return;
        }
        FrameMask mask = masks.at(sessionMs);
        if (mask.hidesWholePicture()) {
            requestedMediaMs = Long.MIN_VALUE;
            current = at;
            set(ScreenPicture.hidden(area, mask.hiddenBy()));
            return;
        }
        if (at.file() == null) {
            current = at;
            set(ScreenPicture.failed(area, at.whyMissing() != null ? at.whyMissing() : MISSING_FILE));
            return;
        }
        if (failures.containsKey(at)) {
            current = at;
            set(ScreenPicture.failed(area, failures.get(at)));
            return;
        }
        long mediaMs = at.media().videoMsAt(sessionMs);
        boolean sameVideo = at.equals(current);
        current = at;
        if (sameVideo && mediaMs == requestedMediaMs && shown != null && shown.kind() != ScreenPicture.Kind.HIDDEN) {
            return;
        }
        requestedMediaMs = mediaMs;
        if (shown != null && shown.kind() == ScreenPicture.Kind.FRAME && sameVideo) {
            // keep the last frame up while the next one decodes, covered as this moment requires
            List<ScreenRegion> regions = regions(shownFrameSessionMs, sessionMs);
            VideoFrame frame = regions.equals(shown.masked()) ? shown.frame()
                    : covered(shownUncovered, regions, at.media());
            set(ScreenPicture.frame(area, frame, regions));
        } else {
            set(ScreenPicture.waiting(area));
        }
        worker(at).request(mediaMs);
    }

    /** Applies new masks (a flag added, revealed, removed) to the picture on show at once. */
    void setMasks(PictureMasks newMasks) {
        masks = Objects.requireNonNull(newMasks, "masks");
        if (closed || shown == null) {
            return;
        }
        if (shown.kind() == ScreenPicture.Kind.FRAME && masks.at(shownFrameSessionMs).hidesWholePicture()) {
            set(ScreenPicture.waiting(shown.area()));
        }
        requestedMediaMs = Long.MIN_VALUE;
        show(nowMs);
    }

    /** The picture on show, or null before the first {@link #show}. */
    ScreenPicture shown() {
        return shown;
    }

    /** How many decode workers are open (one per video played so far); for tests. */
    int openWorkers() {
        return open.size();
    }

    @Override
    public void close() {
        closed = true;
        for (FrameWorker worker : open.values()) {
            worker.close();
        }
        open.clear();
    }

    private FrameWorker worker(MediaFile video) {
        return open.computeIfAbsent(video, v -> workers.open(v.file(), 0, 0, new FrameWorker.Sink() {
            @Override
            public void frame(long requestedMs, VideoFrame frame) {
                delivered(v, requestedMs, frame);
            }

            @Override
            public void failed(String message) {
                failedVideo(v, message);
            }
        }));
    }

    private void delivered(MediaFile video, long mediaMs, VideoFrame frame) {
        if (closed || masks == null || !video.equals(current)) {
            return;
        }
        int frameSessionMs = sessionMsOf(video.media(), mediaMs);
        if (frameSessionMs < 0 || masks.at(frameSessionMs).hidesWholePicture()
                || masks.at(nowMs).hidesWholePicture() || video.media().videoMsAt(nowMs) < 0) {
            return;
        }
        shownFrameSessionMs = frameSessionMs;
        List<ScreenRegion> regions = regions(frameSessionMs, nowMs);
        set(ScreenPicture.frame(video.media().capturedArea(), covered(frame, regions, video.media()), regions));
    }

    private void failedVideo(MediaFile video, String message) {
        failures.put(video, "The video could not be read: " + message);
        if (!closed && masks != null && video.equals(current) && !masks.at(nowMs).hidesWholePicture()) {
            set(ScreenPicture.failed(video.media().capturedArea(), failures.get(video)));
        }
    }

    /**
     * The frame with the regions burnt into a copy of its pixels, as the {@code frame} command and
     * exports burn them: the image on the stage holds no detail of a covered area. The decoder's
     * own frame stays untouched, since a reveal shows it again.
     */
    private VideoFrame covered(VideoFrame frame, List<ScreenRegion> regions, ScreenMedia media) {
        shownUncovered = frame;
        if (regions.isEmpty()) {
            return frame;
        }
        VideoFrame copy = new VideoFrame(frame.width(), frame.height(), frame.argb().clone(), frame.mediaMs());
        MaskPainter.paint(copy, new FrameMask(null, regions), media);
        return copy;
    }

    /** The region masks of both moments: the one the frame shows and the playhead's. */
    private List<ScreenRegion> regions(int frameSessionMs, int playheadMs) {
        List<ScreenRegion> regions = new ArrayList<>(masks.at(frameSessionMs).regions());
        if (playheadMs != frameSessionMs) {
            for (ScreenRegion region : masks.at(playheadMs).regions()) {
                if (!regions.contains(region)) {
                    regions.add(region);
                }
            }
        }
        return regions;
    }

    private MediaFile videoAt(int sessionMs) {
        for (MediaFile video : videos) {
            if (video.media().videoMsAt(sessionMs) >= 0) {
                return video;
            }
        }
        return null;
    }

    /** The session time a media time was asked for, or -1 when no segment holds it. */
    static int sessionMsOf(ScreenMedia media, long mediaMs) {
        for (MediaSegment segment : media.segments()) {
            long offset = mediaMs - segment.mediaStartMs();
            if (offset >= 0 && offset < segment.durationMs()) {
                return (int) (segment.sessionStartMs() + offset);
            }
        }
        return -1;
    }

    private void set(ScreenPicture picture) {
        if (!picture.equals(shown)) {
            shown = picture;
            publish.accept(picture);
        }
    }
}
