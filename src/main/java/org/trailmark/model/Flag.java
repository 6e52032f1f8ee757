package org.trailmark.model;

import java.util.Objects;

/**
 * A stretch of a session holding material that must not be used as is. Times are ms from
 * session start, {@code [startMs, endMs)}.
 *
 * @param id         the workspace's id, or 0 for a flag not stored yet
 * @param reason     reviewer-written, or null
 * @param detector   which detector raised it (e.g. {@code pii.email}) when the source is a detector, else null
 * @param confidence the detector's confidence in [0, 1], or null
 * @param region     for a region flag, the area of the screen it masks during its span (screen pixels of
 *                   the captured display); null for a flag over the whole span (events, text, picture)
 */
public record Flag(long id, String sessionId, int startMs, int endMs, FlagCategory category, String reason,
                   FlagSource source, String detector, Double confidence, FlagStatus status,
                   ScreenRegion region) {
    public Flag(long id, String sessionId, int startMs, int endMs, FlagCategory category, String reason,
                FlagSource source, String detector, Double confidence, FlagStatus status) {
        this(id, sessionId, startMs, endMs, category, reason, source, detector, confidence, status, null);
    }

    public Flag {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        if (id < 0) {
            throw new IllegalArgumentException("flag id must not be negative");
        }
        Spans.check(startMs, endMs, "flag");
        if (confidence != null && !(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("flag confidence must be between 0 and 1");
        }
    }

    /** A flag a reviewer raises by hand: confirmed from the start. */
    public static Flag manual(String sessionId, int startMs, int endMs, FlagCategory category, String reason) {
        return new Flag(0, sessionId, startMs, endMs, category, reason, FlagSource.MANUAL, null, null,
                FlagSource.MANUAL.initialStatus());
    }

    /** A region flag a reviewer draws on the stage: masks that area of the screen during the span. */
    public static Flag region(String sessionId, int startMs, int endMs, ScreenRegion region, FlagCategory category,
                              String reason) {
        Objects.requireNonNull(region, "region");
        return manual(sessionId, startMs, endMs, category, reason).withRegion(region);
    }

    /** Whether it masks an area of the screen only, rather than everything in its span. */
    public boolean isRegion() {
        return region != null;
    }

    public Flag withRegion(ScreenRegion newRegion) {
        return new Flag(id, sessionId, startMs, endMs, category, reason, source, detector, confidence, status, newRegion);
    }

    /** Whether it hides what it covers: everything but a rejected flag does. */
    public boolean masks() {
        return status != FlagStatus.REJECTED;
    }

    public boolean contains(int ms) {
        return ms >= startMs && ms < endMs;
    }

    public Flag withId(long newId) {
        return new Flag(newId, sessionId, startMs, endMs, category, reason, source, detector, confidence, status, region);
    }

    public Flag withSpan(int newStartMs, int newEndMs) {
        return new Flag(id, sessionId, newStartMs, newEndMs, category, reason, source, detector, confidence, status, region);
    }

    public Flag withCategory(FlagCategory newCategory) {
        return new Flag(id, sessionId, startMs, endMs, newCategory, reason, source, detector, confidence, status, region);
    }

    public Flag withReason(String newReason) {
        return new Flag(id, sessionId, startMs, endMs, category, newReason, source, detector, confidence, status, region);
    }

    public Flag withStatus(FlagStatus newStatus) {
        return new Flag(id, sessionId, startMs, endMs, category, reason, source, detector, confidence, newStatus, region);
    }
}
