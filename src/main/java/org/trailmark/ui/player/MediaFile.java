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

    /** The first video among a session's media: the one whose area the stage fits and whose thumbnails it shows. */
    static java.util.Optional<MediaFile> firstVideo(java.util.List<MediaFile> media) {
        return media.stream().filter(m -> m.media().kind() == org.trailmark.model.MediaKind.VIDEO).findFirst();
    }
}
