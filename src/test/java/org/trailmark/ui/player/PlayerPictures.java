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

    /** The pixel of the frame on show at a screen position, or 0 without a frame. */
    public static int pixelAtScreen(PlayerViewModel player, int screenX, int screenY) {
        ScreenPicture picture = player.pictureProperty().get();
        if (picture == null || picture.frame() == null) {
            return 0;
        }
        var media = player.loaded().media().get(0).media();
        return picture.frame().pixel((int) media.frameX(screenX), (int) media.frameY(screenY));
    }
}
