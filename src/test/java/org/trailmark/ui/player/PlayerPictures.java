package org.trailmark.ui.player;

/** Lets tests in other packages read what the stage shows of the recorded screen. */
public final class PlayerPictures {
    private PlayerPictures() {
    }

    /** "FRAME", "HIDDEN " + the category's label, "NO_PICTURE", …; "NONE" without video. */
    public static String describe(PlayerViewModel player) {
        ScreenPicture picture = player.pictureProperty().get();
        if (picture == null) {
            return "NONE";
        }
        return picture.kind() == ScreenPicture.Kind.HIDDEN ? "HIDDEN " + picture.hiddenBy().label()
                : picture.kind().name();
    }
}
