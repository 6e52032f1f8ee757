package org.trailmark.privacy;

import java.util.Arrays;
import java.util.Objects;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagSource;

/**
 * A sensitive value found in a session. The span {@code [startMs, endMs)} runs from the first key
 * event that typed any of it to just after the last one, deleted characters and corrections
 * included, so a redaction of the span removes every keystroke that spelled it. Holds a masked
 * preview, never the value.
 *
 * @param keyEvents the key events (down and up) that typed it, ascending (empty for a window title; the
 *                  clipboard event for clipboard text)
 */
public record Finding(FindingKind kind, int startMs, int endMs, double confidence, String preview,
                      Origin origin, int[] keyEvents) {
    /** Where in the session the value showed. */
    public enum Origin {
        /** Keys typed into a password field. */
        PASSWORD_FIELD,
        /** Typed text, whether it survived or was deleted later. */
        TYPED,
        /** A window title. */
        WINDOW_TITLE,
        /** Clipboard text kept on import ({@code --keep-clipboard}); its key event is the clipboard event. */
        CLIPBOARD
    }

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(preview, "preview");
        Objects.requireNonNull(origin, "origin");
        keyEvents = keyEvents.clone();
        if (startMs < 0 || endMs <= startMs) {
            throw new IllegalArgumentException("a finding needs 0 <= start < end");
        }
    }

    @Override
    public int[] keyEvents() {
        return keyEvents.clone();
    }

    /**
     * The suggested flag that stores this finding; the detector column holds the kind's wire name and
     * the reason the masked preview, so a reviewer's list shows what kind of value it was, never the value.
     */
    public Flag toFlag(String sessionId) {
        return new Flag(0, sessionId, startMs, endMs, kind.category(), preview, FlagSource.DETECTOR, kind.wireName(),
                Math.round(confidence * 100) / 100.0, FlagSource.DETECTOR.initialStatus());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && f.kind == kind && f.startMs == startMs && f.endMs == endMs
                && f.confidence == confidence && f.preview.equals(preview) && f.origin == origin
                && Arrays.equals(f.keyEvents, keyEvents);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, startMs, endMs, origin) * 31 + Arrays.hashCode(keyEvents);
    }

    @Override
    public String toString() {
        return "Finding[" + kind.wireName() + " " + startMs + "-" + endMs + " ms, " + preview + "]";
    }
}
