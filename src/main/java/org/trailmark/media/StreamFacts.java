package org.trailmark.media;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;

import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;

/** Reads {@link VideoFacts} from an opened container. */
final class StreamFacts {
    private StreamFacts() {
    }

    static VideoFacts of(AVFormatContext format, AVStream stream, AVCodec decoder, int videoIndex) {
        double fps = rate(stream.avg_frame_rate());
        if (!(fps > 0)) {
            fps = rate(stream.r_frame_rate());
        }
        long durationMs;
        if (stream.duration() != AV_NOPTS_VALUE && stream.duration() > 0) {
            durationMs = stream.duration() * 1000L * stream.time_base().num() / Math.max(1, stream.time_base().den());
        } else if (format.duration() != AV_NOPTS_VALUE && format.duration() > 0) {
            durationMs = format.duration() / 1000L;
        } else {
            durationMs = 0;
        }
        long frames = stream.nb_frames();
        if (frames <= 0 && fps > 0) {
            frames = Math.round(durationMs * fps / 1000.0);
        }
        boolean audio = false;
        for (int i = 0; i < format.nb_streams(); i++) {
            if (i != videoIndex && format.streams(i).codecpar().codec_type() == AVMEDIA_TYPE_AUDIO) {
                audio = true;
            }
        }
        String codec = decoder.name() == null ? "unknown" : decoder.name().getString();
        return new VideoFacts(stream.codecpar().width(), stream.codecpar().height(), fps, frames, durationMs,
                codec, audio);
    }

    private static double rate(AVRational r) {
        return r == null || r.den() == 0 ? 0 : (double) r.num() / r.den();
    }
}
