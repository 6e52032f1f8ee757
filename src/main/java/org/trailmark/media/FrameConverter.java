package org.trailmark.media;

import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.ffmpeg.swscale.SwsFilter;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

import java.nio.ByteOrder;
import java.nio.IntBuffer;

import static org.bytedeco.ffmpeg.global.avutil.AVCOL_RANGE_JPEG;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_SPC_BT709;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGRA;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BILINEAR;
import static org.bytedeco.ffmpeg.global.swscale.SWS_CS_ITU601;
import static org.bytedeco.ffmpeg.global.swscale.SWS_CS_ITU709;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCachedContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCoefficients;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;
import static org.bytedeco.ffmpeg.global.swscale.sws_setColorspaceDetails;

/**
 * Turns decoded frames (YUV as recorders write them) into ARGB at the size asked for, honouring the
 * frame's colour matrix (BT.709 for HD recordings) and range, so colours match what was on screen.
 */
final class FrameConverter implements AutoCloseable {
    private final int outWidth;
    private final int outHeight;
    /** Bytes per output row: rounded up to 64 so FFmpeg's vector code never writes past a row or the end. */
    private final int stride;
    private final BytePointer buffer;
    private final PointerPointer<?> planes;
    private final IntPointer strides;
    private SwsContext context;

    FrameConverter(int srcWidth, int srcHeight, int outWidth, int outHeight) {
        this.outWidth = outWidth;
        this.outHeight = outHeight;
        this.stride = (outWidth * 4 + 63) & ~63;
        this.buffer = new BytePointer((long) stride * (outHeight + 1) + 256);
        this.planes = new PointerPointer<>(4).put(0, buffer);
        this.strides = new IntPointer(4).put(0, stride);
    }

    int outWidth() {
        return outWidth;
    }

    int outHeight() {
        return outHeight;
    }

    VideoFrame convert(AVFrame frame, long mediaMs) {
        context = sws_getCachedContext(context, frame.width(), frame.height(), frame.format(),
                outWidth, outHeight, AV_PIX_FMT_BGRA, SWS_BILINEAR, (SwsFilter) null, (SwsFilter) null,
                (DoublePointer) null);
        int matrix = frame.colorspace() == AVCOL_SPC_BT709 ? SWS_CS_ITU709 : SWS_CS_ITU601;
        int srcRange = frame.color_range() == AVCOL_RANGE_JPEG ? 1 : 0;
        sws_setColorspaceDetails(context, sws_getCoefficients(matrix), srcRange, sws_getCoefficients(matrix), 1,
                0, 1 << 16, 1 << 16);
        sws_scale(context, frame.data(), frame.linesize(), 0, frame.height(), planes, strides);
        int[] argb = new int[outWidth * outHeight];
        IntBuffer pixels = buffer.position(0).limit((long) stride * outHeight).asByteBuffer()
                .order(ByteOrder.LITTLE_ENDIAN).asIntBuffer();
        int intsPerRow = stride / 4;
        for (int y = 0; y < outHeight; y++) {
            pixels.position(y * intsPerRow);
            pixels.get(argb, y * outWidth, outWidth);
        }
        return new VideoFrame(outWidth, outHeight, argb, mediaMs);
    }

    @Override
    public void close() {
        if (context != null) {
            sws_freeContext(context);
            context = null;
        }
        buffer.deallocate();
        planes.deallocate();
        strides.deallocate();
    }
}
