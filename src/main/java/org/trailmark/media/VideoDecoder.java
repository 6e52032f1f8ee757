package org.trailmark.media;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;

import static org.bytedeco.ffmpeg.global.avcodec.AVDISCARD_DEFAULT;
import static org.bytedeco.ffmpeg.global.avcodec.AVDISCARD_NONREF;
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
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_move_ref;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_unref;

/**
 * Decodes one video file's frames by time, exactly: {@link #frameAt(long)} returns the frame on
 * screen at that media time (the last frame starting at or before it), never a nearby keyframe.
 *
 * <p>Reading forward (playback) continues from where the decoder is. A jump backwards or past the
 * next keyframe seeks to the keyframe before the target and decodes forward; on the way it asks
 * FFmpeg to skip frames no other frame refers to ({@code AVDISCARD_NONREF}), which is exact (those
 * frames are never displayed on the way and nothing is predicted from them) and halves the work on
 * screen recordings (see docs/decisions/0012-video-decoder.md).
 *
 * <p>Not thread-safe: one decoder per thread. Memory is the decoder's own plus one frame; it does
 * not grow with the video's length.
 */
public final class VideoDecoder implements AutoCloseable {
    private static final int DECODER_THREADS = Integer.getInteger("trailmark.decoderThreads", 2);

    private final AVFormatContext format;
    private final AVStream stream;
    private final AVCodecContext codec;
    private final AVPacket packet;
    private final AVFrame decoded;
    private final FrameConverter converter;
    private final StreamClock clock;
    private final KeyframeIndex keyframes;
    private final VideoFacts facts;
    /** Packets read past the target during a seek, sent before reading more. */
    private final ArrayDeque<AVPacket> pending = new ArrayDeque<>();
    /** The decoded frame on screen at the last time asked for, and the one after it (pixels converted only when shown). */
    private final AVFrame currentFrame = av_frame_alloc();
    private final AVFrame lookaheadFrame = av_frame_alloc();
    private boolean hasCurrent;
    private long currentPts = Long.MIN_VALUE;
    private boolean hasLookahead;
    private long lookaheadPts = Long.MIN_VALUE;
    private VideoFrame shown;
    private boolean endOfStream;
    private boolean closed;

    private VideoDecoder(AVFormatContext format, AVStream stream, AVCodecContext codec, VideoFacts facts,
                         int outWidth, int outHeight) {
        this.format = format;
        this.stream = stream;
        this.codec = codec;
        this.facts = facts;
        this.packet = av_packet_alloc();
        this.decoded = av_frame_alloc();
        this.clock = new StreamClock(stream);
        this.keyframes = KeyframeIndex.of(stream);
        this.converter = new FrameConverter(codec.width(), codec.height(), outWidth, outHeight);
    }

    /** Opens a video for decoding at its own size. */
    public static VideoDecoder open(Path file) throws MediaException {
        return open(file, 0, 0);
    }

    /**
     * Opens a video whose frames come out scaled to {@code outWidth × outHeight} (0, 0 for the video's
     * own size), e.g. for thumbnails.
     */
    public static VideoDecoder open(Path file, int outWidth, int outHeight) throws MediaException {
        MediaLibraries.load();
        if (!Files.isRegularFile(file)) {
            throw new MediaException("no such video file: " + file);
        }
        AVFormatContext format = new AVFormatContext(null);
        if (avformat_open_input(format, file.toString(), null, null) < 0) {
            throw new MediaException("not a video file Trailmark can read: " + file.getFileName());
        }
        AVCodecContext codec = null;
        try {
            if (avformat_find_stream_info(format, (AVDictionary) null) < 0) {
                throw new MediaException("cannot read the streams of " + file.getFileName());
            }
            int index = av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, (AVCodec) null, 0);
            if (index < 0) {
                throw new MediaException("no video stream in " + file.getFileName());
            }
            AVStream stream = format.streams(index);
            AVCodec decoder = avcodec_find_decoder(stream.codecpar().codec_id());
            if (decoder == null) {
                throw new MediaException("no decoder for the video codec of " + file.getFileName());
            }
            codec = avcodec_alloc_context3(decoder);
            avcodec_parameters_to_context(codec, stream.codecpar());
            codec.thread_count(DECODER_THREADS);
            if (avcodec_open2(codec, decoder, (AVDictionary) null) < 0 || codec.width() <= 0 || codec.height() <= 0) {
                throw new MediaException("cannot decode the video in " + file.getFileName());
            }
            VideoFacts facts = StreamFacts.of(format, stream, decoder, index);
            int w = outWidth > 0 ? outWidth : codec.width();
            int h = outHeight > 0 ? outHeight : codec.height();
            return new VideoDecoder(format, stream, codec, facts, w, h);
        } catch (MediaException e) {
            if (codec != null) {
                avcodec_free_context(codec);
            }
            avformat_close_input(format);
            throw e;
        }
    }

    public VideoFacts facts() {
        return facts;
    }

    /** Width of the frames this decoder returns (the video's, or the scaled size asked for). */
    public int outputWidth() {
        return converter.outWidth();
    }

    public int outputHeight() {
        return converter.outHeight();
    }

    /**
     * The frame shown at a media time (ms from the first frame): the last frame starting at or
     * before it; the first frame for a time before it and the last for a time after the end.
     *
     * @throws MediaException when the file turns out damaged at that point
     */
    public VideoFrame frameAt(long mediaMs) throws MediaException {
        ensureOpen();
        long target = clock.ptsOf(Math.max(0, mediaMs));
        boolean settled = hasCurrent && currentPts <= target
                && (hasLookahead ? lookaheadPts > target : endOfStream);
        if (!settled) {
            boolean forward = hasCurrent && currentPts <= target
                    && keyframes.keyframeAtOrBefore(target) <= Math.max(currentPts, lookaheadPts);
            if (!forward) {
                seekBefore(target);
            }
            advanceTo(target);
        }
        if (!hasCurrent) {
            throw new MediaException("the video has no frame at " + mediaMs + " ms");
        }
        if (shown == null || shown.mediaMs() != clock.msOf(currentPts)) {
            shown = converter.convert(currentFrame, clock.msOf(currentPts));
        }
        return shown;
    }

    private void advanceTo(long target) throws MediaException {
        while (!endOfStream && (!hasLookahead || lookaheadPts <= target)) {
            if (hasLookahead) {
                promoteLookahead();
            }
            decodeNext(target);
        }
        if (hasLookahead && (lookaheadPts <= target || !hasCurrent)) {
            // the last frame, or a time before the first frame, which shows the first frame
            promoteLookahead();
        }
    }

    private void promoteLookahead() {
        av_frame_unref(currentFrame);
        av_frame_move_ref(currentFrame, lookaheadFrame);
        hasCurrent = true;
        currentPts = lookaheadPts;
        hasLookahead = false;
    }

    /**
     * Decodes until one frame comes out (into {@link #lookaheadFrame}) or the stream ends. Frames whose
     * packet time is before the one being sought and that nothing refers to are skipped.
     */
    private void decodeNext(long target) throws MediaException {
        while (true) {
            int received = avcodec_receive_frame(codec, decoded);
            if (received >= 0) {
                lookaheadPts = clock.ptsOfFrame(decoded);
                av_frame_unref(lookaheadFrame);
                av_frame_move_ref(lookaheadFrame, decoded);
                hasLookahead = true;
                return;
            }
            if (received == AVERROR_EOF) {
                endOfStream = true;
                return;
            }
            AVPacket next = nextVideoPacket();
            if (next == null) {
                avcodec_send_packet(codec, null);
                continue;
            }
            boolean beforeTarget = next.pts() != AV_NOPTS_VALUE && next.pts() < target
                    && nextPacketPtsAfter(next.pts(), target);
            codec.skip_frame(beforeTarget ? AVDISCARD_NONREF : AVDISCARD_DEFAULT);
            int sent = avcodec_send_packet(codec, next);
            av_packet_unref(next);
            if (next != packet) {
                AVPacket spent = next;
                av_packet_free(spent);
            }
            if (sent < 0 && sent != AVERROR_EOF && !isAgain(sent)) {
                // a damaged packet: FFmpeg conceals what it can; carry on with the next one
                continue;
            }
        }
    }

    /**
     * Whether some packet after this one is known to start later but still at or before the target,
     * so this one cannot be the frame sought. Reads ahead (demuxing only, cheap) until it knows.
     */
    private boolean nextPacketPtsAfter(long pts, long target) throws MediaException {
        for (AVPacket queued : pending) {
            if (queued.pts() != AV_NOPTS_VALUE && queued.pts() > pts && queued.pts() <= target) {
                return true;
            }
            if (queued.dts() != AV_NOPTS_VALUE && queued.dts() > target) {
                return false;
            }
        }
        while (true) {
            AVPacket read = readVideoPacketCopy();
            if (read == null) {
                return false;
            }
            pending.addLast(read);
            if (read.pts() != AV_NOPTS_VALUE && read.pts() > pts && read.pts() <= target) {
                return true;
            }
            if (read.dts() != AV_NOPTS_VALUE && read.dts() > target) {
                return false;
            }
        }
    }

    private AVPacket nextVideoPacket() throws MediaException {
        if (!pending.isEmpty()) {
            return pending.pollFirst();
        }
        return readVideoPacket(packet) ? packet : null;
    }

    private AVPacket readVideoPacketCopy() throws MediaException {
        AVPacket copy = av_packet_alloc();
        if (readVideoPacket(copy)) {
            return copy;
        }
        av_packet_free(copy);
        return null;
    }

    private boolean readVideoPacket(AVPacket into) throws MediaException {
        while (true) {
            int read = av_read_frame(format, into);
            if (read < 0) {
                return false;
            }
            if (into.stream_index() == stream.index()) {
                return true;
            }
            av_packet_unref(into);
        }
    }

    /**
     * Seeks to the last keyframe whose picture starts at or before the target. FFmpeg picks the
     * keyframe from the container's index by decode time; a keyframe decoded before the target can
     * still be displayed after it (frame reordering), so when its first packet says so the seek goes
     * one keyframe further back.
     */
    private void seekBefore(long target) throws MediaException {
        long seekPoint = target;
        for (int attempt = 0; attempt < 4; attempt++) {
            seekTo(seekPoint);
            AVPacket first = readVideoPacketCopy();
            if (first == null) {
                return;
            }
            pending.addLast(first);
            boolean startsAfterTarget = first.pts() != AV_NOPTS_VALUE && first.pts() > target;
            if (!startsAfterTarget || first.dts() == AV_NOPTS_VALUE || first.dts() <= clock.firstPts()) {
                return;
            }
            seekPoint = Math.min(seekPoint, first.dts()) - 1;
        }
    }

    private void seekTo(long pts) throws MediaException {
        clearPending();
        if (av_seek_frame(format, stream.index(), pts, AVSEEK_FLAG_BACKWARD) < 0
                && av_seek_frame(format, stream.index(), clock.firstPts(), AVSEEK_FLAG_BACKWARD) < 0) {
            throw new MediaException("cannot seek in the video");
        }
        avcodec_flush_buffers(codec);
        av_frame_unref(currentFrame);
        av_frame_unref(lookaheadFrame);
        hasCurrent = false;
        currentPts = Long.MIN_VALUE;
        hasLookahead = false;
        lookaheadPts = Long.MIN_VALUE;
        endOfStream = false;
    }

    private void clearPending() {
        while (!pending.isEmpty()) {
            AVPacket queued = pending.pollFirst();
            av_packet_free(queued);
        }
    }

    private static boolean isAgain(int code) {
        return code == -11; // AVERROR(EAGAIN) on Linux
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("video decoder is closed");
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        clearPending();
        converter.close();
        av_frame_free(decoded);
        av_frame_free(currentFrame);
        av_frame_free(lookaheadFrame);
        av_packet_free(packet);
        avcodec_free_context(codec);
        avformat_close_input(format);
    }
}
