package org.trailmark.ui.player;

import java.nio.IntBuffer;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.trailmark.media.VideoFrame;

/**
 * The decoded frame as a JavaFX image: one {@link PixelBuffer} over an int buffer, refilled in
 * place for each new frame (one copy, no per-frame image), rebuilt only when the size changes.
 * Frames are opaque, so their ARGB is already the premultiplied format the buffer wants.
 */
final class PictureImage {
    private IntBuffer pixels;
    private PixelBuffer<IntBuffer> buffer;
    private WritableImage image;
    private VideoFrame uploaded;

    /** The image showing {@code frame}; uploads it when it is not the one already shown. */
    WritableImage show(VideoFrame frame) {
        if (frame == uploaded) {
            return image;
        }
        if (image == null || buffer.getWidth() != frame.width() || buffer.getHeight() != frame.height()) {
            pixels = IntBuffer.allocate(frame.width() * frame.height());
            buffer = new PixelBuffer<>(frame.width(), frame.height(), pixels, PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(buffer);
        }
        buffer.updateBuffer(b -> {
            pixels.clear();
            pixels.put(frame.argb());
            pixels.flip();
            return null; // the whole picture changed
        });
        uploaded = frame;
        return image;
    }

    /** Forgets the last frame, so no picture of a closed session stays in memory. */
    void clear() {
        pixels = null;
        buffer = null;
        image = null;
        uploaded = null;
    }
}
