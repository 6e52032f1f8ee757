package org.trailmark.generate;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.trailmark.model.FieldRole;
import org.trailmark.model.PointerButton;
import org.trailmark.model.SessionInfo;

/**
 * A long working session of an exact number of events for benchmarks: mostly aimed pointer
 * movements at 125 Hz, with clicks, scrolls, drags, window switches, shortcuts and typing
 * kept to about 2 % of the events, as in a real workday. It ends with pointer movement that
 * fills the count exactly, so no key or button is left held.
 */
final class LargeSession {
    /** The most events one activity can write (a long movement with its correction, a typed phrase). */
    private static final int ACTIVITY_RESERVE = 500;
    static final int MAX_EVENTS = 50_000_000;

    private static final String[][] WINDOWS = {
        {"Firefox", "Inbox — Example Mail — Mozilla Firefox", "email"},
        {"Terminal", "dev@workstation: ~/projects", "terminal"},
        {"LibreOffice Calc", "forecast.ods — LibreOffice Calc", "text"},
        {"Thunderbird", "Inbox - Thunderbird", "none"},
        {"Slack", "#general — Slack", "multiline"},
        {"Files", "Documents — Files", "search"},
    };
    private static final String[] PHRASES = {
        "sounds good, thanks", "git status", "see the attached numbers", "meeting moved to 3pm",
        "=SUM(B2:B40)", "ls -la", "Let me check and get back to you.", "quarterly report",
        "npm run build", "Thanks for the update!", "draft v2", "cd ~/projects/site", "OK",
        "Looks fine to me.", "weekly sync notes",
    };
    private static final String[] SHORTCUT_KEYS = {"KeyC", "KeyV", "KeyS", "KeyZ", "KeyF", "Tab"};

    private LargeSession() {
    }

    static GeneratedSession generate(long seed, int events) {
        if (events < 1 || events > MAX_EVENTS) {
            throw new IllegalArgumentException("a large session has 1 to " + MAX_EVENTS + " events");
        }
        Rng rng = Rng.forPart(seed, "large");
        EventColumns out = EventColumns.exactly(events);
        Actor a = new Actor(out, rng, Persona.BENCH, Scenario.FULL_HD);
        Timeline timeline = a.timeline();
        long keyBudget = events / 50;
        int window = 0;

        if (timeline.remaining() > ACTIVITY_RESERVE) {
            a.focus(WINDOWS[window][0], WINDOWS[window][1]);
        }
        a.hand().report();
        while (timeline.remaining() > ACTIVITY_RESERVE) {
            double roll = rng.nextDouble();
            if (roll < 0.62) {
                a.hand().moveTo(rng.between(20, 1900), rng.between(20, 1060), rng.between(16, 200));
                if (rng.chance(0.22)) {
                    a.hand().click(PointerButton.LEFT);
                }
            } else if (roll < 0.72) {
                int before = out.size();
                int chars = (int) Math.min(60, keyBudget / 5);
                if (chars >= 2) {
                    String phrase = rng.pick(PHRASES);
                    a.type(phrase.length() <= chars ? phrase : phrase.substring(0, chars));
                    timeline.releaseAll();
                    keyBudget -= out.size() - before;
                }
            } else if (roll < 0.75) {
                a.scroll(rng.between(2, 6), rng.chance(0.7) ? 1 : -1);
            } else if (roll < 0.76) {
                window = (window + 1 + rng.nextInt(WINDOWS.length - 1)) % WINDOWS.length;
                a.focus(WINDOWS[window][0], WINDOWS[window][1]);
                a.field(FieldRole.ofWireName(WINDOWS[window][2]).orElse(FieldRole.OTHER), null);
            } else if (roll < 0.77) {
                a.hand().dragTo(rng.between(20, 1900), rng.between(20, 1060));
            } else if (roll < 0.79 && keyBudget >= 4) {
                int before = out.size();
                a.ctrl(rng.pick(SHORTCUT_KEYS));
                keyBudget -= out.size() - before;
            } else if (roll < 0.995) {
                a.think(200, 4000);
            } else {
                a.think(60_000, 300_000);
            }
        }
        a.finish();
        while (timeline.remaining() > 0) {
            a.hand().moveTo(rng.between(20, 1900), rng.between(20, 1060), 80, timeline.remaining());
            timeline.waitMs(rng.between(100, 1500));
        }
        SessionInfo info = new SessionInfo("large-" + events + "-" + Long.toUnsignedString(seed),
                Persona.BENCH.subject(), "native",
                OffsetDateTime.of(2026, 3, 9, 8, 0, 0, 0, ZoneOffset.ofHours(1)), Scenario.FULL_HD,
                SessionGenerator.CAPTURE_TOOL, SessionGenerator.VERSION, Scenario.CAPTURE_AND_TRAINING, null);
        return new GeneratedSession(info, out.toLog(), List.of());
    }
}
