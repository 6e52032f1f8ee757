package org.trailmark.ui.timeline;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The thumbnail track above the timeline: the recorded screen at the start of each slot of the
 * visible window, lined up with the timeline's track area. Shows only what the view-model hands it
 * (masked pictures already covered, hidden ones as grey naming the category); hidden altogether
 * for a session without video.
 */
public final class ThumbnailStripView extends Region {
    public static final String STYLE = "tm-thumbnails";
    static final double HEIGHT = 48;
    static final double PAD = 3;
    private static final Color HIDDEN_FILL = Color.web("#808080");
    private static final Color HIDDEN_TEXT = Color.WHITE;
    private static final Color EMPTY = Color.web("#9aa5b5", 0.25);

    private final TimelineViewModel model;
    private final Canvas canvas = new Canvas();
    private final Label gutter = new Label("Screen");
    private final Font small = Font.font("System", 9);
    private Map<int[], WritableImage> images = new IdentityHashMap<>();

    public ThumbnailStripView(TimelineViewModel model) {
        this.model = model;
        getStyleClass().add(STYLE);
        gutter.getStyleClass().add("tm-thumbnails-label");
        canvas.setMouseTransparent(true);
        getChildren().addAll(gutter, canvas);
        model.thumbnailsProperty().addListener((obs, old, now) -> {
            boolean any = !now.isEmpty();
            setVisible(any);
            setManaged(any);
            paint();
        });
        setVisible(false);
        setManaged(false);
    }

    @Override
    protected double computePrefHeight(double width) {
        return HEIGHT;
    }

    @Override
    protected double computeMinHeight(double width) {
        return HEIGHT;
    }

    @Override
    protected void layoutChildren() {
        gutter.resizeRelocate(8, 0, TimelineLayout.GUTTER - 12, getHeight());
        double x = TimelineLayout.GUTTER;
        double w = Math.max(1, Math.floor(getWidth() - TimelineLayout.GUTTER - TimelineLayout.RIGHT_PADDING));
        canvas.relocate(x, 0);
        if (canvas.getWidth() != w || canvas.getHeight() != getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(getHeight());
            paint();
        }
    }

    /** Paints the thumbnails now (also for snapshots). */
    public void paint() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        List<Thumbnail> thumbnails = model.thumbnailsProperty().get();
        if (w <= 0 || h <= 0 || thumbnails.isEmpty()) {
            images.clear();
            return;
        }
        double from = model.getVisibleFromMs();
        double msPerPx = Math.max(1e-9, (model.getVisibleToMs() - from) / w);
        double boxH = h - 2 * PAD;
        Map<int[], WritableImage> kept = new IdentityHashMap<>();
        g.setImageSmoothing(true);
        for (Thumbnail t : thumbnails) {
            double x = (t.atMs() - from) / msPerPx;
            double slot = t.spanMs() / msPerPx;
            double boxW = Math.min(slot - 2, t.hasPicture() ? boxH * t.width() / t.height() : boxH * 16 / 9.0);
            if (x + boxW < 0 || x > w || boxW < 2) {
                continue;
            }
            if (t.hasPicture()) {
                WritableImage image = images.get(t.argb());
                if (image == null) {
                    image = new WritableImage(t.width(), t.height());
                    image.getPixelWriter().setPixels(0, 0, t.width(), t.height(),
                            PixelFormat.getIntArgbPreInstance(), t.argb(), 0, t.width());
                }
                kept.put(t.argb(), image);
                g.drawImage(image, x + 1, PAD, boxW, boxH);
            } else if (t.isHidden()) {
                g.setFill(HIDDEN_FILL);
                g.fillRect(x + 1, PAD, boxW, boxH);
                g.setFill(HIDDEN_TEXT);
                g.setFont(small);
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.CENTER);
                g.fillText("Hidden", x + 1 + boxW / 2, PAD + boxH / 2, boxW - 4);
            } else {
                g.setFill(EMPTY);
                g.fillRect(x + 1, PAD, boxW, boxH);
            }
        }
        images = kept;
    }
}
