import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.FlatteningPathIterator;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws the Trailmark application icon: a pointer at the end of a fading trail of dots, with a
 * review marker (flag) where the trail starts, on the studio's accent blue.
 *
 * <p>Kept as a script rather than a binary-only asset so the icon can be changed and re-rendered:
 * {@code java packaging/DrawIcon.java packaging/trailmark.png [size]} (headless; JDK only).
 */
public final class DrawIcon {
    // Colours from styles/light.css (-tm-accent) and a darker shade of it, plus a warm marker colour.
    private static final Color ACCENT = new Color(0x2a62d4);
    private static final Color ACCENT_DEEP = new Color(0x173a86);
    private static final Color MARKER = new Color(0xf5a524);
    private static final Color INK = new Color(0x0f1420);

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java DrawIcon.java OUT.png [size]");
            System.exit(2);
        }
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        // Draw on a 256-unit canvas whatever the output size, so the proportions stay put.
        g.scale(size / 256.0, size / 256.0);
        drawBackground(g);
        drawTimeline(g);
        drawTrail(g);
        drawMarker(g, 62, 156);
        drawPointer(g, 170, 62);
        g.dispose();
        File out = new File(args[0]);
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer available");
        }
    }

    private static void drawBackground(Graphics2D g) {
        RoundRectangle2D tile = new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56);
        g.setPaint(new GradientPaint(8, 8, ACCENT, 248, 248, ACCENT_DEEP));
        g.fill(tile);
        g.setColor(new Color(255, 255, 255, 40));
        g.setStroke(new BasicStroke(2f));
        g.draw(new RoundRectangle2D.Double(9, 9, 238, 238, 54, 54));
    }

    /** A strip of ticks along the bottom: the studio's timeline. */
    private static void drawTimeline(Graphics2D g) {
        g.setColor(new Color(255, 255, 255, 60));
        g.fill(new RoundRectangle2D.Double(40, 196, 176, 14, 14, 14));
        g.setColor(new Color(255, 255, 255, 150));
        g.fill(new RoundRectangle2D.Double(40, 196, 112, 14, 14, 14));
        g.setColor(MARKER);
        g.fill(new RoundRectangle2D.Double(148, 188, 8, 30, 6, 6));
    }

    /** Dots along a curve, growing and brightening towards the pointer, like a fading pointer trail. */
    private static void drawTrail(Graphics2D g) {
        CubicCurve2D curve = new CubicCurve2D.Double(72, 154, 104, 110, 140, 172, 166, 76);
        List<Point2D> points = evenlySpaced(curve, 15);
        for (int i = 0; i < points.size(); i++) {
            double t = i / (double) (points.size() - 1);
            double radius = 3.0 + 4.0 * t;
            int alpha = (int) Math.round(70 + 185 * t);
            Point2D p = points.get(i);
            g.setColor(new Color(255, 255, 255, alpha));
            g.fill(new Ellipse2D.Double(p.getX() - radius, p.getY() - radius, 2 * radius, 2 * radius));
        }
    }

    private static List<Point2D> evenlySpaced(CubicCurve2D curve, double spacing) {
        List<Point2D> flat = new ArrayList<>();
        double[] c = new double[6];
        for (FlatteningPathIterator it = new FlatteningPathIterator(curve.getPathIterator(null), 0.25);
                !it.isDone(); it.next()) {
            it.currentSegment(c);
            flat.add(new Point2D.Double(c[0], c[1]));
        }
        List<Point2D> result = new ArrayList<>();
        result.add(flat.get(0));
        double carried = 0;
        for (int i = 1; i < flat.size(); i++) {
            Point2D a = flat.get(i - 1);
            Point2D b = flat.get(i);
            double length = a.distance(b);
            double along = spacing - carried;
            while (along <= length) {
                double f = along / length;
                result.add(new Point2D.Double(a.getX() + f * (b.getX() - a.getX()), a.getY() + f * (b.getY() - a.getY())));
                along += spacing;
            }
            carried = length - (along - spacing);
        }
        return result;
    }

    /** A small flag: the review mark where a span starts. */
    private static void drawMarker(Graphics2D g, double x, double y) {
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new java.awt.geom.Line2D.Double(x, y + 10, x, y - 56));
        Path2D flag = new Path2D.Double();
        flag.moveTo(x + 2, y - 58);
        flag.lineTo(x + 44, y - 45);
        flag.lineTo(x + 2, y - 30);
        flag.closePath();
        g.setColor(MARKER);
        g.fill(flag);
    }

    /** The classic arrow pointer, its tip at (x, y). */
    private static void drawPointer(Graphics2D g, double x, double y) {
        Path2D arrow = new Path2D.Double();
        arrow.moveTo(0, 0);
        arrow.lineTo(0, 62);
        arrow.lineTo(15, 48);
        arrow.lineTo(26, 72);
        arrow.lineTo(37, 67);
        arrow.lineTo(26, 43);
        arrow.lineTo(45, 42);
        arrow.closePath();
        Graphics2D p = (Graphics2D) g.create();
        p.translate(x, y);
        p.rotate(Math.toRadians(-8));
        p.setColor(new Color(0, 0, 0, 70));
        p.translate(3, 4);
        p.fill(arrow);
        p.translate(-3, -4);
        p.setColor(Color.WHITE);
        p.fill(arrow);
        p.setColor(INK);
        p.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        p.draw(arrow);
        p.dispose();
    }
}
