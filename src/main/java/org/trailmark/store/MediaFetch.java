package org.trailmark.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A screen media file looked up by its hash: where it lies on this computer, or why it is not there,
 * in words for the person who wanted to see it (never what the picture shows).
 */
public record MediaFetch(Optional<Path> file, String whyMissing) {
    public MediaFetch {
        Objects.requireNonNull(file, "file");
        if (file.isEmpty()) {
            Objects.requireNonNull(whyMissing, "whyMissing");
        }
    }

    static MediaFetch found(Path file) {
        return new MediaFetch(Optional.of(file), null);
    }

    static MediaFetch missing(String why) {
        return new MediaFetch(Optional.empty(), why);
    }
}
