package org.trailmark.media;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVOutputFormat;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVRational;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_rescale_ts;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_copy;
import static org.bytedeco.ffmpeg.global.avformat.AVIO_FLAG_WRITE;
import static org.bytedeco.ffmpeg.global.avformat.av_find_best_stream;
import static org.bytedeco.ffmpeg.global.avformat.av_interleaved_write_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_write_trailer;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_output_context2;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_free_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_new_stream;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_write_header;
import static org.bytedeco.ffmpeg.global.avformat.avio_closep;
import static org.bytedeco.ffmpeg.global.avformat.avio_open;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;

/**
 * Writes a long video by repeating a real recording's video packets end to end with shifted time
 * stamps, without re-encoding: the benchmark's two-hour 720p video keeps the recorder's own GOP
 * structure (keyframe spacing, B-frames, bit rate), which a synthetic encode would not. Only the video
 * stream is copied (sound is never imported). Each repetition is a closed run of GOPs starting at a
 * keyframe, so the result decodes exactly like the original, pass after pass.
 */
public final class VideoLoop {
    private VideoLoop() {
    }

    /**
     * Writes {@code times} copies of the video stream of {@code source} one after another into {@code target}
     * (container from the name). Returns the facts of the written file.
     */
    public static VideoFacts repeat(Path source, Path target, int times) throws MediaException {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
        MediaLibraries.load();
        if (!Files.isRegularFile(source)) {
            throw new MediaException("no such video file: " + source);
        }
        long span = spanOf(source);
        AVFormatContext out = new AVFormatContext(null);
        if (avformat_alloc_output_context2(out, (AVOutputFormat) null, (String) null, target.toString()) < 0) {
            throw new MediaException("no container for " + target.getFileName());
        }
        AVIOContext io = new AVIOContext(null);
        boolean opened = false;
        try {
            AVStream outStream = null;
            AVRational inTimeBase = null;
            for (int pass = 0; pass < times; pass++) {
                AVFormatContext in = openInput(source);
                try {
                    int index = av_find_best_stream(in, AVMEDIA_TYPE_VIDEO, -1, -1, (AVCodec) null, 0);
                    AVStream inStream = in.streams(index);
                    if (outStream == null) {
                        outStream = avformat_new_stream(out, null);
                        avcodec_parameters_copy(outStream.codecpar(), inStream.codecpar());
                        outStream.codecpar().codec_tag(0);
                        outStream.time_base(inStream.time_base());
                        outStream.avg_frame_rate(inStream.avg_frame_rate());
                        inTimeBase = new AVRational().num(inStream.time_base().num()).den(inStream.time_base().den());
                        if (avio_open(io, target.toString(), AVIO_FLAG_WRITE) < 0) {
                            throw new MediaException("cannot write " + target.getFileName());
                        }
                        opened = true;
                        out.pb(io);
                        if (avformat_write_header(out, (AVDictionary) null) < 0) {
                            throw new MediaException("cannot write the header of " + target.getFileName());
                        }
                    }
                    copyPackets(in, index, out, outStream, inTimeBase, span * pass);
                } finally {
                    avformat_close_input(in);
                }
            }
            if (av_write_trailer(out) < 0) {
                throw new MediaException("cannot finish " + target.getFileName());
            }
        } finally {
            if (opened) {
                avio_closep(out.pb());
            }
            avformat_free_context(out);
        }
        return VideoProbe.probe(target);
    }

    private static void copyPackets(AVFormatContext in, int index, AVFormatContext out, AVStream outStream,
                                    AVRational inTimeBase, long shift) throws MediaException {
        AVPacket packet = av_packet_alloc();
        try {
            while (av_read_frame(in, packet) >= 0) {
                if (packet.stream_index() == index) {
                    if (packet.pts() != AV_NOPTS_VALUE) {
                        packet.pts(packet.pts() + shift);
                    }
                    if (packet.dts() != AV_NOPTS_VALUE) {
                        packet.dts(packet.dts() + shift);
                    }
                    packet.stream_index(outStream.index());
                    packet.pos(-1);
                    av_packet_rescale_ts(packet, inTimeBase, outStream.time_base());
                    if (av_interleaved_write_frame(out, packet) < 0) {
                        throw new MediaException("cannot write a video packet");
                    }
                }
                av_packet_unref(packet);
            }
        } finally {
            av_packet_free(packet);
        }
    }

    /**
     * How far each repetition is shifted, in the stream's time base: from the first frame's start to the
     * last frame's end, so the passes play back to back.
     */
    private static long spanOf(Path source) throws MediaException {
        AVFormatContext in = openInput(source);
        AVPacket packet = av_packet_alloc();
        try {
            int index = av_find_best_stream(in, AVMEDIA_TYPE_VIDEO, -1, -1, (AVCodec) null, 0);
            if (index < 0) {
                throw new MediaException("no video stream in " + source.getFileName());
            }
            long firstDts = Long.MAX_VALUE;
            long lastDts = Long.MIN_VALUE;
            List<Long> starts = new ArrayList<>();
            long lastFrameDuration = 0;
            long lastFramePts = Long.MIN_VALUE;
            while (av_read_frame(in, packet) >= 0) {
                if (packet.stream_index() == index) {
                    if (packet.dts() != AV_NOPTS_VALUE) {
                        firstDts = Math.min(firstDts, packet.dts());
                        lastDts = Math.max(lastDts, packet.dts());
                    }
                    if (packet.pts() != AV_NOPTS_VALUE) {
                        starts.add(packet.pts());
                        if (packet.pts() > lastFramePts) {
                            lastFramePts = packet.pts();
                            lastFrameDuration = packet.duration();
                        }
                    }
                }
                av_packet_unref(packet);
            }
            if (starts.isEmpty()) {
                throw new MediaException("no video packets in " + source.getFileName());
            }
            Collections.sort(starts);
            long firstPts = starts.get(0);
            // Recorders often leave the last packet's duration unset: it lasts as long as the frames before it.
            long end = lastFramePts + (lastFrameDuration > 0 ? lastFrameDuration : shortestGap(starts));
            long shownSpan = end - firstPts;
            // decode times must keep rising across the join, whatever the reordering delay
            long decodeSpan = firstDts == Long.MAX_VALUE ? 0 : lastDts - firstDts + 1;
            return Math.max(shownSpan, decodeSpan);
        } finally {
            av_packet_free(packet);
            avformat_close_input(in);
        }
    }

    /** The shortest time between two frames' starts (one frame interval for a constant rate); 1 for one frame. */
    private static long shortestGap(List<Long> sortedStarts) {
        long gap = Long.MAX_VALUE;
        for (int i = 1; i < sortedStarts.size(); i++) {
            long d = sortedStarts.get(i) - sortedStarts.get(i - 1);
            if (d > 0) {
                gap = Math.min(gap, d);
            }
        }
        return gap == Long.MAX_VALUE ? 1 : gap;
    }

    private static AVFormatContext openInput(Path source) throws MediaException {
        AVFormatContext in = new AVFormatContext(null);
        if (avformat_open_input(in, source.toString(), null, null) < 0) {
            throw new MediaException("not a video file Trailmark can read: " + source.getFileName());
        }
        if (avformat_find_stream_info(in, (AVDictionary) null) < 0) {
            avformat_close_input(in);
            throw new MediaException("cannot read the streams of " + source.getFileName());
        }
        return in;
    }
}
