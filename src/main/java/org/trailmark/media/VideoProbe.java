package org.trailmark.media;

import java.nio.file.Path;

/** Checks that a file is a video Trailmark can play: opens it and decodes its first frame. */
public final class VideoProbe {
    private VideoProbe() {
    }

    public static VideoFacts probe(Path file) throws MediaException {
        try (VideoDecoder decoder = VideoDecoder.open(file)) {
            decoder.frameAt(0);
            return decoder.facts();
        }
    }
}
