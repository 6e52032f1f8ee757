package org.trailmark.ui.player;

import java.nio.file.Path;
import java.util.Objects;
import org.trailmark.model.ScreenMedia;

/**
 * A session's screen media and where its file is on disk.
 *
 * @param file the stored video, or null when the workspace no longer has it
 */
public record MediaFile(ScreenMedia media, Path file) {
    public MediaFile {
        Objects.requireNonNull(media, "media");
    }
}
