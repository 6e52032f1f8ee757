package org.trailmark.ui.player;

import java.util.List;
import java.util.Objects;
import org.trailmark.media.VideoFrame;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.ScreenRegion;

/**
 * What the stage shows of the recorded screen at the playhead, for a session with screen media.
 *
 * @param area     where the picture goes, in screen pixels (the media's captured area)
 * @param frame    the decoded frame for {@link Kind#FRAME}, else null
 * @param hiddenBy the category hiding the picture for {@link Kind#HIDDEN}, else null
 * @param masked   areas covered in the frame (region flags, already burnt into its pixels), in screen
 *                 pixels, for the stage to outline
 * @param note     what to tell the person for {@link Kind#NO_PICTURE} and {@link Kind#FAILED}
 */
record ScreenPicture(Kind kind, ScreenRegion area, VideoFrame frame, FlagCategory hiddenBy,
                     List<ScreenRegion> masked, String note) {
    static final String NO_PICTURE_NOTE = "No picture at this moment";
    static final String WAITING_NOTE = "Loading the picture\u2026";

    enum Kind {
        /** No frame at this time: before or after the recording, or while it was paused. */
        NO_PICTURE,
        /** The frame is being decoded and none has arrived yet. */
        WAITING,
        /** A frame to show, with {@code masked} areas covered. */
        FRAME,
        /** Inside a flagged or private span: a neutral fill naming the category. */
        HIDDEN,
        /** The video is missing or damaged. */
        FAILED
    }

    ScreenPicture {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(area, "area");
        masked = List.copyOf(masked);
    }

    static ScreenPicture noPicture(ScreenRegion area) {
        return new ScreenPicture(Kind.NO_PICTURE, area, null, null, List.of(), NO_PICTURE_NOTE);
    }

    static ScreenPicture waiting(ScreenRegion area) {
        return new ScreenPicture(Kind.WAITING, area, null, null, List.of(), WAITING_NOTE);
    }

    static ScreenPicture hidden(ScreenRegion area, FlagCategory category) {
        return new ScreenPicture(Kind.HIDDEN, area, null, category, List.of(), null);
    }

    static ScreenPicture failed(ScreenRegion area, String note) {
        return new ScreenPicture(Kind.FAILED, area, null, null, List.of(), note);
    }

    static ScreenPicture frame(ScreenRegion area, VideoFrame frame, List<ScreenRegion> masked) {
        return new ScreenPicture(Kind.FRAME, area, Objects.requireNonNull(frame, "frame"), null, masked, null);
    }

    /** The words on a hidden picture: the category only, never what it covers. */
    String hiddenText() {
        return hiddenBy == null ? null : "Hidden: " + hiddenBy.label(); // as MaskPainter writes it
    }

    @Override
    public String toString() {
        return "ScreenPicture[" + kind + (frame == null ? "" : " @" + frame.mediaMs() + " ms") + ", masked="
                + masked.size() + "]";
    }
}
