package org.trailmark.generate;

import java.util.ArrayList;
import java.util.List;
import org.trailmark.model.EventKind;
import org.trailmark.model.FieldRole;
import org.trailmark.model.PointerButton;
import org.trailmark.model.Screen;

/**
 * One person at a desktop, as the scenarios script them: they switch windows, click into
 * fields, type, use shortcuts, scroll, drag and pause. Everything lands on one {@link Timeline};
 * what they type that is sensitive is remembered as {@link PlantedSecret}s.
 */
final class Actor {
    private final Timeline timeline;
    private final Rng rng;
    private final Hand hand;
    private final Typist keys;
    private final List<PlantedSecret> planted = new ArrayList<>();
    private FieldRole fieldRole = FieldRole.NONE;

    Actor(EventColumns out, Rng rng, Persona persona, List<Screen> screens) {
        this.timeline = new Timeline(out);
        this.rng = rng;
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = Integer.MIN_VALUE;
        int maxY = Integer.MIN_VALUE;
        for (Screen s : screens) {
            minX = Math.min(minX, s.x());
            minY = Math.min(minY, s.y());
            maxX = Math.max(maxX, s.x() + s.width() - 1);
            maxY = Math.max(maxY, s.y() + s.height() - 1);
        }
        this.hand = new Hand(timeline, rng, persona, minX, minY, maxX, maxY);
        this.keys = new Typist(timeline, rng, persona);
    }

    Rng rng() {
        return rng;
    }

    Hand hand() {
        return hand;
    }

    Timeline timeline() {
        return timeline;
    }

    List<PlantedSecret> planted() {
        return planted;
    }

    /** A window of {@code app} comes to the front. */
    void focus(String app, String title) {
        timeline.releaseAll();
        timeline.emit(EventKind.FOCUS, 0, 0, timeline.intern(app), timeline.intern(title));
    }

    /** The keyboard focus moves into an input field (or out of every field with {@link FieldRole#NONE}). */
    void field(FieldRole role, String label) {
        timeline.releaseAll();
        timeline.waitMs(rng.between(4, 30));
        timeline.emit(EventKind.FIELD, 0, 0, role.ordinal(), timeline.intern(label));
        fieldRole = role;
    }

    /** Focus leaves the field, e.g. after clicking a button; written only when a field had focus. */
    void leaveField() {
        if (fieldRole != FieldRole.NONE) {
            field(FieldRole.NONE, null);
        }
    }

    /**
     * Goes to a target the way people look for one: now and then via a spot near it first,
     * a short look, then the aimed movement.
     */
    void approach(Target target) {
        if (rng.chance(0.3)) {
            int nearX = target.aimX(rng) + rng.between(-260, 260);
            int nearY = target.aimY(rng) + rng.between(-160, 160);
            hand.moveTo(nearX, nearY, 120);
            timeline.waitMs((int) rng.logNormal(320, 0.5));
        }
        hand.moveTo(target);
    }

    void click(Target target) {
        approach(target);
        hand.click(PointerButton.LEFT);
    }

    /**
     * Reads what is in {@code area} for a while with the hand on the mouse: the pointer
     * follows the eyes to places in the area, rests, the page is scrolled a little.
     */
    void browse(Target area, int minMs, int maxMs) {
        timeline.releaseAll();
        int end = timeline.now() + rng.between(minMs, maxMs);
        while (timeline.now() < end) {
            double roll = rng.nextDouble();
            if (roll < 0.6) {
                hand.moveTo(area.x() + rng.nextInt(area.width()), area.y() + rng.nextInt(area.height()), 80);
            } else if (roll < 0.8) {
                hand.scroll(rng.between(1, 4), rng.chance(0.75) ? 1 : -1);
            } else {
                hand.fidget();
            }
            timeline.waitMs((int) Math.min(6000, rng.logNormal(700, 0.7)));
        }
    }

    void rightClick(Target target) {
        approach(target);
        hand.click(PointerButton.RIGHT);
    }

    void doubleClick(Target target) {
        approach(target);
        hand.doubleClick();
    }

    /** Clicks a button or link: keyboard focus leaves any field. */
    void clickButton(Target target) {
        click(target);
        leaveField();
    }

    /** Clicks into an input field, which takes keyboard focus. */
    void clickInto(Target target, FieldRole role, String label) {
        click(target);
        field(role, label);
    }

    void drag(Target from, Target to) {
        hand.moveTo(from);
        hand.dragTo(to.aimX(rng), to.aimY(rng));
    }

    void scroll(int notches, int direction) {
        hand.scroll(notches, direction);
    }

    void type(String text) {
        keys.type(text, 1.0);
    }

    /** Types without typos: text a person types carefully or that must stay exact (commands they will run). */
    void typeCarefully(String text) {
        keys.type(text, 0.0);
    }

    /** Types sensitive text and records where; {@code typoScale} 0 types it cleanly. */
    void typeSecret(SecretKind kind, String value, double typoScale) {
        Typist.Span span = keys.type(value, typoScale);
        planted.add(new PlantedSecret(kind, value, span.startMs(), span.endMs()));
    }

    void press(String code) {
        keys.press(code);
    }

    void repeat(String code, int times) {
        keys.repeat(code, times);
    }

    void ctrl(String key) {
        keys.chord(key, "ControlLeft");
    }

    void ctrlShift(String key) {
        keys.chord(key, "ControlLeft", "ShiftLeft");
    }

    /** Alt+Tab to another application's window. */
    void altTab(String app, String title) {
        keys.chord("Tab", "AltLeft");
        timeline.waitMs(rng.between(30, 90));
        focus(app, title);
    }

    /** A short pause: reading, deciding, looking for the next target. */
    void think(int minMs, int maxMs) {
        timeline.releaseAll();
        timeline.waitMs(rng.between(minMs, maxMs));
    }

    /** A long pause with the hand left on the mouse, which drifts now and then. */
    void idle(int minMs, int maxMs) {
        timeline.releaseAll();
        int end = timeline.now() + rng.between(minMs, maxMs);
        while (timeline.now() < end - 4000) {
            timeline.waitMs(rng.between(2500, 12000));
            if (timeline.now() < end && rng.chance(0.3)) {
                hand.fidget();
            }
        }
        if (timeline.now() < end) {
            timeline.at(end);
        }
    }

    /** The person pauses the capture (a private call, a break) and resumes it later. */
    void pauseCapture(int minMs, int maxMs) {
        timeline.releaseAll();
        timeline.emit(EventKind.PAUSE, 0, 0, 0, 0);
        timeline.waitMs(rng.between(minMs, maxMs));
        timeline.emit(EventKind.RESUME, 0, 0, 0, 0);
    }

    /** A marker the person set with the capture tool's hotkey. */
    void marker(String label) {
        timeline.releaseAll();
        timeline.emit(EventKind.MARKER, 0, 0, timeline.intern(label), 0);
    }

    /** Ends the session: every held key is released. */
    void finish() {
        timeline.releaseAll();
    }
}
