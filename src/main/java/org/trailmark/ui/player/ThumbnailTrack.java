package org.trailmark.ui.player;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trailmark.media.MaskPainter;
import org.trailmark.media.VideoFrame;
import org.trailmark.model.FrameMask;
import org.trailmark.model.ScreenMedia;
import org.trailmark.ui.timeline.Thumbnail;
import org.trailmark.ui.timeline.TimelineViewModel;

/**
 * The pictures of the timeline's thumbnail track for the visible window. The window is cut into
 * as many slots as fit the track, each slot a step from a fixed ladder (a level of detail), and
 * the thumbnail of a slot is the picture at its start; since coarser steps are multiples of finer
 * ones, zooming reuses what is already decoded. Pictures decode at thumbnail size on a worker of
 * their own (never on the JavaFX thread), the newest window replacing what is left of the old
 * one, and are cached per session (least recently used dropped first, so memory stays bounded
 * however long the video). Masks apply as on the stage: a hidden moment is never decoded and
 * shows as hidden, region flags are burnt into a copy; before the masks are known nothing is
 * decoded.
 */
final class ThumbnailTrack implements AutoCloseable {
    /** Thumbnail height on the track and decoded height; the width follows the picture's aspect. */
    static final int HEIGHT = 54;
    /** The levels of detail: slot lengths in ms. */
    static final int[] STEPS_MS = {100, 250, 500, 1_000, 2_000, 5_000, 10_000, 15_000, 30_000, 60_000, 120_000,
            300_000, 600_000, 900_000, 1_800_000, 3_600_000, 7_200_000};
    static final int CACHE_SIZE = 600;

    private final MediaFile video;
    private final TimelineViewModel timeline;
    private final FrameWorker worker;
    private final int width;
    private final Map<Integer, VideoFrame> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, VideoFrame> eldest) {
            return size() > CACHE_SIZE;
        }
    };
    /** Media ms asked for and the session ms each belongs to. */
    private final Map<Long, Integer> asked = new HashMap<>();
    private PictureMasks masks;
    private boolean closed;

    ThumbnailTrack(MediaFile video, TimelineViewModel timeline, FrameWorkers workers) {
        this.video = video;
        this.timeline = timeline;
        ScreenMedia media = video.media();
        int w = (int) Math.round(HEIGHT * media.capturedArea().width() / (double) media.capturedArea().height());
        this.width = Math.max(8, w + (w & 1));
        this.worker = video.file() == null ? null : workers.open(video.file(), width, HEIGHT, new FrameWorker.Sink() {
            @Override
            public void frame(long requestedMs, VideoFrame frame) {
                delivered(requestedMs, frame);
            }

            @Override
            public void failed(String message) {
                // the stage says the video cannot be read; the track just stays without pictures
            }
        });
    }

    int width() {
        return width;
    }

    void setMasks(PictureMasks newMasks) {
        masks = newMasks;
        refresh();
    }

    /** Recomputes the slots for the visible window and asks for the pictures not cached yet. */
    void refresh() {
        if (closed) {
            return;
        }
        double from = timeline.getVisibleFromMs();
        double to = timeline.getVisibleToMs();
        int step = stepFor(to - from, timeline.getTrackWidth(), width);
        ScreenMedia media = video.media();
        List<Thumbnail> shown = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        for (long t = (long) Math.floor(from / step) * step; t < to; t += step) {
            int at = (int) t;
            long mediaMs = media.videoMsAt(at);
            FrameMask mask = masks == null ? null : masks.at(at);
            if (mediaMs < 0) {
                shown.add(new Thumbnail(at, step, 0, 0, null, null));
            } else if (mask != null && mask.hidesWholePicture()) {
                shown.add(new Thumbnail(at, step, 0, 0, null, mask.hiddenBy().label()));
            } else {
                VideoFrame frame = mask == null ? null : cache.get(at);
                if (frame == null) {
                    if (mask != null) {
                        missing.add(at);
                    }
                    shown.add(new Thumbnail(at, step, 0, 0, null, null));
                } else {
                    shown.add(covered(at, step, frame, mask));
                }
            }
        }
        timeline.setThumbnails(shown);
        // a new window asks again (replacing what is left of the old one); a delivery does not
        if (worker != null && !asked.values().containsAll(missing)) {
            asked.clear();
            long[] times = new long[missing.size()];
            for (int i = 0; i < times.length; i++) {
                times[i] = media.videoMsAt(missing.get(i));
                asked.put(times[i], missing.get(i));
            }
            worker.request(times);
        }
    }

    /** The slot length for a window: the finest step of the ladder that keeps slots at least a thumbnail wide. */
    static int stepFor(double windowMs, double trackWidthPx, int thumbnailWidthPx) {
        int slots = Math.max(1, (int) Math.floor(trackWidthPx / thumbnailWidthPx));
        double wanted = windowMs / slots;
        for (int step : STEPS_MS) {
            if (step >= wanted) {
                return step;
            }
        }
        return STEPS_MS[STEPS_MS.length - 1];
    }

    /** How many pictures are cached; for tests. */
    int cached() {
        return cache.size();
    }

    @Override
    public void close() {
        closed = true;
        cache.clear();
        if (worker != null) {
            worker.close();
        }
    }

    private void delivered(long mediaMs, VideoFrame frame) {
        Integer at = asked.remove(mediaMs);
        if (closed || at == null) {
            return;
        }
        cache.put(at, frame);
        refresh();
    }

    private Thumbnail covered(int at, int step, VideoFrame frame, FrameMask mask) {
        int[] argb = frame.argb();
        if (!mask.regions().isEmpty()) {
            argb = argb.clone();
            MaskPainter.paint(argb, frame.width(), frame.height(), mask, video.media().capturedArea());
        }
        return new Thumbnail(at, step, frame.width(), frame.height(), argb, null);
    }
}
