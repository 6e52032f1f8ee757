package org.trailmark.ui.timeline;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.trailmark.replay.TimeRuler;
import org.trailmark.replay.SessionContext;
import org.trailmark.replay.frame.FocusSegment;
import org.trailmark.replay.frame.TimelineFrame;
import org.trailmark.replay.frame.TimelineSource;

/**
 * The timeline: an overview strip of the whole session, a time ruler and the activity, focus,
 * task and sensitive-span tracks, painted on two stacked canvases. The lower one holds what
 * depends on the visible window (recomputed from the activity summary, never event by event);
 * the upper one the playhead, selection and hover, which move far more often. Changes only mark
 * a layer dirty; the layers are painted at most once per pulse.
 *
 * <p>Mouse: press or drag on the ruler or tracks to move the playhead; Shift+drag on the ruler
 * to select a loop range; drag on the overview to pan; Ctrl+wheel zooms at the pointer, the
 * wheel (or Shift+wheel) pans. Keys: + and - zoom, F or 0 fits the whole session.
 */
public final class TimelineView extends Region {
    /** Wheel delta for one notch on most platforms; one notch zooms by 2^(1/3). */
    private static final double WHEEL_NOTCH = 40;
    private static final double ZOOM_PER_NOTCH = Math.cbrt(2);
    private static final double MIN_SELECTION_PX = 3;

    private static final Map<TimelineColour, ColourMeta> COLOUR_META = new EnumMap<>(TimelineColour.class);
    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Region.getClassCssMetaData());
        for (TimelineColour colour : TimelineColour.values()) {
            ColourMeta meta = new ColourMeta(colour);
            COLOUR_META.put(colour, meta);
            all.add(meta);
        }
        CSS_META = Collections.unmodifiableList(all);
    }

    private final TimelineViewModel model;
    private final Canvas tracks = new Canvas();
    private final Canvas overlay = new Canvas();
    private final TrackPainter trackPainter = new TrackPainter();
    private final OverlayPainter overlayPainter = new OverlayPainter();
    private final Map<TimelineColour, StyleableObjectProperty<Paint>> colours = new EnumMap<>(TimelineColour.class);
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper(this, "hoverText");
    private final Tooltip tooltip = new Tooltip();
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            paintNow();
        }
    };

    private final InvalidationListener onWindowChange = obs -> markAllDirty();
    private final InvalidationListener onOverlayChange = obs -> markOverlayDirty();
    private final InvalidationListener onLanesChange = obs -> lanesChanged();
    private final InvalidationListener onSourceChange = obs -> {
        overviewStale = true;
        markAllDirty();
    };

    private TimelineLayout layout = new TimelineLayout(0, 1);
    private TimelineFrame frame;
    private TimelineFrame overviewFrame;
    private boolean tracksDirty = true;
    private boolean overlayDirty = true;
    private boolean overviewStale = true;
    private long paints;
    private double hoverX = Double.NaN;
    private double hoverY = Double.NaN;
    private Drag drag = Drag.NONE;
    private double dragAnchorMs;
    private TimelineSpan draggedTask;
    private boolean draggingStartEdge;
    private long dragStartMs;
    private long dragEndMs;

    private enum Drag { NONE, SCRUB, SELECT, OVERVIEW, TASK_EDGE }

    /** How near (in pixels) to a task's edge a press grabs the edge rather than scrubbing. */
    static final double EDGE_GRAB_PX = 4;

    public TimelineView(TimelineViewModel model) {
        this.model = model;
        getStyleClass().add(TimelineStyles.TIMELINE);
        for (TimelineColour colour : TimelineColour.values()) {
            StyleableObjectProperty<Paint> property = new SimpleStyleableObjectProperty<>(COLOUR_META.get(colour), this,
                    colour.name().toLowerCase(), colour.fallback());
            property.addListener((obs, old, now) -> markAllDirty());
            colours.put(colour, property);
        }
        tracks.setMouseTransparent(true);
        overlay.setMouseTransparent(true);
        getChildren().addAll(tracks, overlay);
        setFocusTraversable(true);
        tooltip.setShowDelay(Duration.millis(250));

        // weak, so that a view thrown away while its model lives on can be collected
        model.visibleFromMsProperty().addListener(new WeakInvalidationListener(onWindowChange));
        model.visibleToMsProperty().addListener(new WeakInvalidationListener(onWindowChange));
        model.sourceProperty().addListener(new WeakInvalidationListener(onSourceChange));
        model.getTaskSpans().addListener(new WeakInvalidationListener(onWindowChange));
        model.getFlagSpans().addListener(new WeakInvalidationListener(onWindowChange));
        model.taskLanesProperty().addListener(new WeakInvalidationListener(onLanesChange));
        model.playheadMsProperty().addListener(new WeakInvalidationListener(onOverlayChange));
        model.selectionProperty().addListener(new WeakInvalidationListener(onOverlayChange));
        focusedProperty().addListener(onOverlayChange);

        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(Double.NaN, null, e));
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    public TimelineViewModel getModel() {
        return model;
    }

    /** What the tooltip says about the thing under the pointer (app and times), or null. */
    public ReadOnlyStringProperty hoverTextProperty() {
        return hoverText.getReadOnlyProperty();
    }

    /**
     * Paints whatever is dirty right now instead of at the next pulse: for snapshots and
     * screenshots, which do not wait for a pulse.
     */
    public void paintNow() {
        pulse.stop();
        if (getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        Palette palette = this::colour;
        if (tracksDirty) {
            TimelineSource source = model.getSource();
            int width = (int) layout.trackWidth();
            if (source != null) {
                if (overviewStale || overviewFrame == null || overviewFrame.width() != width) {
                    overviewFrame = source.frame(0, model.maxVisibleMs(), width);
                    overviewStale = false;
                }
                frame = source.frame(model.getVisibleFromMs(), model.getVisibleToMs(), width);
            } else {
                frame = null;
                overviewFrame = null;
            }
            trackPainter.paint(tracks.getGraphicsContext2D(), new TrackPainter.Scene(layout, frame, overviewFrame,
                    source, model.getTaskSpans(), model.getFlagSpans(), model.msPerPixel()), palette);
            tracksDirty = false;
        }
        if (overlayDirty) {
            overlayPainter.paint(overlay.getGraphicsContext2D(),
                    new OverlayPainter.Scene(layout, model, hoverX, isFocused()), palette);
            overlayDirty = false;
        }
        paints++;
    }

    /** How many times a layer was painted: lets tests see that many changes cost one paint. */
    long paintCount() {
        return paints;
    }

    @Override
    protected void layoutChildren() {
        double width = snapSizeX(getWidth());
        double height = snapSizeY(getHeight());
        if (width != tracks.getWidth() || height != tracks.getHeight()) {
            tracks.setWidth(width);
            tracks.setHeight(height);
            overlay.setWidth(width);
            overlay.setHeight(height);
            layout = new TimelineLayout(width, model.taskLanesProperty().get());
            model.trackWidthProperty().set(layout.trackWidth());
            markAllDirty();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 900;
    }

    @Override
    protected double computeMinWidth(double height) {
        return TimelineLayout.GUTTER + TimelineLayout.RIGHT_PADDING + 100;
    }

    @Override
    protected double computePrefHeight(double width) {
        return TimelineLayout.preferredHeight(model.taskLanesProperty().get());
    }

    @Override
    protected double computeMinHeight(double width) {
        return TimelineLayout.preferredHeight(model.taskLanesProperty().get());
    }

    @Override
    public String getUserAgentStylesheet() {
        URL sheet = TimelineView.class.getResource(TimelineStyles.SHEET);
        return sheet == null ? null : sheet.toExternalForm();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS_META;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS_META;
    }

    // ---- painting schedule ----

    /** More or fewer overlapping tasks: the Tasks row, and so the whole view, changes height. */
    private void lanesChanged() {
        layout = new TimelineLayout(layout.width(), model.taskLanesProperty().get());
        requestLayout();
        markAllDirty();
    }

    private void markAllDirty() {
        tracksDirty = true;
        markOverlayDirty();
    }

    private void markOverlayDirty() {
        overlayDirty = true;
        pulse.start();
    }

    private Color colour(TimelineColour colour) {
        Paint paint = colours.get(colour).get();
        return paint instanceof Color c ? c : colour.fallback();
    }

    // ---- input ----

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || model.getSource() == null) {
            return;
        }
        requestFocus();
        double trackX = clampToTracks(layout.trackX(e.getX()));
        switch (layout.zoneAt(e.getX(), e.getY())) {
            case OVERVIEW -> {
                drag = Drag.OVERVIEW;
                double ms = overviewTime(e.getX());
                if (ms < model.getVisibleFromMs() || ms > model.getVisibleToMs()) {
                    double length = model.getVisibleLengthMs();
                    model.showRange(ms - length / 2, ms + length / 2);
                }
                dragAnchorMs = ms - model.getVisibleFromMs();
            }
            case RULER -> {
                if (e.isShiftDown()) {
                    drag = Drag.SELECT;
                    dragAnchorMs = model.timeAt(trackX);
                } else {
                    drag = Drag.SCRUB;
                    model.seek(model.timeAt(trackX));
                }
            }
            case TRACKS -> {
                TimelineSpan edge = model.getOnTaskEdgesMoved() == null ? null : taskEdgeAt(e.getX(), e.getY());
                if (edge != null) {
                    drag = Drag.TASK_EDGE;
                    draggedTask = edge;
                    draggingStartEdge = Math.abs(model.xAt(edge.startMs()) - layout.trackX(e.getX()))
                            <= Math.abs(model.xAt(edge.endMs()) - layout.trackX(e.getX()));
                    dragStartMs = edge.startMs();
                    dragEndMs = edge.endMs();
                } else {
                    drag = Drag.SCRUB;
                    model.seek(model.timeAt(trackX));
                }
            }
            default -> drag = Drag.NONE;
        }
        if (drag != Drag.NONE) {
            tooltip.hide();
            setCursor(drag == Drag.OVERVIEW ? Cursor.CLOSED_HAND : Cursor.H_RESIZE);
            e.consume();
        }
    }

    private void dragged(MouseEvent e) {
        double trackX = clampToTracks(layout.trackX(e.getX()));
        switch (drag) {
            case SCRUB -> model.seek(model.timeAt(trackX));
            case SELECT -> {
                double now = model.timeAt(trackX);
                if (Math.abs(model.xAt(now) - model.xAt(dragAnchorMs)) >= MIN_SELECTION_PX) {
                    model.select(dragAnchorMs, now);
                }
            }
            case OVERVIEW -> {
                double start = overviewTime(e.getX()) - dragAnchorMs;
                model.showRange(start, start + model.getVisibleLengthMs());
            }
            case TASK_EDGE -> dragEdgeTo(model.timeAt(trackX));
            default -> {
                return;
            }
        }
        hoverX = trackX;
        markOverlayDirty();
        e.consume();
    }

    private void released(MouseEvent e) {
        if (drag == Drag.TASK_EDGE) {
            TimelineSpan original = draggedTask;
            draggedTask = null;
            drag = Drag.NONE;
            setCursor(Cursor.DEFAULT);
            model.commitTaskEdges(original, dragStartMs, dragEndMs);
            e.consume();
            return;
        }
        if (drag == Drag.SELECT && model.getSelection() == null) {
            // a Shift+click without a drag clears the loop instead of leaving a hairline range
            model.clearSelection();
        }
        if (drag != Drag.NONE) {
            drag = Drag.NONE;
            setCursor(Cursor.DEFAULT);
            e.consume();
        }
    }

    /** Moves the grabbed edge, never past the other one (a task keeps at least a millisecond). */
    private void dragEdgeTo(double ms) {
        long t = Math.round(Math.max(0, Math.min(model.getDurationMs(), ms)));
        if (draggingStartEdge) {
            dragStartMs = Math.min(t, draggedTask.endMs() - 1);
        } else {
            dragEndMs = Math.max(t, draggedTask.startMs() + 1);
        }
        model.previewTaskEdges(draggedTask, dragStartMs, dragEndMs);
    }

    /** The task whose start or end edge lies within {@link #EDGE_GRAB_PX} of the point, on its lane; or null. */
    TimelineSpan taskEdgeAt(double viewX, double viewY) {
        if (layout.rowAt(viewY) != TimelineRow.TASKS) {
            return null;
        }
        int lane = layout.taskLaneAt(viewY);
        double x = layout.trackX(viewX);
        TimelineSpan best = null;
        double bestDistance = EDGE_GRAB_PX;
        for (TimelineSpan span : model.getTaskSpans()) {
            if (span.lane() != lane) {
                continue;
            }
            double distance = Math.min(Math.abs(model.xAt(span.startMs()) - x), Math.abs(model.xAt(span.endMs()) - x));
            if (distance <= bestDistance) {
                best = span;
                bestDistance = distance;
            }
        }
        return best;
    }

    private void moved(MouseEvent e) {
        setCursor(model.getOnTaskEdgesMoved() != null && taskEdgeAt(e.getX(), e.getY()) != null
                ? Cursor.H_RESIZE : Cursor.DEFAULT);
        TimelineLayout.Zone zone = layout.zoneAt(e.getX(), e.getY());
        TimelineRow row = layout.rowAt(e.getY());
        if (zone == TimelineLayout.Zone.GUTTER && row == TimelineRow.FOCUS && model.getSource() != null) {
            hover(Double.NaN, String.join(", ", model.getSource().apps()), e);
            tooltip.setText(null);
            tooltip.setGraphic(appLegend(model.getSource()));
            return;
        }
        boolean overTime = zone == TimelineLayout.Zone.RULER || zone == TimelineLayout.Zone.TRACKS;
        double trackX = layout.trackX(e.getX());
        hoverY = e.getY();
        hover(overTime ? trackX : Double.NaN, overTime ? describe(trackX, row) : null, e);
    }

    private void hover(double trackX, String text, MouseEvent e) {
        if (Double.compare(trackX, hoverX) != 0) {
            hoverX = trackX;
            markOverlayDirty();
        }
        hoverText.set(text);
        if (text == null) {
            tooltip.hide();
        } else {
            tooltip.setGraphic(null);
            tooltip.setText(text);
            tooltip.show(this, e.getScreenX() + 14, e.getScreenY() + 18);
        }
    }

    /** Which colour is which app: shown when hovering the focus track's label. */
    private Node appLegend(TimelineSource source) {
        VBox legend = new VBox(3);
        if (source.apps().isEmpty()) {
            legend.getChildren().add(new Label("No window focus was captured"));
        } else if (source.hasContextWindows()) {
            legend.getChildren().add(new Label("Pale: windows ActivityWatch saw where the recording names none"));
        }
        for (int rank = 0; rank < source.apps().size(); rank++) {
            Label app = new Label(source.apps().get(rank), new Rectangle(10, 10, colour(TimelineColour.forApp(rank))));
            app.setGraphicTextGap(6);
            legend.getChildren().add(app);
        }
        return legend;
    }

    /** The tooltip for a point: the focused app with its time range, a task or flag label, or the time. */
    private String describe(double trackX, TimelineRow row) {
        if (frame == null || trackX < 0 || trackX > layout.trackWidth()) {
            return null;
        }
        double ms = model.timeAt(trackX);
        if (row == TimelineRow.FOCUS) {
            Optional<FocusSegment> segment = frame.focusAt(trackX);
            if (segment.isPresent()) {
                var focus = segment.get().focus();
                String app = focus.app() == null ? "Unnamed window" : focus.app();
                boolean context = SessionContext.isContextApp(focus.appId());
                return app + "  " + range(focus.startMs(), focus.endMs()) + (context ? "  (from ActivityWatch)" : "");
            }
        }
        if (row == TimelineRow.TASKS || row == TimelineRow.FLAGS) {
            int lane = row == TimelineRow.TASKS ? layout.taskLaneAt(hoverY) : 0;
            for (TimelineSpan span : row == TimelineRow.TASKS ? model.getTaskSpans() : model.getFlagSpans()) {
                if (ms >= span.startMs() && ms < span.endMs() && (row == TimelineRow.FLAGS || span.lane() == lane)) {
                    return span.label() + "  " + range(span.startMs(), span.endMs());
                }
            }
        }
        return null;
    }

    private static String range(long startMs, long endMs) {
        return TimeRuler.playheadLabel(startMs) + " – " + TimeRuler.playheadLabel(endMs)
                + " (" + TimeRuler.duration(endMs - startMs) + ")";
    }

    private void scrolled(ScrollEvent e) {
        if (model.getSource() == null) {
            return;
        }
        double delta = e.getDeltaX() != 0 && e.getDeltaY() == 0 ? e.getDeltaX() : e.getDeltaY();
        if (delta == 0) {
            return;
        }
        if (e.isControlDown() || e.isShortcutDown()) {
            double anchor = model.timeAt(clampToTracks(layout.trackX(e.getX())));
            model.zoomAt(Math.pow(ZOOM_PER_NOTCH, delta / WHEEL_NOTCH), anchor);
        } else {
            // wheel down (negative delta) moves on in time, a notch a tenth of the window
            model.pan(-delta / WHEEL_NOTCH * model.getVisibleLengthMs() / 10);
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        KeyCode code = e.getCode();
        String text = e.getText();
        if (code == KeyCode.ADD || code == KeyCode.PLUS || code == KeyCode.EQUALS || "+".equals(text)) {
            model.zoomIn();
        } else if (code == KeyCode.SUBTRACT || code == KeyCode.MINUS || "-".equals(text)) {
            model.zoomOut();
        } else if ((code == KeyCode.F && !e.isShiftDown()) || code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
            // Shift+F flags the marked span: a review key the timeline must leave alone
            model.fit();
        } else {
            return;
        }
        e.consume();
    }

    private double clampToTracks(double trackX) {
        return Math.max(0, Math.min(layout.trackWidth(), trackX));
    }

    private double overviewTime(double viewX) {
        double fraction = (viewX - layout.trackLeft()) / layout.trackWidth();
        return Math.max(0, Math.min(1, fraction)) * model.maxVisibleMs();
    }

    /** A CSS colour property of the timeline. */
    private static final class ColourMeta extends CssMetaData<TimelineView, Paint> {
        private final TimelineColour colour;

        ColourMeta(TimelineColour colour) {
            super(colour.cssProperty(), StyleConverter.getPaintConverter(), colour.fallback());
            this.colour = colour;
        }

        @Override
        public boolean isSettable(TimelineView view) {
            return !view.colours.get(colour).isBound();
        }

        @Override
        public StyleableProperty<Paint> getStyleableProperty(TimelineView view) {
            return view.colours.get(colour);
        }
    }
}
