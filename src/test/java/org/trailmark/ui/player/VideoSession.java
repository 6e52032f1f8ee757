package org.trailmark.ui.player;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.trailmark.media.MediaException;
import org.trailmark.media.TimeCodedVideo;
import org.trailmark.media.VideoEncoder;
import org.trailmark.model.MediaKind;
import org.trailmark.model.MediaSegment;
import org.trailmark.model.Screen;
import org.trailmark.model.ScreenMedia;
import org.trailmark.model.ScreenRegion;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;

/**
 * A session with a time-coded video, shaped like the AgentNet fixture: a 1366×768 screen recorded
 * into a smaller video of another aspect (here 638×358), starting 2 s into the session, paused
 * between 5 s and 8 s and stopped at 11 s. Every frame spells its number and has the red marker
 * where the recorded pointer was at that frame's session time, so a test can check both which
 * frame the player shows and that the pointer lands on the marker.
 */
public final class VideoSession {
    public static final int SCREEN_W = 1366;
    public static final int SCREEN_H = 768;
    public static final int VIDEO_W = 638;
    public static final int VIDEO_H = 358;
    public static final int FPS = 30;
    public static final int FRAMES = 180;
    public static final List<MediaSegment> SEGMENTS = List.of(new MediaSegment(2_000, 0, 3_000),
            new MediaSegment(8_000, 3_000, 3_000));
    public static final int DURATION_MS = 12_000;
    public static final SessionInfo INFO = new SessionInfo("with-video", "subject-1", "native",
            OffsetDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZoneOffset.UTC),
            List.of(new Screen(0, 0, 0, SCREEN_W, SCREEN_H, 1.0)), "test", "1", null, null);

    private VideoSession() {
    }

    /**
     * The pointer's screen position at a session time: a steady diagonal sweep, distinct for every
     * frame (no jumps, which a low-bitrate encoder smears into ghosts of the marker).
     */
    public static int[] pointerAt(int sessionMs) {
        int x = 300 + sessionMs / 15;
        int y = 150 + sessionMs / 25;
        return new int[] {x, y};
    }

    /** The media's description (its sha256 is a stand-in; tests that store the file use the real one). */
    public static ScreenMedia media(String sha256) {
        return new ScreenMedia(MediaKind.VIDEO, sha256, VIDEO_W, VIDEO_H, FPS, FRAMES, SEGMENTS, List.of(),
                new ScreenRegion(0, 0, SCREEN_W, SCREEN_H), "recording.mp4");
    }

    public static Path writeVideo(Path file) throws MediaException {
        ScreenMedia media = media("x");
        return TimeCodedVideo.write(file, VIDEO_W, VIDEO_H, FPS, FRAMES, 45, VideoEncoder.Codec.H264, i -> {
            int sessionMs = ScreenPictures.sessionMsOf(media, startMsOf(i));
            int[] p = pointerAt(sessionMs - sessionMs % 10); // the last move at or before the frame
            return new int[] {(int) Math.round(media.frameX(p[0])), (int) Math.round(media.frameY(p[1]))};
        });
    }

    /** Pointer moves at every frame's session time, and at every 10 ms in between. */
    public static SessionLog log() {
        SessionLogBuilder b = new SessionLogBuilder();
        b.focus(0, "Settings", "Display");
        for (int t = 0; t < DURATION_MS; t += 10) {
            int[] p = pointerAt(t);
            b.pointerMove(t, p[0], p[1]);
        }
        b.marker(DURATION_MS, "end");
        return b.build();
    }

    /** Media time at which frame {@code i} starts, rounded up to a whole ms. */
    public static long startMsOf(int frame) {
        return (long) Math.ceil(frame * 1000.0 / FPS);
    }

    /** The frame on screen at a media time: the last one starting at or before it. */
    public static int frameAt(long mediaMs) {
        return Math.min(FRAMES - 1, (int) Math.floor(mediaMs * FPS / 1000.0 + 1e-9));
    }
}
