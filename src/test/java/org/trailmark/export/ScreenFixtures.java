package org.trailmark.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.trailmark.media.MediaException;
import org.trailmark.media.TimeCodedVideo;
import org.trailmark.media.VideoEncoder;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.MediaKind;
import org.trailmark.model.MediaSegment;
import org.trailmark.model.PointerButton;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.Screen;
import org.trailmark.model.ScreenMedia;
import org.trailmark.model.ScreenRegion;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLogBuilder;
import org.trailmark.model.Task;
import org.trailmark.model.TaskOutcome;
import org.trailmark.review.ReviewService;
import org.trailmark.store.MediaStore;
import org.trailmark.store.Workspace;

/**
 * An approved, consented session of a 1920×1080 screen whose recording is a time-coded video (each
 * frame spells its number), so an exported observation can be traced to the exact frame.
 */
public final class ScreenFixtures {
    public static final int FPS = 10;
    public static final int FRAMES = 400;
    public static final int VIDEO_WIDTH = 384;
    public static final int VIDEO_HEIGHT = 216;
    /** The recording started one second into the session. */
    public static final int VIDEO_START_MS = 1_000;
    public static final int DURATION_MS = 42_000;
    /** Clicks; each one's observation is the frame half a second earlier. */
    static final int[] CLICKS = {300, 5_000, 12_000, 20_000, 30_000};
    /** A region flag over the lower-left quarter of the screen. */
    public static final ScreenRegion REGION = new ScreenRegion(0, 540, 960, 540);
    public static final int REGION_FROM = 10_000;
    public static final int REGION_TO = 15_000;
    /** A flag over the whole picture. */
    public static final int FLAG_FROM = 19_000;
    public static final int FLAG_TO = 22_000;

    private ScreenFixtures() {
    }

    public static Path video(Path dir) throws MediaException {
        return TimeCodedVideo.write(dir.resolve("screen.mp4"), VIDEO_WIDTH, VIDEO_HEIGHT, FPS, FRAMES, 30,
                VideoEncoder.Codec.H264, i -> new int[] {200, 150});
    }

    /** Adds the session with the video (stored in the workspace), its flags and one task over all of it. */
    public static void addSession(Workspace ws, String id, String subject, Path video) throws IOException {
        MediaStore.StoredFile stored = ws.media().store().store(video);
        ScreenMedia media = new ScreenMedia(MediaKind.VIDEO, stored.sha256(), VIDEO_WIDTH, VIDEO_HEIGHT, FPS, FRAMES,
                List.of(new MediaSegment(VIDEO_START_MS, 0, FRAMES * 1000 / FPS)), List.of(),
                new ScreenRegion(0, 0, 1920, 1080), "screen.mp4");
        addSession(ws, id, subject, List.of(media));
    }

    public static void addSession(Workspace ws, String id, String subject, List<ScreenMedia> media) {
        SessionInfo info = new SessionInfo(id, subject, "native", OffsetDateTime.parse("2026-03-02T09:00:00Z"),
                List.of(new Screen(0, 0, 0, 1920, 1080, 1.0)), "test", "1", null, null);
        SessionLogBuilder b = new SessionLogBuilder();
        b.focus(0, "Files", "Home");
        for (int t : CLICKS) {
            b.pointerMove(t - 50, 400, 300);
            b.button(t, true, PointerButton.LEFT, 400, 300);
            b.button(t + 40, false, PointerButton.LEFT, 400, 300);
        }
        b.pointerMove(DURATION_MS, 20, 20);
        ws.sessions().add(info, b.build(), media, null, "fixture");
        ReviewService review = new ReviewService(ws, "rita");
        review.addFlag(Flag.region(id, REGION_FROM, REGION_TO, REGION, FlagCategory.values()[0], "chat"));
        review.addFlag(Flag.manual(id, FLAG_FROM, FLAG_TO, FlagCategory.values()[0], null));
        review.addTask(Task.draft(id, 0, DURATION_MS, "Tidy the files", null, TaskOutcome.SUCCESS));
        ws.consent().grant(subject, ConsentPurpose.TRAINING, "policy", "1", "tester", "cli");
        review.setReviewStatus(id, ReviewStatus.APPROVED, null);
    }

    /** The frame number on screen at a session time. */
    public static int frameAt(int sessionMs) {
        return (sessionMs - VIDEO_START_MS) * FPS / 1000;
    }
}
