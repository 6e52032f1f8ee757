package org.trailmark.media;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_flush_buffers;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_to_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avformat.AVSEEK_FLAG_BACKWARD;
import static org.bytedeco.ffmpeg.global.avformat.av_find_best_stream;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_seek_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;

/**
 * The benchmark's naive baseline (never used by the studio): what a competent engineer writes first.
 * Opening reads every packet once to list the keyframes and frame times; a seek goes to the keyframe
 * before the target and decodes and converts every frame up to it, keeping the last that starts at or
 * before the target. Exact, like {@link VideoDecoder}, but without its shortcuts.
 */
public final class NaiveVideoSeeker implements AutoCloseable {
    private final AVFormatContext format;
    private final AVStream stream;
    private final AVCodecContext codec;
    private final AVPacket packet = av_packet_alloc();
    private final AVFrame frame = av_frame_alloc();
    private final FrameConverter converter;
    private final StreamClock clock;
    /** Time stamps of every keyframe, as the naive open collects them. */
    private final List<Long> keyframes = new ArrayList<>();
    private final List<Long> frameTimes = new ArrayList<>();

    private NaiveVideoSeeker(AVFormatContext format, AVStream stream, AVCodecContext codec) {
        this.format = format;
        this.stream = stream;
        this.codec = codec;
        this.clock = new StreamClock(stream);
        this.converter = new FrameConverter(codec.width(), codec.height(), codec.width(), codec.height());
    }

    public static NaiveVideoSeeker open(Path file) throws MediaException {
        MediaLibraries.load();
        AVFormatContext format = new AVFormatContext(null);
        if (avformat_open_input(format, file.toString(), null, null) < 0) {
            throw new MediaException("not a video file Trailmark can read: " + file.getFileName());
        }
        avformat_find_stream_info(format, (AVDictionary) null);
        int index = av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, (AVCodec) null, 0);
        if (index < 0) {
            avformat_close_input(format);
            throw new MediaException("no video stream in " + file.getFileName());
        }
        AVStream stream = format.streams(index);
        AVCodec decoder = avcodec_find_decoder(stream.codecpar().codec_id());
        AVCodecContext codec = avcodec_alloc_context3(decoder);
        avcodec_parameters_to_context(codec, stream.codecpar());
        codec.thread_count(2);
        if (avcodec_open2(codec, decoder, (AVDictionary) null) < 0) {
            avcodec_free_context(codec);
            avformat_close_input(format);
            throw new MediaException("cannot decode the video in " + file.getFileName());
        }
        NaiveVideoSeeker seeker = new NaiveVideoSeeker(format, stream, codec);
        seeker.indexEveryPacket();
        return seeker;
    }

    private void indexEveryPacket() {
        while (av_read_frame(format, packet) >= 0) {
            if (packet.stream_index() == stream.index() && packet.pts() != AV_NOPTS_VALUE) {
                frameTimes.add(packet.pts());
                if ((packet.flags() & 1) != 0) { // AV_PKT_FLAG_KEY
                    keyframes.add(packet.pts());
                }
            }
            av_packet_unref(packet);
        }
    }

    /** Frames listed when opening. */
    public int frameCount() {
        return frameTimes.size();
    }

    /** The frame on screen at a media time, converted; the same frame {@link VideoDecoder#frameAt} gives. */
    public VideoFrame frameAt(long mediaMs) throws MediaException {
        long target = clock.ptsOf(Math.max(0, mediaMs));
        av_seek_frame(format, stream.index(), target, AVSEEK_FLAG_BACKWARD);
        avcodec_flush_buffers(codec);
        VideoFrame best = null;
        long bestPts = Long.MIN_VALUE;
        boolean draining = false;
        while (true) {
            int received = avcodec_receive_frame(codec, frame);
            if (received >= 0) {
                long pts = clock.ptsOfFrame(frame);
                if (pts > target && best != null) {
                    return best;
                }
                if (pts > bestPts) {
                    best = converter.convert(frame, clock.msOf(pts));
                    bestPts = pts;
                }
                continue;
            }
            if (draining) {
                break;
            }
            if (av_read_frame(format, packet) < 0) {
                avcodec_send_packet(codec, null);
                draining = true;
                continue;
            }
            if (packet.stream_index() == stream.index()) {
                avcodec_send_packet(codec, packet);
            }
            av_packet_unref(packet);
        }
        if (best == null) {
            throw new MediaException("the video has no frame at " + mediaMs + " ms");
        }
        return best;
    }

    @Override
    public void close() {
        converter.close();
        av_frame_free(frame);
        av_packet_free(packet);
        avcodec_free_context(codec);
        avformat_close_input(format);
    }
}
