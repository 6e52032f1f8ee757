package org.trailmark.ui.timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.trailmark.replay.ActivityTrack;
import org.trailmark.replay.frame.FocusSegment;
import org.trailmark.replay.frame.PixelSpan;
import org.trailmark.replay.frame.Tick;
import org.trailmark.replay.frame.TimelineFrame;
import org.trailmark.replay.frame.TimelineSource;

/**
 * Paints the lower layer: labels, overview strip, ruler and tracks, from precomputed frames. It
 * reads nothing per event; every loop is over pixels or visible spans.
 */
final class TrackPainter {
    static final Font LABEL_FONT = Font.font(11.5);
    static final Font SMALL_FONT = Font.font(10.5);
    private static final double BAR_PAD = 3;
    private static final double CONTEXT_ALPHA = 0.55;

    private final Map<String, Double> textWidths = new HashMap<>();

    /** What one paint needs; the frames are null before a session is shown. */
    record Scene(TimelineLayout layout, TimelineFrame frame, TimelineFrame overview, TimelineSource source,
                 List<TimelineSpan> tasks, List<TimelineSpan> flags, double msPerPixel) {
    }

    void paint(GraphicsContext g, Scene s, Palette p) {
        TimelineLayout l = s.layout();
        double w = l.width();
        g.setFill(p.get(TimelineColour.BACKGROUND));
        g.fillRect(0, 0, w, l.tracksBottom() + TimelineLayout.BOTTOM_PADDING);
        g.setFill(p.get(TimelineColour.GUTTER));
        g.fillRect(0, 0, l.trackLeft() - 4, l.tracksBottom() + TimelineLayout.BOTTOM_PADDING);
        paintLabels(g, l, p);
        for (TimelineRow row : TimelineRow.values()) {
            g.setFill(p.get(TimelineColour.TRACK));
            g.fillRect(l.trackLeft(), l.rowTop(row), l.trackWidth(), l.rowHeight(row));
        }
        g.fillRect(l.trackLeft(), l.overviewTop(), l.trackWidth(), TimelineLayout.OVERVIEW_HEIGHT);
        if (s.frame() == null) {
            return;
        }
        clipToTracks(g, l, l.overviewTop(), l.tracksBottom());
        paintOverview(g, s, p);
        paintIdle(g, l, s.frame(), l.rulerBottom(), l.tracksBottom(), p);
        paintGrid(g, l, s.frame(), p);
        paintRuler(g, l, s.frame(), p);
        for (TimelineRow row : TimelineRow.values()) {
            if (row.bars() != null) {
                paintBars(g, l, row, s.frame(), p.get(colourOf(row.bars())));
            }
        }
        paintClipboardMarks(g, l, s.frame(), p);
        paintFocus(g, l, l.rowTop(TimelineRow.FOCUS) + 1, TimelineRow.FOCUS.height() - 2, s.frame().focus(),
                s.source(), p, true);
        paintSpans(g, l, s, TimelineRow.TASKS, s.tasks(), p.get(TimelineColour.TASK), "no tasks yet", p);
        paintSpans(g, l, s, TimelineRow.FLAGS, s.flags(), p.get(TimelineColour.FLAG), "no sensitive spans flagged yet",
                p);
        g.restore();
    }

    static TimelineColour colourOf(ActivityTrack track) {
        return switch (track) {
            case KEYS -> TimelineColour.KEYS;
            case POINTER -> TimelineColour.POINTER;
            case CLICKS -> TimelineColour.CLICKS;
            case WHEEL -> TimelineColour.WHEEL;
            case FOCUS -> TimelineColour.NO_APP;
            case CLIPBOARD -> TimelineColour.CLIPBOARD;
        };
    }

    /** A copy or paste is a small notch at the top of the keys row, where the typing it goes with shows. */
    private static void paintClipboardMarks(GraphicsContext g, TimelineLayout l, TimelineFrame f, Palette p) {
        g.setFill(p.get(TimelineColour.CLIPBOARD));
        double top = l.rowTop(TimelineRow.KEYS) + 1;
        for (int px = 0; px < f.width(); px++) {
            if (f.count(ActivityTrack.CLIPBOARD, px) > 0) {
                g.fillRect(l.trackLeft() + px - 1, top, 3, 5);
            }
        }
    }

    private void paintLabels(GraphicsContext g, TimelineLayout l, Palette p) {
        g.setFont(LABEL_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(p.get(TimelineColour.MUTED));
        g.fillText("Session", 10, (l.overviewTop() + l.overviewBottom()) / 2);
        g.fillText("Time", 10, (l.rulerTop() + l.rulerBottom()) / 2);
        g.setFill(p.get(TimelineColour.TEXT));
        for (TimelineRow row : TimelineRow.values()) {
            g.fillText(row.label(), 10, l.rowTop(row) + Math.min(row.height(), l.rowHeight(row)) / 2);
        }
    }

    private static void clipToTracks(GraphicsContext g, TimelineLayout l, double top, double bottom) {
        g.save();
        g.beginPath();
        g.rect(l.trackLeft(), top, l.trackWidth(), bottom - top);
        g.closePath();
        g.clip();
    }

    /** The whole session in miniature: idle shade, activity and the focus band. */
    private void paintOverview(GraphicsContext g, Scene s, Palette p) {
        TimelineLayout l = s.layout();
        TimelineFrame o = s.overview();
        if (o == null) {
            return;
        }
        double top = l.overviewTop();
        double bottom = l.overviewBottom();
        paintIdle(g, l, o, top, bottom, p);
        double band = 6;
        double barBottom = bottom - band - 1;
        double barHeight = barBottom - top - 2;
        g.setFill(p.get(TimelineColour.POINTER));
        drawLevels(g, l, o, ActivityTrack.POINTER, barBottom, barHeight * 0.75);
        g.setFill(p.get(TimelineColour.KEYS));
        drawLevels(g, l, o, ActivityTrack.KEYS, barBottom, barHeight);
        paintFocus(g, l, bottom - band, band, o.focus(), s.source(), p, false);
    }

    private static void drawLevels(GraphicsContext g, TimelineLayout l, TimelineFrame f, ActivityTrack track,
                                   double bottom, double height) {
        for (int px = 0; px < f.width(); px++) {
            double level = f.level(track, px);
            if (level > 0) {
                double h = Math.max(1, level * height);
                g.fillRect(l.trackLeft() + px, bottom - h, 1, h);
            }
        }
    }

    private static void paintIdle(GraphicsContext g, TimelineLayout l, TimelineFrame f, double top, double bottom,
                                  Palette p) {
        g.setFill(p.get(TimelineColour.IDLE));
        for (PixelSpan span : f.idle()) {
            g.fillRect(l.trackLeft() + span.x0(), top, Math.max(1, span.width()), bottom - top);
        }
        g.setFill(p.get(TimelineColour.PAUSE));
        for (PixelSpan span : f.pauses()) {
            g.fillRect(l.trackLeft() + span.x0(), top, Math.max(1, span.width()), bottom - top);
        }
    }

    private static void paintGrid(GraphicsContext g, TimelineLayout l, TimelineFrame f, Palette p) {
        g.setStroke(p.get(TimelineColour.GRID));
        g.setLineWidth(1);
        for (Tick tick : f.ticks()) {
            if (tick.isMajor()) {
                double x = crisp(l.trackLeft() + tick.x());
                g.strokeLine(x, l.tracksTop(), x, l.tracksBottom());
            }
        }
    }

    private static void paintRuler(GraphicsContext g, TimelineLayout l, TimelineFrame f, Palette p) {
        double bottom = l.rulerBottom();
        g.setStroke(p.get(TimelineColour.GRID));
        g.setLineWidth(1);
        g.strokeLine(l.trackLeft(), crisp(bottom) - 1, l.trackRight(), crisp(bottom) - 1);
        g.setStroke(p.get(TimelineColour.MUTED));
        g.setFill(p.get(TimelineColour.TEXT));
        g.setFont(SMALL_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (Tick tick : f.ticks()) {
            double x = crisp(l.trackLeft() + tick.x());
            if (tick.isMajor()) {
                g.strokeLine(x, l.rulerTop() + 3, x, bottom - 1);
                g.fillText(tick.label(), x + 4, l.rulerTop() + 10);
            } else {
                g.strokeLine(x, bottom - 6, x, bottom - 1);
            }
        }
    }

    private static void paintBars(GraphicsContext g, TimelineLayout l, TimelineRow row, TimelineFrame f, Color colour) {
        double bottom = l.rowBottom(row) - BAR_PAD + 1;
        double height = row.height() - 2 * BAR_PAD;
        g.setFill(colour);
        drawLevels(g, l, f, row.bars(), bottom, height);
    }

    private void paintFocus(GraphicsContext g, TimelineLayout l, double top, double height,
                            List<FocusSegment> segments, TimelineSource source, Palette p, boolean labelled) {
        g.setFont(SMALL_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (FocusSegment segment : segments) {
            PixelSpan px = segment.pixels();
            int rank = source == null ? -1 : source.appRank(segment.focus().appId());
            boolean context = source != null && source.isContext(segment.focus());
            g.setFill(p.get(TimelineColour.forApp(rank)));
            // a context tracker's window (ActivityWatch) is paler and stops short of the top edge,
            // so it never reads as a focus event the session recorded
            g.setGlobalAlpha(context ? CONTEXT_ALPHA : 1);
            double inset = context ? Math.min(3, height / 4) : 0;
            g.fillRect(l.trackLeft() + px.x0(), top + inset, Math.max(1, px.width()), height - inset);
            g.setGlobalAlpha(1);
            if (px.x0() > 0 && px.width() >= 4) {
                // a hairline where the focus changes, so two windows of one app stay apart
                g.setFill(p.get(TimelineColour.BACKGROUND));
                g.fillRect(l.trackLeft() + Math.floor(px.x0()), top, 1, height);
            }
            String app = segment.focus().app();
            if (labelled && app != null && px.width() > textWidth(app) + 10) {
                g.setFill(p.get(TimelineColour.SEGMENT_TEXT));
                g.fillText(app, l.trackLeft() + px.x0() + 5, top + height / 2);
            }
        }
    }

    private void paintSpans(GraphicsContext g, TimelineLayout l, Scene s, TimelineRow row, List<TimelineSpan> spans,
                            Color colour, String emptyHint, Palette p) {
        double rowTop = l.rowTop(row) + 2;
        double height = row.height() - 4;
        g.setFont(SMALL_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        if (spans.isEmpty()) {
            g.setFill(p.get(TimelineColour.MUTED));
            g.setGlobalAlpha(0.7);
            g.fillText(emptyHint, l.trackLeft() + 8, rowTop + height / 2);
            g.setGlobalAlpha(1);
            return;
        }
        double from = s.frame().scale().fromMs();
        double to = s.frame().scale().toMs();
        for (TimelineSpan span : spans) {
            if (span.endMs() < from || span.startMs() > to) {
                continue;
            }
            double x0 = Math.max(-2, (span.startMs() - from) / s.msPerPixel());
            double x1 = Math.min(l.trackWidth() + 2, (span.endMs() - from) / s.msPerPixel());
            double width = Math.max(2, x1 - x0);
            double top = row == TimelineRow.TASKS ? l.taskLaneTop(span.lane()) + 2 : rowTop;
            Color fill = spanColour(span, colour);
            g.setFill(fill);
            g.setGlobalAlpha(0.35);
            g.fillRoundRect(l.trackLeft() + x0, top, width, height, 6, 6);
            g.setGlobalAlpha(1);
            g.setStroke(fill);
            g.strokeRoundRect(l.trackLeft() + x0 + 0.5, top + 0.5, width - 1, height - 1, 6, 6);
            String shown = SpanText.fitted(span.label(), Math.min(width, l.trackWidth() - x0) - 10, this::textWidth);
            if (!shown.isEmpty()) {
                g.setFill(p.get(TimelineColour.TEXT));
                g.fillText(shown, l.trackLeft() + x0 + 5, top + height / 2);
            }
        }
    }

    /** A span's own colour (a task's label colour) when it has a valid one, else the track's. */
    static Color spanColour(TimelineSpan span, Color fallback) {
        if (span.colour() == null) {
            return fallback;
        }
        try {
            return Color.web(span.colour());
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    /** Labels are few (apps, tasks), so measured widths are kept. */
    private double textWidth(String s) {
        if (textWidths.size() > 2000) {
            textWidths.clear();
        }
        return textWidths.computeIfAbsent(s, key -> {
            Text text = new Text(key);
            text.setFont(SMALL_FONT);
            return text.getLayoutBounds().getWidth();
        });
    }

    /** Centre of a pixel, so that one-pixel lines stay sharp. */
    static double crisp(double x) {
        return Math.floor(x) + 0.5;
    }
}
