package org.trailmark.export;

import java.util.List;
import java.util.function.IntFunction;
import org.trailmark.model.Flag;
import org.trailmark.model.FrameMask;
import org.trailmark.model.SessionLog;

/**
 * What of one session's screen may leave Trailmark, decided once per session and shared by the
 * exporter (which picture each step gets) and the checks that read the pictures back: the mask at
 * any time, and the reason a whole picture is withheld.
 */
final class PictureHiding {
    private final IntFunction<FrameMask> masks;
    private final List<Flag> spanFlags;
    private final List<int[]> redactedSpans;

    private PictureHiding(IntFunction<FrameMask> masks, List<Flag> spanFlags, List<int[]> redactedSpans) {
        this.masks = masks;
        this.spanFlags = spanFlags;
        this.redactedSpans = redactedSpans;
    }

    /** @param redacted the session as the export redacts it (flags, private marks, detected values) */
    static PictureHiding of(SessionLog log, List<Flag> flags, RedactedSession redacted, ScreenMasking masking) {
        return new PictureHiding(masking.masksOf(flags), flags.stream().filter(f -> f.masks() && !f.isRegion()).toList(),
                redactedSpansWithoutRegions(log, flags, redacted));
    }

    /**
     * Every masked stretch of the redaction except those only a region flag covers, since a region flag
     * hides its area alone.
     */
    private static List<int[]> redactedSpansWithoutRegions(SessionLog log, List<Flag> flags, RedactedSession redacted) {
        if (flags.stream().noneMatch(Flag::isRegion)) {
            return redacted.masked();
        }
        return Redactor.redact(log, flags.stream().filter(f -> !f.isRegion()).toList()).masked();
    }

    FrameMask maskAt(int t) {
        return masks.apply(t);
    }

    /** Why the whole picture at {@code t} is withheld, or null when it may be shown (regions burnt in). */
    String withheldReason(int t) {
        if (maskAt(t).hidesWholePicture() || spanFlags.stream().anyMatch(f -> f.contains(t))) {
            return Observation.FLAGGED_SPAN;
        }
        return Redactor.inside(redactedSpans, t) ? Observation.DETECTED_VALUE : null;
    }
}
