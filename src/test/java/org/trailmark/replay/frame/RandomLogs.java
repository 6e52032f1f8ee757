package org.trailmark.replay.frame;

import java.util.Random;
import org.trailmark.model.PointerButton;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;

/**
 * Random sessions with every kind the timeline draws: bursts of moves, keys, clicks, wheel,
 * focus changes (some at the same millisecond), capture pauses and long idle gaps.
 */
final class RandomLogs {
    private RandomLogs() {
    }

    static SessionLog log(long seed, int events) {
        Random r = new Random(seed);
        SessionLogBuilder b = new SessionLogBuilder(Math.max(1, events));
        int t = r.nextInt(30);
        for (int i = 0; i < events; i++) {
            int gap = r.nextInt(12);
            t += gap < 3 ? 0 : gap == 11 ? 4000 + r.nextInt(9000) : r.nextInt(40);
            int pick = r.nextInt(100);
            if (pick < 45) {
                b.pointerMove(t, r.nextInt(1920), r.nextInt(1080));
            } else if (pick < 55) {
                b.button(t, r.nextBoolean(), PointerButton.values()[r.nextInt(3)], r.nextInt(1920), r.nextInt(1080));
            } else if (pick < 62) {
                b.wheel(t, 5, 5, 0, r.nextInt(5) - 2);
            } else if (pick < 85) {
                b.key(t, r.nextBoolean(), "KeyA", null);
            } else if (pick < 93) {
                int app = r.nextInt(4);
                b.focus(t, app == 3 ? null : "app" + app, "window" + r.nextInt(3));
            } else if (pick < 96) {
                b.pause(t);
            } else {
                b.resume(t);
            }
        }
        return b.build();
    }
}
