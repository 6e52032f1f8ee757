package org.trailmark.replay.bench;

import java.util.Random;
import org.trailmark.model.FieldRole;
import org.trailmark.model.PointerButton;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;

/**
 * A workday-shaped log of any size for measuring the replay engine: pointer strokes at 125 Hz
 * (about 98 % of events), typing bursts with typos and shortcuts into several windows and fields
 * (about 2 %), clicks, scroll bursts, window switches and idle stretches.
 */
public final class SyntheticWorkday {
    private static final String[] APPS = {"Mail", "Browser", "Editor", "Terminal", "Chat", "Sheets"};
    private static final FieldRole[] ROLES = {
        FieldRole.MULTILINE, FieldRole.TEXT, FieldRole.MULTILINE, FieldRole.TERMINAL, FieldRole.TEXT, FieldRole.NONE};
    private static final String WORDS = "the quick brown fox jumps over a lazy dog while reviewers replay sessions";

    private SyntheticWorkday() {
    }

    public static SessionLog log(int events, long seed) {
        Random r = new Random(seed);
        SessionLogBuilder b = new SessionLogBuilder(events + 64);
        int t = 0;
        int x = 800;
        int y = 500;
        while (b.size() < events) {
            int app = r.nextInt(APPS.length);
            b.focus(t, APPS[app], APPS[app] + " window " + r.nextInt(4));
            t += 15;
            FieldRole role = r.nextInt(12) == 0 ? FieldRole.PASSWORD : ROLES[app];
            b.field(t, role, "field" + r.nextInt(3));
            int actions = 5 + r.nextInt(20);
            for (int k = 0; k < actions && b.size() < events; k++) {
                int pick = r.nextInt(100);
                // pointer stroke towards a target: 125 Hz moves
                int tx = r.nextInt(1920);
                int ty = r.nextInt(1080);
                int steps = 80 + r.nextInt(320);
                for (int s = 1; s <= steps && b.size() < events; s++) {
                    t += 8;
                    b.pointerMove(t, x + (tx - x) * s / steps, y + (ty - y) * s / steps);
                }
                x = tx;
                y = ty;
                if (pick < 40) {
                    t += 60;
                    b.button(t, true, PointerButton.LEFT, x, y);
                    t += 90;
                    b.button(t, false, PointerButton.LEFT, x, y);
                } else if (pick < 55) {
                    for (int w = 0; w < 6; w++) {
                        t += 40;
                        b.wheel(t, x, y, 0, -1);
                    }
                } else if (pick < 62) {
                    t += 200;
                    b.key(t, true, "ControlLeft", null);
                    t += 60;
                    b.key(t, true, r.nextBoolean() ? "KeyC" : "KeyV", null);
                    t += 80;
                    b.key(t, false, "KeyC", null);
                    b.key(t, false, "KeyV", null);
                    t += 40;
                    b.key(t, false, "ControlLeft", null);
                } else if (pick < 64) {
                    t += 5000 + r.nextInt(60_000);
                } else {
                    int start = r.nextInt(WORDS.length() - 12);
                    String text = WORDS.substring(start, start + 4 + r.nextInt(8));
                    for (int c = 0; c < text.length() && b.size() < events; c++) {
                        t += 60 + r.nextInt(140);
                        char ch = text.charAt(c);
                        String code = ch == ' ' ? "Space" : "Key" + Character.toUpperCase(ch);
                        b.key(t, true, code, String.valueOf(ch));
                        t += 70;
                        b.key(t, false, code, null);
                        if (r.nextInt(25) == 0) {
                            t += 250;
                            b.key(t, true, "Backspace", null);
                            t += 60;
                            b.key(t, false, "Backspace", null);
                        }
                    }
                    if (r.nextInt(4) == 0) {
                        t += 150;
                        b.key(t, true, "Enter", null);
                        t += 70;
                        b.key(t, false, "Enter", null);
                    }
                    t += 70;
                }
            }
        }
        return b.build();
    }
}
