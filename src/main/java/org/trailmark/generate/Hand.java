package org.trailmark.generate;

import org.trailmark.model.EventKind;
import org.trailmark.model.PointerButton;

/**
 * The pointer, sampled at 125 Hz (every 8 ms) while it moves. A movement follows the
 * minimum-jerk profile (smooth acceleration and deceleration) along a slightly curved path,
 * with sensor jitter; its duration follows Fitts' law. Long movements often overshoot or stop
 * short and end with a small corrective movement, as aimed human movements do.
 */
final class Hand {
    static final int SAMPLE_MS = 8;

    private final Timeline timeline;
    private final Rng rng;
    private final Persona persona;
    private final int minX;
    private final int minY;
    private final int maxX;
    private final int maxY;
    private int x;
    private int y;

    Hand(Timeline timeline, Rng rng, Persona persona, int minX, int minY, int maxX, int maxY) {
        this.timeline = timeline;
        this.rng = rng;
        this.persona = persona;
        this.minX = minX;
        this.minY = minY;
        this.maxX = maxX;
        this.maxY = maxY;
        this.x = (minX + maxX) / 2;
        this.y = (minY + maxY) / 2;
    }

    int x() {
        return x;
    }

    int y() {
        return y;
    }

    /** Writes the pointer's current position, as capture tools do when they start. */
    void report() {
        timeline.emit(EventKind.POINTER_MOVE, x, y, 0, 0);
    }

    /** An aimed movement to a target of about {@code width} pixels. */
    void moveTo(int tx, int ty, int width) {
        moveTo(tx, ty, width, Integer.MAX_VALUE);
    }

    /** Like {@link #moveTo(int, int, int)} but writes at most {@code budget} events; returns how many it wrote. */
    int moveTo(int tx, int ty, int width, int budget) {
        timeline.releaseAll();
        tx = clampX(tx);
        ty = clampY(ty);
        double distance = StrictMath.hypot(tx - x, ty - y);
        if (distance < 2) {
            return 0;
        }
        int written = 0;
        double ux = (tx - x) / distance;
        double uy = (ty - y) / distance;
        if (distance > 180 && rng.chance(persona.overshootRate())) {
            // Primary submovement misses (mostly past the target), a short correction follows.
            double miss = distance * (rng.chance(0.7) ? rng.uniform(0.03, 0.09) : -rng.uniform(0.03, 0.08));
            int px = clampX((int) Math.round(tx + ux * miss + rng.triangular(6)));
            int py = clampY((int) Math.round(ty + uy * miss + rng.triangular(6)));
            written += glide(px, py, fittsMs(distance, width), rng.uniform(-0.12, 0.12), budget);
            if (written < budget) {
                timeline.waitMs(rng.between(30, 110));
                double rest = StrictMath.hypot(tx - x, ty - y);
                written += glide(tx, ty, fittsMs(rest, width) * 0.8, rng.uniform(-0.05, 0.05), budget - written);
            }
        } else {
            written += glide(tx, ty, fittsMs(distance, width), rng.uniform(-0.12, 0.12), budget);
        }
        return written;
    }

    void moveTo(Target target) {
        moveTo(target.aimX(rng), target.aimY(rng), target.width());
    }

    /** Presses and releases a button where the pointer is, after the short settle that aiming needs. */
    void click(PointerButton button) {
        timeline.waitMs(rng.between(60, 260));
        press(button);
    }

    void doubleClick() {
        timeline.waitMs(rng.between(60, 220));
        press(PointerButton.LEFT);
        timeline.waitMs(rng.between(70, 150));
        press(PointerButton.LEFT);
    }

    /** Press, move with the button held (slower, no overshoot), pause, release. */
    void dragTo(int tx, int ty) {
        timeline.waitMs(rng.between(80, 240));
        timeline.emit(EventKind.BUTTON_DOWN, x, y, PointerButton.LEFT.ordinal(), 0);
        timeline.waitMs(rng.between(120, 260));
        double distance = StrictMath.hypot(tx - x, ty - y);
        glide(clampX(tx), clampY(ty), fittsMs(distance, 40) * 1.4, rng.uniform(-0.06, 0.06), Integer.MAX_VALUE);
        timeline.waitMs(rng.between(90, 220));
        timeline.emit(EventKind.BUTTON_UP, x, y, PointerButton.LEFT.ordinal(), 0);
    }

    /**
     * Scrolls about {@code notches} wheel notches in bursts, as a finger flicks the wheel;
     * positive {@code direction} scrolls down (W3C WheelEvent.deltaY).
     */
    void scroll(int notches, int direction) {
        timeline.releaseAll();
        timeline.waitMs(rng.between(80, 300));
        int left = notches;
        while (left > 0) {
            int burst = Math.min(left, rng.between(2, 6));
            for (int i = 0; i < burst; i++) {
                timeline.emit(EventKind.WHEEL, x, y, 0, direction);
                timeline.waitMs(rng.between(14, 45));
            }
            left -= burst;
            if (left > 0) {
                timeline.waitMs((int) rng.logNormal(380, 0.5));
            }
        }
    }

    /** The small drift of a hand resting on the mouse. */
    void fidget() {
        int dx = rng.between(-6, 6);
        int dy = rng.between(-4, 4);
        glide(clampX(x + dx), clampY(y + dy), rng.between(90, 200), 0, Integer.MAX_VALUE);
    }

    private void press(PointerButton button) {
        timeline.emit(EventKind.BUTTON_DOWN, x, y, button.ordinal(), 0);
        timeline.waitMs(rng.between(60, 120));
        timeline.emit(EventKind.BUTTON_UP, x, y, button.ordinal(), 0);
    }

    private double fittsMs(double distance, int width) {
        double bits = StrictMath.log(distance / Math.max(4, width) + 1) / StrictMath.log(2);
        double ms = (persona.fittsA() + persona.fittsB() * bits) * rng.uniform(0.85, 1.2);
        return Math.max(90, Math.min(1600, ms));
    }

    /**
     * One submovement from the current position to (tx, ty): minimum-jerk progress
     * s(τ) = 10τ³ − 15τ⁴ + 6τ⁵, a sideways bow of {@code curvature}·distance peaking mid-way,
     * and about a pixel of jitter. A sample equal to the last written position is not written.
     */
    private int glide(int tx, int ty, double durationMs, double curvature, int budget) {
        int fromX = x;
        int fromY = y;
        double dx = tx - fromX;
        double dy = ty - fromY;
        double bowX = -dy * curvature;
        double bowY = dx * curvature;
        int steps = Math.max(1, (int) Math.round(durationMs / SAMPLE_MS));
        int start = timeline.now();
        int written = 0;
        for (int k = 1; k <= steps && written < budget; k++) {
            double tau = (double) k / steps;
            double tau3 = tau * tau * tau;
            double s = tau3 * (10 - 15 * tau + 6 * tau * tau);
            double bow = 4 * s * (1 - s);
            int nx;
            int ny;
            if (k == steps) {
                nx = tx;
                ny = ty;
            } else {
                // Jitter grows with speed, so the pointer rests cleanly at both ends.
                double jitter = 0.4 + 1.2 * bow;
                nx = clampX((int) Math.round(fromX + dx * s + bowX * bow + rng.triangular(jitter)));
                ny = clampY((int) Math.round(fromY + dy * s + bowY * bow + rng.triangular(jitter)));
            }
            timeline.at(start + k * SAMPLE_MS);
            if (nx != x || ny != y) {
                timeline.emit(EventKind.POINTER_MOVE, nx, ny, 0, 0);
                x = nx;
                y = ny;
                written++;
            }
        }
        return written;
    }

    private int clampX(int v) {
        return Math.max(minX, Math.min(maxX, v));
    }

    private int clampY(int v) {
        return Math.max(minY, Math.min(maxY, v));
    }
}
