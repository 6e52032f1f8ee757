package org.trailmark.media;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVOutputFormat;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.ffmpeg.swscale.SwsFilter;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

import java.nio.ByteOrder;
import java.nio.file.Path;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_GLOBAL_HEADER;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_rescale_ts;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder_by_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_from_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_packet;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_frame;
import static org.bytedeco.ffmpeg.global.avformat.AVFMT_GLOBALHEADER;
import static org.bytedeco.ffmpeg.global.avformat.AVIO_FLAG_WRITE;
import static org.bytedeco.ffmpeg.global.avformat.av_interleaved_write_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_write_trailer;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_output_context2;
import static org.bytedeco.ffmpeg.global.avformat.avformat_free_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_new_stream;
import static org.bytedeco.ffmpeg.global.avformat.avformat_write_header;
import static org.bytedeco.ffmpeg.global.avformat.avio_closep;
import static org.bytedeco.ffmpeg.global.avformat.avio_open;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGRA;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_make_writable;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BILINEAR;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;

/**
 * Writes ARGB frames into a video file (H.264 through OpenH264, or MPEG-4 Part 2 with B-frames).
 * Trailmark never writes videos for people; this exists so tests and the benchmark can make videos
 * whose frames say what they are (their time, where the pointer was) and check decoding to the frame.
 */
public final class VideoEncoder implements AutoCloseable {
    /** The codecs this FFmpeg build encodes that matter here. */
    public enum Codec {
        /** H.264 Constrained Baseline (OpenH264): no B-frames. */
        H264("libopenh264"),
        /** MPEG-4 Part 2 with two B-frames: decode order differs from display order. */
        MPEG4_WITH_B_FRAMES("mpeg4");

        private final String encoderName;

        Codec(String encoderName) {
            this.encoderName = encoderName;
        }
    }

    private final AVFormatContext format;
    private final AVCodecContext codec;
    private final AVStream stream;
    private final AVFrame frame;
    private final AVPacket packet;
    private final SwsContext toYuv;
    private final BytePointer argbBuffer;
    private final PointerPointer<?> argbPlanes;
    private final IntPointer argbStrides;
    private final int width;
    private final int height;
    private boolean closed;

    private VideoEncoder(AVFormatContext format, AVCodecContext codec, AVStream stream) {
        this.format = format;
        this.codec = codec;
        this.stream = stream;
        this.width = codec.width();
        this.height = codec.height();
        this.frame = av_frame_alloc();
        frame.format(AV_PIX_FMT_YUV420P);
        frame.width(width);
        frame.height(height);
        av_frame_get_buffer(frame, 0);
        this.packet = av_packet_alloc();
        this.toYuv = sws_getContext(width, height, AV_PIX_FMT_BGRA, width, height, AV_PIX_FMT_YUV420P,
                SWS_BILINEAR, (SwsFilter) null, (SwsFilter) null, (DoublePointer) null);
        // padded: FFmpeg's vector code may read a little past the last pixel
        this.argbBuffer = new BytePointer((long) width * (height + 1) * 4 + 256);
        this.argbPlanes = new PointerPointer<>(4).put(0, argbBuffer);
        this.argbStrides = new IntPointer(4).put(0, width * 4);
    }

    /**
     * Creates a video file (container from the name: {@code .mp4}, {@code .mkv}).
     *
     * @param timeBaseDen frame times are given in units of 1/timeBaseDen s
     * @param keyframeEvery frames between keyframes (OBS writes 250 at 30 fps)
     */
    public static VideoEncoder create(Path file, int width, int height, int fps, int timeBaseDen,
                                      int keyframeEvery, Codec kind) throws MediaException {
        MediaLibraries.load();
        AVCodec encoder = avcodec_find_encoder_by_name(kind.encoderName);
        if (encoder == null) {
            throw new MediaException("this FFmpeg build has no " + kind.encoderName + " encoder");
        }
        AVFormatContext format = new AVFormatContext(null);
        if (avformat_alloc_output_context2(format, (AVOutputFormat) null, (String) null, file.toString()) < 0) {
            throw new MediaException("no container for " + file.getFileName());
        }
        AVCodecContext codec = avcodec_alloc_context3(encoder);
        codec.width(width);
        codec.height(height);
        codec.pix_fmt(AV_PIX_FMT_YUV420P);
        codec.time_base(new AVRational().num(1).den(timeBaseDen));
        codec.framerate(new AVRational().num(fps).den(1));
        codec.gop_size(keyframeEvery);
        codec.bit_rate(8_000_000L);
        if (kind == Codec.MPEG4_WITH_B_FRAMES) {
            codec.max_b_frames(2);
            codec.qmin(2);
            codec.qmax(6);
        }
        if ((format.oformat().flags() & AVFMT_GLOBALHEADER) != 0) {
            codec.flags(codec.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
        }
        if (avcodec_open2(codec, encoder, (AVDictionary) null) < 0) {
            avcodec_free_context(codec);
            avformat_free_context(format);
            throw new MediaException("cannot start the " + kind.encoderName + " encoder at " + width + "x" + height);
        }
        AVStream stream = avformat_new_stream(format, null);
        avcodec_parameters_from_context(stream.codecpar(), codec);
        stream.time_base(codec.time_base());
        stream.avg_frame_rate(codec.framerate());
        AVIOContext io = new AVIOContext(null);
        if (avio_open(io, file.toString(), AVIO_FLAG_WRITE) < 0) {
            avcodec_free_context(codec);
            avformat_free_context(format);
            throw new MediaException("cannot write " + file);
        }
        format.pb(io);
        if (avformat_write_header(format, (AVDictionary) null) < 0) {
            throw new MediaException("cannot write the header of " + file.getFileName());
        }
        return new VideoEncoder(format, codec, stream);
    }

    /** Writes one frame shown from {@code pts} (in 1/timeBaseDen s) until the next. */
    public void write(int[] argb, long pts) throws MediaException {
        if (argb.length != width * height) {
            throw new IllegalArgumentException("frame must be " + width + "x" + height);
        }
        argbBuffer.position(0).limit((long) width * height * 4).asByteBuffer()
                .order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().put(argb);
        av_frame_make_writable(frame);
        sws_scale(toYuv, argbPlanes, argbStrides, 0, height, frame.data(), frame.linesize());
        frame.pts(pts);
        if (avcodec_send_frame(codec, frame) < 0) {
            throw new MediaException("the encoder refused a frame");
        }
        drain();
    }

    private void drain() throws MediaException {
        while (avcodec_receive_packet(codec, packet) >= 0) {
            av_packet_rescale_ts(packet, codec.time_base(), stream.time_base());
            packet.stream_index(stream.index());
            if (av_interleaved_write_frame(format, packet) < 0) {
                throw new MediaException("cannot write a video packet");
            }
        }
    }

    @Override
    public void close() throws MediaException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            avcodec_send_frame(codec, null);
            drain();
            av_write_trailer(format);
        } finally {
            AVIOContext io = format.pb();
            avio_closep(io);
            avformat_free_context(format);
            avcodec_free_context(codec);
            av_frame_free(frame);
            av_packet_free(packet);
            sws_freeContext(toYuv);
            argbBuffer.deallocate();
            argbPlanes.deallocate();
            argbStrides.deallocate();
        }
    }
}
