package org.trailmark.media;

/**
 * A video or image that cannot be read: missing, not a picture, damaged, or a codec this build of
 * FFmpeg does not decode. The message is plain words for a person and names no content.
 */
public final class MediaException extends Exception {
    public MediaException(String message) {
        super(message);
    }
}
