package org.trailmark.ui.review;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.trailmark.replay.TimeSpan;

/**
 * The in and out points a reviewer sets with I and O, the label a digit picked for the task they
 * will make, and a digit held down during playback. Pure UI state: nothing here is stored, so it
 * lives apart from the edits that go to the workspace.
 */
final class TaskMarks {
    private final IntSupplier playhead;
    private final Consumer<String> message;
    private final ReadOnlyObjectWrapper<Integer> inMark = new ReadOnlyObjectWrapper<>(this, "inMark");
    private final ReadOnlyObjectWrapper<Integer> outMark = new ReadOnlyObjectWrapper<>(this, "outMark");
    private final ReadOnlyObjectWrapper<String> pendingLabel = new ReadOnlyObjectWrapper<>(this, "pendingLabel");
    private int heldDigit = -1;
    private int heldStartMs;

    /** @param message where to say why the marks give no span */
    TaskMarks(IntSupplier playhead, Consumer<String> message) {
        this.playhead = playhead;
        this.message = message;
    }

    ReadOnlyObjectProperty<Integer> inMarkProperty() {
        return inMark.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Integer> outMarkProperty() {
        return outMark.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<String> pendingLabelProperty() {
        return pendingLabel.getReadOnlyProperty();
    }

    boolean isSet() {
        return inMark.get() != null || outMark.get() != null;
    }

    /** I: the in point at the playhead (an out point before it goes). */
    void markIn() {
        int t = playhead.getAsInt();
        inMark.set(t);
        if (outMark.get() != null && outMark.get() <= t) {
            outMark.set(null);
        }
    }

    /** O: the out point at the playhead (an in point after it goes). */
    void markOut() {
        int t = playhead.getAsInt();
        outMark.set(t);
        if (inMark.get() != null && inMark.get() >= t) {
            inMark.set(null);
        }
    }

    void clear() {
        inMark.set(null);
        outMark.set(null);
        pendingLabel.set(null);
    }

    void pickLabel(String label) {
        pendingLabel.set(label);
    }

    String pendingLabel() {
        return pendingLabel.get();
    }

    /** The span the marks give: in to out, a missing in from the start, a missing out at the playhead. */
    Optional<TimeSpan> span() {
        if (!isSet()) {
            return Optional.empty();
        }
        int start = inMark.get() == null ? 0 : inMark.get();
        int end = outMark.get() == null ? playhead.getAsInt() : outMark.get();
        if (end <= start) {
            message.accept("Set an out point after the in point");
            return Optional.empty();
        }
        return Optional.of(new TimeSpan(start, end));
    }

    /** A digit went down: remember where, in case it is held during playback. Repeats are ignored. */
    void digitPressed(int digit) {
        if (heldDigit == digit) {
            return;
        }
        heldDigit = digit;
        heldStartMs = playhead.getAsInt();
    }

    /**
     * A digit came up: the stretch the playhead moved while it was held (at least {@code minMs}),
     * or empty for a tap.
     */
    Optional<TimeSpan> digitReleased(int digit, int minMs) {
        if (heldDigit != digit) {
            return Optional.empty();
        }
        heldDigit = -1;
        int end = playhead.getAsInt();
        return end - heldStartMs < minMs ? Optional.empty() : Optional.of(new TimeSpan(heldStartMs, end));
    }
}
