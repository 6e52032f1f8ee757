package org.trailmark.ui.player;

import java.nio.file.Path;
import java.util.Objects;
import org.trailmark.model.ScreenMedia;

/**
 * A session's screen media and where its file is on disk.
 *
 * @param file the stored video, or null when the workspace no longer has it
 * @param whyMissing when {@code file} is null, why, in words the stage shows; null for the usual wording
 */
public record MediaFile(ScreenMedia media, Path file, String whyMissing) {
    public MediaFile {
        Objects.requireNonNull(media, "media");
    }

    public MediaFile(ScreenMedia media, Path file) {
        this(media, file, null);
    }

    /** The first video among a session's media: the one whose area the stage fits and whose thumbnails it shows. */
    static java.util.Optional<MediaFile> firstVideo(java.util.List<MediaFile> media) {
        return media.stream().filter(m -> m.media().kind() == org.trailmark.model.MediaKind.VIDEO).findFirst();
    }
}
