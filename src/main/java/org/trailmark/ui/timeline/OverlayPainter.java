package org.trailmark.ui.timeline;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.trailmark.replay.TimeRuler;

/**
 * Paints the upper layer, which changes far more often than the tracks: the loop selection, the
 * visible window on the overview, the hover line and the playhead. Redrawing it never touches
 * the frames below.
 */
final class OverlayPainter {
    private static final double HANDLE = 6;

    /** Where the overlay's things are; hoverX is a track x or NaN when the pointer is elsewhere. */
    record Scene(TimelineLayout layout, TimelineViewModel model, double hoverX, boolean focused) {
    }

    void paint(GraphicsContext g, Scene s, Palette p) {
        TimelineLayout l = s.layout();
        g.clearRect(0, 0, l.width(), l.tracksBottom() + TimelineLayout.BOTTOM_PADDING);
        if (s.focused()) {
            // the keyboard goes here (+/-, F): a bar down the gutter's edge says so
            g.setFill(p.get(TimelineColour.WINDOW));
            g.fillRect(0, l.overviewTop(), 3, l.tracksBottom() - l.overviewTop());
        }
        TimelineViewModel m = s.model();
        if (m.getSource() == null) {
            return;
        }
        g.save();
        g.beginPath();
        g.rect(l.trackLeft() - HANDLE, 0, l.trackWidth() + 2 * HANDLE, l.tracksBottom() + 1);
        g.closePath();
        g.clip();
        paintSelection(g, l, m, p.get(TimelineColour.SELECTION));
        paintOverviewWindow(g, l, m, p);
        if (!Double.isNaN(s.hoverX())) {
            paintHover(g, l, m, s.hoverX(), p);
        }
        paintPlayhead(g, l, m, p.get(TimelineColour.PLAYHEAD), p);
        g.restore();
    }

    /** The overview's x for a time: the overview always shows the whole session. */
    static double overviewX(TimelineLayout l, TimelineViewModel m, double ms) {
        return l.trackLeft() + ms / m.maxVisibleMs() * l.trackWidth();
    }

    private static void paintSelection(GraphicsContext g, TimelineLayout l, TimelineViewModel m, Color colour) {
        TimelineViewModel.LoopRange range = m.getSelection();
        if (range == null) {
            return;
        }
        double x0 = l.trackLeft() + Math.max(-1, m.xAt(range.startMs()));
        double x1 = l.trackLeft() + Math.min(l.trackWidth() + 1, m.xAt(range.endMs()));
        if (x1 > x0) {
            g.setFill(colour);
            g.setGlobalAlpha(0.16);
            g.fillRect(x0, l.rulerTop(), x1 - x0, l.tracksBottom() - l.rulerTop());
            g.setGlobalAlpha(0.8);
            g.fillRect(x0, l.rulerTop(), x1 - x0, 4);
            g.setGlobalAlpha(1);
            g.setStroke(colour);
            g.setLineWidth(1);
            g.strokeLine(TrackPainter.crisp(x0), l.rulerTop(), TrackPainter.crisp(x0), l.tracksBottom());
            g.strokeLine(TrackPainter.crisp(x1), l.rulerTop(), TrackPainter.crisp(x1), l.tracksBottom());
        }
        double o0 = overviewX(l, m, range.startMs());
        double o1 = overviewX(l, m, range.endMs());
        g.setFill(colour);
        g.setGlobalAlpha(0.8);
        g.fillRect(o0, l.overviewTop(), Math.max(1, o1 - o0), 3);
        g.setGlobalAlpha(1);
    }

    private static void paintOverviewWindow(GraphicsContext g, TimelineLayout l, TimelineViewModel m, Palette p) {
        double x0 = overviewX(l, m, m.getVisibleFromMs());
        double x1 = Math.max(x0 + 3, overviewX(l, m, m.getVisibleToMs()));
        double top = l.overviewTop();
        double height = TimelineLayout.OVERVIEW_HEIGHT;
        Color colour = p.get(TimelineColour.WINDOW);
        g.setFill(colour);
        g.setGlobalAlpha(0.12);
        g.fillRect(x0, top, x1 - x0, height);
        g.setGlobalAlpha(1);
        g.setStroke(colour);
        g.setLineWidth(1.5);
        g.strokeRect(x0 + 0.75, top + 0.75, x1 - x0 - 1.5, height - 1.5);
    }

    private static void paintHover(GraphicsContext g, TimelineLayout l, TimelineViewModel m, double hoverX,
                                   Palette p) {
        if (hoverX < 0 || hoverX > l.trackWidth()) {
            return;
        }
        double x = TrackPainter.crisp(l.trackLeft() + hoverX);
        g.setStroke(p.get(TimelineColour.MUTED));
        g.setLineWidth(1);
        g.setGlobalAlpha(0.6);
        g.strokeLine(x, l.rulerTop(), x, l.tracksBottom());
        g.setGlobalAlpha(1);
    }

    private static void paintPlayhead(GraphicsContext g, TimelineLayout l, TimelineViewModel m, Color colour,
                                      Palette p) {
        long t = m.getPlayheadMs();
        double o = TrackPainter.crisp(overviewX(l, m, t));
        g.setStroke(colour);
        g.setLineWidth(1.5);
        g.strokeLine(o, l.overviewTop(), o, l.overviewBottom());
        if (!m.isPlayheadVisible()) {
            return;
        }
        double x = TrackPainter.crisp(l.trackLeft() + m.xAt(t));
        String label = TimeRuler.playheadLabel(t);
        g.setFont(TrackPainter.SMALL_FONT);
        double width = labelWidth(label) + 8;
        double left = x + HANDLE + 2;
        if (left + width > l.trackRight()) {
            left = x - HANDLE - 2 - width;
        }
        // The label sits on the tick-label line. Clear that line around the playhead first (a tick
        // label's width on either side), so no half-hidden tick label ("…30") peeks out around it.
        double top = l.rulerTop() + 2;
        double clearLeft = Math.max(l.trackLeft(), Math.min(left, x - HANDLE) - TICK_LABEL_ROOM);
        double clearRight = Math.min(l.trackRight(), Math.max(left + width, x + HANDLE) + TICK_LABEL_ROOM);
        g.setFill(p.get(TimelineColour.BACKGROUND));
        g.fillRect(clearLeft, top, clearRight - clearLeft, 16);

        g.strokeLine(x, l.rulerTop() + HANDLE, x, l.tracksBottom());
        g.setFill(colour);
        g.fillPolygon(new double[] {x - HANDLE, x + HANDLE, x + HANDLE, x, x - HANDLE},
                new double[] {l.rulerTop(), l.rulerTop(), l.rulerTop() + HANDLE, l.rulerTop() + 2 * HANDLE,
                    l.rulerTop() + HANDLE}, 5);
        g.fillRoundRect(left, top, width, 16, 4, 4);
        g.setFill(p.get(TimelineColour.SEGMENT_TEXT));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(label, left + 4, top + 8);
    }

    /** The widest tick label ("10:00:00") in the small font, plus its offset from the tick. */
    private static final double TICK_LABEL_ROOM = 52;

    private static double labelWidth(String label) {
        Text text = new Text(label);
        text.setFont(TrackPainter.SMALL_FONT);
        return text.getLayoutBounds().getWidth();
    }
}
