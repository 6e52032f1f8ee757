package org.trailmark.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.trailmark.media.MediaException;
import org.trailmark.media.PngEncoder;
import org.trailmark.media.PointerRing;
import org.trailmark.media.VideoDecoder;
import org.trailmark.media.VideoFrame;
import org.trailmark.model.AccessAction;
import org.trailmark.model.AccessPurpose;
import org.trailmark.model.FrameMask;
import org.trailmark.model.MediaKind;
import org.trailmark.model.ScreenMedia;
import org.trailmark.replay.ReplayIndex;
import org.trailmark.replay.ReplayState;
import org.trailmark.store.Workspace;

/**
 * The picture the studio shows at one moment of a session, as a PNG: the frame on screen then, every
 * mask of that moment burnt in (nothing revealed), and the recorded pointer as a ring where it was.
 */
public final class FrameSnapshot {
    private FrameSnapshot() {
    }

    /** Why there is no picture: a plain sentence for the person who asked. */
    public static final class NoPicture extends Exception {
        NoPicture(String message) {
            super(message);
        }
    }

    /** The PNG's bytes. */
    public static byte[] png(Workspace workspace, String sessionId, int atMs, ScreenMasking masking)
            throws NoPicture, IOException {
        List<ScreenMedia> media = workspace.media().ofSession(sessionId);
        if (media.isEmpty()) {
            throw new NoPicture("session " + sessionId + " has no screen recording");
        }
        ScreenMedia shown = SessionObservations.showing(media, atMs);
        if (shown == null) {
            throw new NoPicture("no picture at " + atMs + " ms in session " + sessionId + ": the recording covers "
                    + coverage(media));
        }
        boolean video = shown.kind() == MediaKind.VIDEO;
        String sha = video ? shown.sha256() : shown.stills().get(shown.stillIndexAt(atMs)).sha256();
        Optional<Path> file = workspace.media().file(sha);
        if (file.isEmpty()) {
            throw new NoPicture("the workspace no longer holds the screen media file of session " + sessionId);
        }
        int[] argb;
        int width;
        int height;
        if (video) {
            try (VideoDecoder decoder = VideoDecoder.open(file.get())) {
                VideoFrame frame = decoder.frameAt(shown.videoMsAt(atMs));
                argb = frame.argb();
                width = frame.width();
                height = frame.height();
            } catch (MediaException e) {
                throw new IOException(e.getMessage(), e);
            }
        } else {
            BufferedImage still = ImageIO.read(file.get().toFile());
            if (still == null) {
                throw new IOException("a screenshot is not an image Trailmark can read");
            }
            width = still.getWidth();
            height = still.getHeight();
            argb = still.getRGB(0, 0, width, height, null, 0, width);
            for (int i = 0; i < argb.length; i++) {
                argb[i] |= 0xFF000000;
            }
        }
        FrameMask mask = masking.masksOf(workspace.flags().ofSession(sessionId)).apply(atMs);
        if (!mask.isEmpty()) {
            masking.burn(argb, width, height, shown, mask);
        }
        ReplayState state = ReplayIndex.build(workspace.sessions().loadLog(sessionId)).stateAt(atMs);
        if (state.pointerKnown()) {
            double sx = (double) width / shown.width();
            double sy = (double) height / shown.height();
            PointerRing.draw(argb, width, height, shown.frameX(state.pointerX()) * sx,
                    shown.frameY(state.pointerY()) * sy);
        }
        workspace.access().record(sessionId, AccessAction.EXPORT, AccessPurpose.EXPORT);
        try (PngEncoder encoder = new PngEncoder()) {
            return encoder.encode(argb, width, height);
        }
    }

    private static String coverage(List<ScreenMedia> media) {
        StringBuilder s = new StringBuilder();
        for (ScreenMedia m : media) {
            if (m.kind() == MediaKind.VIDEO) {
                m.segments().forEach(seg -> append(s, seg.sessionStartMs() + " ms to " + seg.sessionEndMs() + " ms"));
            } else {
                append(s, "from " + m.startMs() + " ms");
            }
        }
        return s.toString();
    }

    private static void append(StringBuilder s, String part) {
        s.append(s.length() == 0 ? "" : ", ").append(part);
    }
}
