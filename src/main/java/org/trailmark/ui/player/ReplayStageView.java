package org.trailmark.ui.player;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.trailmark.model.PointerButton;
import org.trailmark.model.Screen;

/**
 * The replay stage: the captured displays drawn to scale, the pointer with its fading trail,
 * click ripples (left, right and middle in their own colours, a double-click with two rings),
 * drag lines, scroll marks and a caption with the focused window. One canvas, repainted when the
 * view-model publishes a new {@link StageSnapshot} (once per pulse while playing).
 */
final class ReplayStageView extends Region {
    static final double MARGIN = 14;
    static final double CAPTION_HEIGHT = 30;
    static final double POINTER_SIZE = 18;

    private static final Map<StageColour, ColourMeta> META = new EnumMap<>(StageColour.class);
    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Region.getClassCssMetaData());
        for (StageColour colour : StageColour.values()) {
            ColourMeta meta = new ColourMeta(colour);
            META.put(colour, meta);
            all.add(meta);
        }
        CSS_META = Collections.unmodifiableList(all);
    }

    private final PlayerViewModel model;
    private final Canvas canvas = new Canvas();
    private final Map<StageColour, StyleableObjectProperty<Paint>> colours = new EnumMap<>(StageColour.class);
    private final Font captionFont = Font.font("System", FontWeight.BOLD, 13);
    private final Font captionTitleFont = Font.font("System", 13);
    private final Font captionHiddenFont = Font.font("System", FontWeight.NORMAL, FontPosture.ITALIC, 13);
    private final Font labelFont = Font.font("System", 11);
    private final Font hiddenFont = Font.font("System", FontWeight.BOLD, 15);
    private final PictureImage pictureImage = new PictureImage();
    /** The mapping of the last paint, for turning a drag on the stage back into screen pixels. */
    private Transform shownTransform;
    /** The region being drawn, in stage pixels: anchor and current corner; null when none. */
    private double[] rubberBand;
    private long paints;
    private String measuredText;
    private double measuredWidth;

    ReplayStageView(PlayerViewModel model) {
        this.model = model;
        setId(PlayerStyles.ID_STAGE);
        getStyleClass().add(PlayerStyles.STAGE);
        for (StageColour colour : StageColour.values()) {
            StyleableObjectProperty<Paint> property = new SimpleStyleableObjectProperty<>(META.get(colour), this,
                    colour.name().toLowerCase(Locale.ROOT), colour.fallback());
            property.addListener((obs, old, now) -> paint());
            colours.put(colour, property);
        }
        canvas.setMouseTransparent(true);
        getChildren().add(canvas);
        model.stageProperty().addListener((obs, old, now) -> paint());
        model.screensProperty().addListener((obs, old, now) -> paint());
        model.drawingRegionProperty().addListener((obs, old, on) -> {
            setCursor(on ? javafx.scene.Cursor.CROSSHAIR : null);
            rubberBand = null;
            paint();
        });
        addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (model.drawingRegionProperty().get() && shownTransform != null) {
                rubberBand = new double[] {e.getX(), e.getY(), e.getX(), e.getY()};
                e.consume();
            }
        });
        addEventHandler(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, e -> {
            if (rubberBand != null) {
                rubberBand[2] = e.getX();
                rubberBand[3] = e.getY();
                paint();
                e.consume();
            }
        });
        addEventHandler(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> {
            if (rubberBand != null) {
                double[] band = rubberBand;
                rubberBand = null;
                Transform t = shownTransform;
                model.regionDrawn((int) Math.round(t.screenX(band[0])), (int) Math.round(t.screenY(band[1])),
                        (int) Math.round(t.screenX(e.getX())), (int) Math.round(t.screenY(e.getY())));
                paint();
                e.consume();
            }
        });
        model.pictureProperty().addListener((obs, old, now) -> {
            if (now == null) {
                pictureImage.clear();
            }
            paint();
        });
        setMinSize(160, 120);
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            paint();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 720;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 420;
    }

    /** How often the canvas was painted, so tests can see a pulse costs one paint. */
    long paintCount() {
        return paints;
    }

    void paint() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        paints++;
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(colour(StageColour.BACKGROUND));
        g.fillRect(0, 0, w, h);
        ScreenLayout layout = model.screensProperty().get();
        StageSnapshot snapshot = model.stageProperty().get();
        if (layout == null || layout.width() <= 0 || layout.height() <= 0) {
            captioned(null); // no session: the last one's caption must not linger for screen readers
            return;
        }
        Transform t = Transform.fit(layout, w, h);
        shownTransform = t;
        drawScreens(g, layout, t);
        ScreenPicture picture = model.pictureProperty().get();
        if (picture != null) {
            drawPicture(g, picture, t);
        }
        if (snapshot != null) {
            drawTrail(g, snapshot, t);
            drawDrags(g, snapshot, t);
            drawScrolls(g, snapshot, t);
            drawRipples(g, snapshot, t);
            drawPointer(g, snapshot, t);
        }
        drawRubberBand(g);
        drawCaption(g, snapshot, w);
    }

    private void drawRubberBand(GraphicsContext g) {
        if (rubberBand == null) {
            return;
        }
        double x = Math.min(rubberBand[0], rubberBand[2]);
        double y = Math.min(rubberBand[1], rubberBand[3]);
        double bw = Math.abs(rubberBand[2] - rubberBand[0]);
        double bh = Math.abs(rubberBand[3] - rubberBand[1]);
        g.setFill(colour(StageColour.REGION).deriveColor(0, 1, 1, 0.18));
        g.fillRect(x, y, bw, bh);
        g.setStroke(colour(StageColour.REGION));
        g.setLineWidth(2);
        g.setLineDashes(6, 4);
        g.strokeRect(x, y, bw, bh);
        g.setLineDashes((double[]) null);
    }

    /** Capture coordinates to canvas pixels: one uniform scale, centred below the caption. */
    record Transform(double scale, double offsetX, double offsetY, int minX, int minY) {
        static Transform fit(ScreenLayout layout, double w, double h) {
            double availableW = Math.max(1, w - 2 * MARGIN);
            double availableH = Math.max(1, h - 2 * MARGIN - CAPTION_HEIGHT);
            double scale = Math.min(availableW / layout.width(), availableH / layout.height());
            double offsetX = (w - layout.width() * scale) / 2;
            double offsetY = CAPTION_HEIGHT + MARGIN + (availableH - layout.height() * scale) / 2;
            return new Transform(scale, offsetX, offsetY, layout.minX(), layout.minY());
        }

        double x(double captureX) {
            return offsetX + (captureX - minX) * scale;
        }

        double y(double captureY) {
            return offsetY + (captureY - minY) * scale;
        }

        /** Back from canvas pixels to capture (screen) coordinates. */
        double screenX(double stageX) {
            return minX + (stageX - offsetX) / scale;
        }

        double screenY(double stageY) {
            return minY + (stageY - offsetY) / scale;
        }
    }

    private void drawScreens(GraphicsContext g, ScreenLayout layout, Transform t) {
        g.setFont(labelFont);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        int n = 1;
        for (Screen s : layout.screens()) {
            double x = t.x(s.x());
            double y = t.y(s.y());
            double w = s.width() * t.scale();
            double h = s.height() * t.scale();
            g.setFill(colour(StageColour.SCREEN));
            g.fillRoundRect(x, y, w, h, 8, 8);
            g.setStroke(colour(StageColour.SCREEN_BORDER));
            g.setLineWidth(1.5);
            g.strokeRoundRect(x + 0.5, y + 0.5, w - 1, h - 1, 8, 8);
            g.setFill(colour(StageColour.SCREEN_TEXT));
            String label = (layout.inferred() ? "Display (size from the pointer)" : "Display " + n) + "  \u00b7  "
                    + s.width() + "\u00d7" + s.height()
                    + (s.scale() == 1.0 ? "" : String.format(Locale.ROOT, "  @%.2gx", s.scale()));
            if (w > 120) {
                g.fillText(label, x + 8, y + 6);
            }
            n++;
        }
    }

    /**
     * The recorded frame over the captured area, scaled to fit, with masked regions covered; or
     * the neutral fill of a hidden picture; or a small note when there is no picture. Pointer,
     * trail and ripples are drawn afterwards in the same screen coordinates, so they land where
     * the recorded pointer was on the picture.
     */
    private void drawPicture(GraphicsContext g, ScreenPicture p, Transform t) {
        double x = t.x(p.area().x());
        double y = t.y(p.area().y());
        double w = p.area().width() * t.scale();
        double h = p.area().height() * t.scale();
        switch (p.kind()) {
            case FRAME -> {
                g.setImageSmoothing(true);
                g.drawImage(pictureImage.show(p.frame()), x, y, w, h);
                for (org.trailmark.model.ScreenRegion r : p.masked()) {
                    outlineMaskedRegion(g, r, t, x, y, w, h);
                }
            }
            case HIDDEN -> {
                g.setFill(colour(StageColour.MASK));
                g.fillRect(x, y, w, h);
                g.setFill(colour(StageColour.MASK_TEXT));
                g.setFont(hiddenFont);
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.CENTER);
                g.fillText(p.hiddenText(), x + w / 2, y + h / 2, Math.max(40, w - 24));
            }
            default -> drawNote(g, p.note(), x, y, h);
        }
    }

    private void outlineMaskedRegion(GraphicsContext g, org.trailmark.model.ScreenRegion r, Transform t,
                                  double clipX, double clipY, double clipW, double clipH) {
        double x0 = Math.max(clipX, t.x(r.x()));
        double y0 = Math.max(clipY, t.y(r.y()));
        double x1 = Math.min(clipX + clipW, t.x(r.x() + r.width()));
        double y1 = Math.min(clipY + clipH, t.y(r.y() + r.height()));
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        // the area is already grey in the pixels; the outline says a region flag covers it
        g.setStroke(colour(StageColour.REGION));
        g.setLineWidth(2);
        g.setLineDashes(6, 4);
        g.strokeRect(x0 + 1, y0 + 1, x1 - x0 - 2, y1 - y0 - 2);
        g.setLineDashes((double[]) null);
    }

    private void drawNote(GraphicsContext g, String note, double x, double y, double h) {
        if (note == null) {
            return;
        }
        g.setFont(labelFont);
        // estimated, not measured: the caption owns the one measured text
        double width = Math.min(420, note.length() * 6.4 + 20);
        g.setFill(colour(StageColour.NOTE));
        g.fillRoundRect(x + 10, y + h - 34, width, 24, 9, 9);
        g.setFill(colour(StageColour.CAPTION_TEXT));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(note, x + 20, y + h - 22, width - 20);
    }

    private void drawTrail(GraphicsContext g, StageSnapshot s, Transform t) {
        if (s.trailLength() < 2) {
            return;
        }
        Color trail = colour(StageColour.TRAIL);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineWidth(2.5);
        for (int i = 1; i < s.trailLength(); i++) {
            double fade = 1 - s.trailAge()[i];
            g.setStroke(trail.deriveColor(0, 1, 1, 0.08 + 0.72 * fade * fade));
            g.strokeLine(t.x(s.trailX()[i - 1]), t.y(s.trailY()[i - 1]), t.x(s.trailX()[i]), t.y(s.trailY()[i]));
        }
    }

    private void drawDrags(GraphicsContext g, StageSnapshot s, Transform t) {
        Color drag = colour(StageColour.DRAG);
        for (StageSnapshot.DragLine d : s.drags()) {
            double alpha = d.active() ? 0.95 : 0.85 * (1 - d.age());
            Color c = drag.deriveColor(0, 1, 1, alpha);
            double x0 = t.x(d.fromX());
            double y0 = t.y(d.fromY());
            double x1 = t.x(d.toX());
            double y1 = t.y(d.toY());
            g.setStroke(c);
            g.setLineWidth(d.active() ? 3 : 2);
            g.setLineDashes(d.active() ? null : new double[] {6, 4});
            g.strokeLine(x0, y0, x1, y1);
            g.setLineDashes((double[]) null);
            g.setFill(c);
            g.fillOval(x0 - 4, y0 - 4, 8, 8);
            arrowHead(g, x0, y0, x1, y1, 10);
        }
    }

    private void drawScrolls(GraphicsContext g, StageSnapshot s, Transform t) {
        Color scroll = colour(StageColour.SCROLL);
        g.setFont(labelFont);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (StageSnapshot.ScrollMark m : s.scrolls()) {
            double alpha = 0.9 * (1 - m.age());
            double x = t.x(m.x());
            double y = t.y(m.y());
            Color c = scroll.deriveColor(0, 1, 1, alpha);
            g.setStroke(c);
            g.setFill(c);
            g.setLineWidth(2);
            // negative dy scrolls down, as pynput and the capture format have it
            boolean down = m.dy() < 0 || (m.dy() == 0 && m.dx() < 0);
            double dir = down ? 1 : -1;
            for (int k = 0; k < 2; k++) {
                double cy = y + dir * (14 + k * 7);
                g.strokeLine(x - 6, cy - dir * 5, x, cy);
                g.strokeLine(x, cy, x + 6, cy - dir * 5);
            }
            int notches = Math.abs(m.dy()) + Math.abs(m.dx());
            g.fillText((down ? "\u2193" : "\u2191") + notches, x + 10, y + dir * 18);
        }
    }

    private void drawRipples(GraphicsContext g, StageSnapshot s, Transform t) {
        for (StageSnapshot.Ripple r : s.ripples()) {
            double x = t.x(r.x());
            double y = t.y(r.y());
            double fade = 1 - r.age();
            Color base = r.doubleClick() ? colour(StageColour.DOUBLE) : buttonColour(r.button());
            g.setStroke(base.deriveColor(0, 1, 1, 0.9 * fade));
            g.setLineWidth(2.5);
            double radius = 6 + 26 * r.age();
            g.strokeOval(x - radius, y - radius, 2 * radius, 2 * radius);
            if (r.doubleClick()) {
                double inner = Math.max(3, radius - 7);
                g.strokeOval(x - inner, y - inner, 2 * inner, 2 * inner);
            }
            g.setFill(base.deriveColor(0, 1, 1, 0.35 * fade));
            g.fillOval(x - 5, y - 5, 10, 10);
        }
    }

    private void drawPointer(GraphicsContext g, StageSnapshot s, Transform t) {
        if (!s.pointerKnown()) {
            return;
        }
        double x = t.x(s.pointerX());
        double y = t.y(s.pointerY());
        if (s.buttons() != 0) {
            PointerButton held = heldButton(s.buttons());
            g.setFill(buttonColour(held).deriveColor(0, 1, 1, 0.35));
            g.fillOval(x - 11, y - 11, 22, 22);
        }
        double k = POINTER_SIZE / 18;
        double[] xs = {x, x, x + 4.2 * k, x + 7 * k, x + 9.4 * k, x + 6.8 * k, x + 12.2 * k};
        double[] ys = {y, y + 17 * k, y + 13 * k, y + 19.4 * k, y + 18.4 * k, y + 12 * k, y + 12 * k};
        g.setFill(colour(StageColour.POINTER));
        g.fillPolygon(xs, ys, xs.length);
        g.setStroke(colour(StageColour.POINTER_OUTLINE));
        g.setLineWidth(1.3);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.strokePolygon(xs, ys, xs.length);
    }

    private void drawCaption(GraphicsContext g, StageSnapshot s, double w) {
        g.setFill(colour(StageColour.CAPTION));
        g.fillRect(0, 0, w, CAPTION_HEIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double y = CAPTION_HEIGHT / 2;
        double x = 12;
        if (s != null && s.paused()) {
            g.setFill(colour(StageColour.PAUSED));
            g.fillRoundRect(x, 6, 104, CAPTION_HEIGHT - 12, 9, 9);
            g.setFill(colour(StageColour.CAPTION_TEXT));
            g.setFont(labelFont);
            g.fillText("Capture paused", x + 8, y);
            x += 114;
        }
        g.setFill(colour(StageColour.CAPTION_TEXT));
        g.setFont(captionFont);
        String app = s == null || s.app() == null ? "No window reported yet" : s.app();
        g.fillText(app, x, y);
        String title = s == null ? null : s.titleHidden() ? MaskedTitles.HIDDEN : s.title();
        if (title != null && !title.isEmpty()) {
            double appWidth = textWidth(app, captionFont);
            // a hidden title is muted and slanted so it does not read as the window's real title
            g.setFont(s.titleHidden() ? captionHiddenFont : captionTitleFont);
            g.setFill(colour(StageColour.CAPTION_TEXT).deriveColor(0, 1, 1, s.titleHidden() ? 0.5 : 0.75));
            g.fillText("\u2014  " + title, x + appWidth + 10, y, Math.max(40, w - x - appWidth - 24));
        }
        captioned(title == null || title.isEmpty() ? app : app + " \u2014 " + title);
    }

    /**
     * The canvas caption is not a node, so its words go to the accessible text: screen readers
     * read it, and tests look there for what the caption says.
     */
    private void captioned(String text) {
        if (!Objects.equals(text, getAccessibleText())) {
            setAccessibleText(text);
        }
    }

    /** What the caption above the stage says: the focused app and its title as shown. */
    String captionText() {
        return getAccessibleText();
    }

    /** The caption's app name is measured once per app, not once per frame. */
    private double textWidth(String text, Font font) {
        if (!text.equals(measuredText)) {
            javafx.scene.text.Text probe = new javafx.scene.text.Text(text);
            probe.setFont(font);
            measuredText = text;
            measuredWidth = probe.getLayoutBounds().getWidth();
        }
        return measuredWidth;
    }

    private static void arrowHead(GraphicsContext g, double x0, double y0, double x1, double y1, double size) {
        double angle = Math.atan2(y1 - y0, x1 - x0);
        double a1 = angle + Math.PI * 0.85;
        double a2 = angle - Math.PI * 0.85;
        g.fillPolygon(new double[] {x1, x1 + size * Math.cos(a1), x1 + size * Math.cos(a2)},
                new double[] {y1, y1 + size * Math.sin(a1), y1 + size * Math.sin(a2)}, 3);
    }

    private static PointerButton heldButton(int buttons) {
        for (PointerButton b : PointerButton.values()) {
            if ((buttons & (1 << b.ordinal())) != 0) {
                return b;
            }
        }
        return PointerButton.LEFT;
    }

    private Color buttonColour(PointerButton button) {
        return switch (button) {
            case LEFT -> colour(StageColour.LEFT);
            case RIGHT -> colour(StageColour.RIGHT);
            default -> colour(StageColour.MIDDLE);
        };
    }

    private Color colour(StageColour colour) {
        Paint paint = colours.get(colour).get();
        return paint instanceof Color c ? c : colour.fallback();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS_META;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS_META;
    }

    private static final class ColourMeta extends CssMetaData<ReplayStageView, Paint> {
        private final StageColour colour;

        ColourMeta(StageColour colour) {
            super(colour.cssProperty(), StyleConverter.getPaintConverter(), colour.fallback());
            this.colour = colour;
        }

        @Override
        public boolean isSettable(ReplayStageView view) {
            return !view.colours.get(colour).isBound();
        }

        @Override
        public StyleableProperty<Paint> getStyleableProperty(ReplayStageView view) {
            return view.colours.get(colour);
        }
    }
}
