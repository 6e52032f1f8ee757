package org.trailmark.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.trailmark.model.ConsentReference;
import org.trailmark.model.FieldRole;
import org.trailmark.model.PointerButton;
import org.trailmark.model.Screen;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;

/**
 * R1-like logs for store tests and the store benchmark: pointer moves at 125 Hz gliding between
 * targets with ease-in/ease-out and a little jitter, a key press every few hundred milliseconds,
 * clicks, wheel notches and focus changes. Deterministic for a seed.
 */
public final class SyntheticSessions {
    private static final String[] APPS = {"Firefox", "Terminal", "Slack", "LibreOffice Writer"};
    private static final String KEYS = "abcdefghijklmnopqrstuvwxyz";

    private SyntheticSessions() {
    }

    public static SessionInfo info(String id, String subject) {
        return new SessionInfo(id, subject, "native", OffsetDateTime.of(2025, 3, 14, 9, 30, 0, 0, ZoneOffset.ofHours(1)),
                List.of(new Screen(0, 0, 0, 1920, 1080, 1.0)), "synthetic", "1",
                new ConsentReference("policy-1", "1", List.of("training"), null), null);
    }

    /** A log of exactly {@code events} events. */
    public static SessionLog r1Like(int events, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        SessionLogBuilder b = new SessionLogBuilder(events);
        int t = 0;
        double x = 960;
        double y = 540;
        double fromX = x;
        double fromY = y;
        double toX = x;
        double toY = y;
        int stepsInGlide = 1;
        int step = 1;
        int nextKey = 300;
        int nextFocus = 0;
        int nextClick = 5_000;
        while (b.size() < events) {
            if (t >= nextFocus && b.size() < events) {
                String app = APPS[random.nextInt(APPS.length)];
                b.focus(t, app, app + " window " + random.nextInt(20));
                if (b.size() < events) {
                    b.field(t, random.nextInt(10) == 0 ? FieldRole.PASSWORD : FieldRole.TEXT, "field");
                }
                nextFocus = t + 60_000 + random.nextInt(120_000);
                continue;
            }
            if (t >= nextKey && b.size() + 1 < events) {
                char ch = KEYS.charAt(random.nextInt(KEYS.length()));
                String code = "Key" + Character.toUpperCase(ch);
                b.key(t, true, code, String.valueOf(ch));
                b.key(t + 1 + random.nextInt(60), false, code, null);
                t = b.lastTime();
                nextKey = t + 200 + random.nextInt(500);
                continue;
            }
            if (t >= nextClick && b.size() + 1 < events) {
                if (random.nextInt(4) == 0) {
                    b.wheel(t, (int) x, (int) y, 0, random.nextBoolean() ? 1 : -1);
                } else {
                    b.button(t, true, PointerButton.LEFT, (int) x, (int) y);
                    b.button(t + 80 + random.nextInt(60), false, PointerButton.LEFT, (int) x, (int) y);
                    t = b.lastTime();
                }
                nextClick = t + 2_000 + random.nextInt(12_000);
                continue;
            }
            if (step >= stepsInGlide) {
                fromX = x;
                fromY = y;
                toX = random.nextInt(1920);
                toY = random.nextInt(1080);
                stepsInGlide = 40 + random.nextInt(160);
                step = 0;
            }
            step++;
            double p = (double) step / stepsInGlide;
            double ease = p * p * (3 - 2 * p);
            x = fromX + (toX - fromX) * ease + random.nextInt(3) - 1;
            y = fromY + (toY - fromY) * ease + random.nextInt(3) - 1;
            t += 8;
            b.pointerMove(t, (int) Math.round(x), (int) Math.round(y));
        }
        return b.build();
    }
}
