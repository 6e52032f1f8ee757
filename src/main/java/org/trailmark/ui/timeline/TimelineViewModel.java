package org.trailmark.ui.timeline;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trailmark.replay.frame.TimelineSource;

/**
 * The state of a timeline without any drawing: which part of the session is visible, where the
 * playhead and the loop selection are, and the maths between time and pixels. Every change goes
 * through a method that keeps the window inside the session and at least
 * {@value #MIN_VISIBLE_MS} ms wide, so the view never has to check.
 */
public final class TimelineViewModel {
    /** The narrowest window: ten milliseconds across the whole track width. */
    public static final double MIN_VISIBLE_MS = 10;
    /** How much one zoom step (+/-) changes the visible length. */
    public static final double ZOOM_STEP = 2;
    /** Where a followed playhead lands when the window pages, as a fraction of the width. */
    static final double FOLLOW_MARGIN = 0.1;

    private final ReadOnlyObjectWrapper<TimelineSource> source = new ReadOnlyObjectWrapper<>(this, "source");
    private final ReadOnlyLongWrapper durationMs = new ReadOnlyLongWrapper(this, "durationMs");
    private final ReadOnlyObjectWrapper<List<Thumbnail>> thumbnails =
            new ReadOnlyObjectWrapper<>(this, "thumbnails", List.of());
    private final ReadOnlyDoubleWrapper visibleFromMs = new ReadOnlyDoubleWrapper(this, "visibleFromMs", 0);
    private final ReadOnlyDoubleWrapper visibleToMs = new ReadOnlyDoubleWrapper(this, "visibleToMs", MIN_VISIBLE_MS);
    private final ReadOnlyLongWrapper playheadMs = new ReadOnlyLongWrapper(this, "playheadMs");
    private final ReadOnlyObjectWrapper<LoopRange> selection = new ReadOnlyObjectWrapper<>(this, "selection");
    private final DoubleProperty trackWidth = new SimpleDoubleProperty(this, "trackWidth", 1000);
    private final BooleanProperty followPlayhead = new SimpleBooleanProperty(this, "followPlayhead", true);
    private final ObservableList<TimelineSpan> taskSpans = FXCollections.observableArrayList();
    private final ObservableList<TimelineSpan> flagSpans = FXCollections.observableArrayList();
    // one read-only view kept for good: a view made per call is garbage once the caller is done,
    // and a weak listener on it (as the timeline view adds) silently stops hearing changes
    private final ObservableList<TimelineSpan> taskSpansView = FXCollections.unmodifiableObservableList(taskSpans);
    private final ObservableList<TimelineSpan> flagSpansView = FXCollections.unmodifiableObservableList(flagSpans);
    private final ReadOnlyIntegerWrapper taskLanes = new ReadOnlyIntegerWrapper(this, "taskLanes", 1);
    private final ObjectProperty<SpanEdgeHandler> onTaskEdgesMoved = new SimpleObjectProperty<>(this, "onTaskEdgesMoved");

    /** Told when the person let go of a task edge dragged on the Tasks track. */
    @FunctionalInterface
    public interface SpanEdgeHandler {
        /** The span as it was before the drag, and where its edges are now ({@code startMs < endMs}). */
        void moved(TimelineSpan span, long startMs, long endMs);
    }

    /** A loop selection, {@code [startMs, endMs)}. */
    public record LoopRange(long startMs, long endMs) {
        public LoopRange {
            if (endMs <= startMs) {
                throw new IllegalArgumentException("a loop range must have a positive length");
            }
        }

        public long lengthMs() {
            return endMs - startMs;
        }
    }

    public TimelineViewModel() {
        playheadMs.addListener((obs, old, now) -> {
            if (followPlayhead.get()) {
                keepPlayheadVisible();
            }
        });
    }

    /** Shows a session: the whole of it, playhead at the start, no selection, no task or flag spans. */
    public void setSource(TimelineSource newSource) {
        Objects.requireNonNull(newSource, "source");
        source.set(newSource);
        durationMs.set(newSource.durationMs());
        selection.set(null);
        taskSpans.clear();
        taskLanes.set(1);
        flagSpans.clear();
        playheadMs.set(0);
        fit();
    }

    public ReadOnlyObjectProperty<TimelineSource> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public TimelineSource getSource() {
        return source.get();
    }

    // ---- time window ----

    public ReadOnlyLongProperty durationMsProperty() {
        return durationMs.getReadOnlyProperty();
    }

    public long getDurationMs() {
        return durationMs.get();
    }

    public ReadOnlyDoubleProperty visibleFromMsProperty() {
        return visibleFromMs.getReadOnlyProperty();
    }

    public double getVisibleFromMs() {
        return visibleFromMs.get();
    }

    public ReadOnlyDoubleProperty visibleToMsProperty() {
        return visibleToMs.getReadOnlyProperty();
    }

    public double getVisibleToMs() {
        return visibleToMs.get();
    }

    public double getVisibleLengthMs() {
        return visibleToMs.get() - visibleFromMs.get();
    }

    /** The longest window: the whole session, or the minimum for a session shorter than that. */
    public double maxVisibleMs() {
        return Math.max(durationMs.get(), MIN_VISIBLE_MS);
    }

    /** Shows as much of {@code [fromMs, toMs)} as the limits allow, shifted inside the session. */
    public void showRange(double fromMs, double toMs) {
        if (!Double.isFinite(fromMs) || !Double.isFinite(toMs)) {
            return;
        }
        double length = clamp(Math.abs(toMs - fromMs), MIN_VISIBLE_MS, maxVisibleMs());
        double centre = (fromMs + toMs) / 2;
        placeWindow(centre - length / 2, length);
    }

    /**
     * Zooms by {@code factor} (above 1 zooms in) keeping {@code anchorMs} at the same x, as far as
     * the limits allow. Zooming in never needs to shift the window, so the anchor then stays put
     * exactly; zooming out near an end shifts the window back inside the session.
     */
    public void zoomAt(double factor, double anchorMs) {
        if (!(factor > 0) || !Double.isFinite(factor) || !Double.isFinite(anchorMs)) {
            return;
        }
        double from = visibleFromMs.get();
        double length = getVisibleLengthMs();
        double newLength = clamp(length / factor, MIN_VISIBLE_MS, maxVisibleMs());
        double anchorFraction = (anchorMs - from) / length;
        placeWindow(anchorMs - anchorFraction * newLength, newLength);
    }

    public void zoomIn() {
        zoomAt(ZOOM_STEP, zoomAnchor());
    }

    public void zoomOut() {
        zoomAt(1 / ZOOM_STEP, zoomAnchor());
    }

    public boolean canZoomIn() {
        return getVisibleLengthMs() > MIN_VISIBLE_MS;
    }

    public boolean canZoomOut() {
        return getVisibleLengthMs() < maxVisibleMs();
    }

    /** The whole session. */
    public void fit() {
        placeWindow(0, maxVisibleMs());
    }

    /** Moves the window by {@code deltaMs} (positive: later), stopping at the session's ends. */
    public void pan(double deltaMs) {
        if (Double.isFinite(deltaMs)) {
            placeWindow(visibleFromMs.get() + deltaMs, getVisibleLengthMs());
        }
    }

    /** Moves the window by a distance in track pixels, as a wheel or a drag gives it. */
    public void panPixels(double deltaPx) {
        pan(deltaPx * msPerPixel());
    }

    /** Centres the playhead in the window (as far as the session's ends allow). */
    public void scrollToPlayhead() {
        double length = getVisibleLengthMs();
        placeWindow(playheadMs.get() - length / 2, length);
    }

    // ---- thumbnails ----

    /**
     * The thumbnail track's pictures for the visible window, oldest first; empty for a session
     * without video, which hides the track. Set by the player, which decodes them.
     */
    public ReadOnlyObjectProperty<List<Thumbnail>> thumbnailsProperty() {
        return thumbnails.getReadOnlyProperty();
    }

    public void setThumbnails(List<Thumbnail> pictures) {
        thumbnails.set(List.copyOf(pictures));
    }

    // ---- pixels ----

    /** Width of the track area in pixels; the view keeps it in step with its layout. */
    public DoubleProperty trackWidthProperty() {
        return trackWidth;
    }

    public double getTrackWidth() {
        return Math.max(1, trackWidth.get());
    }

    public double msPerPixel() {
        return getVisibleLengthMs() / getTrackWidth();
    }

    /** The time under track x (0 is the left edge of the track area). */
    public double timeAt(double x) {
        return visibleFromMs.get() + x * msPerPixel();
    }

    /** The track x of a time; outside {@code [0, width]} when off screen. */
    public double xAt(double ms) {
        return (ms - visibleFromMs.get()) / msPerPixel();
    }

    // ---- playhead ----

    public ReadOnlyLongProperty playheadMsProperty() {
        return playheadMs.getReadOnlyProperty();
    }

    public long getPlayheadMs() {
        return playheadMs.get();
    }

    /** Moves the playhead, clamped to the session. */
    public void seek(double ms) {
        if (Double.isFinite(ms)) {
            playheadMs.set(Math.round(clamp(ms, 0, durationMs.get())));
        }
    }

    /** Whether the window pages along when the playhead leaves it (on by default). */
    public BooleanProperty followPlayheadProperty() {
        return followPlayhead;
    }

    public boolean isPlayheadVisible() {
        long t = playheadMs.get();
        return t >= visibleFromMs.get() && t <= visibleToMs.get();
    }

    // ---- loop selection ----

    public ReadOnlyObjectProperty<LoopRange> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public LoopRange getSelection() {
        return selection.get();
    }

    /** Selects between two times in either order, clamped to the session; an empty range clears it. */
    public void select(double aMs, double bMs) {
        long start = Math.round(clamp(Math.min(aMs, bMs), 0, durationMs.get()));
        long end = Math.round(clamp(Math.max(aMs, bMs), 0, durationMs.get()));
        selection.set(end > start ? new LoopRange(start, end) : null);
    }

    public void clearSelection() {
        selection.set(null);
    }

    // ---- tasks and flags (filled by the review issues) ----

    public ObservableList<TimelineSpan> getTaskSpans() {
        return taskSpansView;
    }

    /** Shows these tasks, overlapping ones on separate lanes (their own lane numbers are replaced). */
    public void setTaskSpans(List<TimelineSpan> spans) {
        List<TimelineSpan> placed = SpanLanes.assign(spans);
        taskLanes.set(SpanLanes.laneCount(placed));
        taskSpans.setAll(placed);
    }

    /** How many lanes the Tasks track needs: one more for each level of overlap. */
    public ReadOnlyIntegerProperty taskLanesProperty() {
        return taskLanes.getReadOnlyProperty();
    }

    /**
     * Shows a task span with its edges where a drag has them, keeping its lane so nothing jumps
     * while dragging. Nothing is stored: the handler hears of it when the drag ends.
     */
    void previewTaskEdges(TimelineSpan original, long startMs, long endMs) {
        for (int i = 0; i < taskSpans.size(); i++) {
            TimelineSpan span = taskSpans.get(i);
            if (span.id() == original.id() && span.lane() == original.lane()) {
                taskSpans.set(i, new TimelineSpan(span.id(), startMs, endMs, span.label(), span.colour(), span.lane()));
                return;
            }
        }
    }

    /**
     * Ends a drag of a task's edges: hands the new edges to the handler, or, without one (or
     * when nothing moved), puts the span back as it was.
     */
    void commitTaskEdges(TimelineSpan original, long startMs, long endMs) {
        SpanEdgeHandler handler = onTaskEdgesMoved.get();
        boolean moved = startMs != original.startMs() || endMs != original.endMs();
        previewTaskEdges(original, original.startMs(), original.endMs());
        if (handler != null && moved) {
            handler.moved(original, startMs, endMs);
        }
    }

    public SpanEdgeHandler getOnTaskEdgesMoved() {
        return onTaskEdgesMoved.get();
    }

    /** Who stores a task whose edges were dragged; null leaves task spans fixed. */
    public ObjectProperty<SpanEdgeHandler> onTaskEdgesMovedProperty() {
        return onTaskEdgesMoved;
    }

    public ObservableList<TimelineSpan> getFlagSpans() {
        return flagSpansView;
    }

    public void setFlagSpans(List<TimelineSpan> spans) {
        flagSpans.setAll(spans);
    }

    // ---- internals ----

    /** +/- zoom around the playhead when it is on screen, else around the middle. */
    private double zoomAnchor() {
        return isPlayheadVisible() ? playheadMs.get() : (visibleFromMs.get() + visibleToMs.get()) / 2;
    }

    private void keepPlayheadVisible() {
        if (isPlayheadVisible()) {
            return;
        }
        double length = getVisibleLengthMs();
        placeWindow(playheadMs.get() - FOLLOW_MARGIN * length, length);
    }

    /** Sets the window to {@code length} from {@code from}, shifted to lie inside the session. */
    private void placeWindow(double from, double length) {
        double max = maxVisibleMs();
        double clampedLength = clamp(length, MIN_VISIBLE_MS, max);
        double clampedFrom = clamp(from, 0, max - clampedLength);
        // write "to" first when moving right so that from < to holds for listeners at every step
        if (clampedFrom > visibleFromMs.get()) {
            visibleToMs.set(clampedFrom + clampedLength);
            visibleFromMs.set(clampedFrom);
        } else {
            visibleFromMs.set(clampedFrom);
            visibleToMs.set(clampedFrom + clampedLength);
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
