package org.trailmark.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trailmark.model.EventKind;
import org.trailmark.model.SessionLog;

/**
 * Per-key press and release timings of a redacted session, in the manner of keystroke-dynamics
 * datasets. A key whose press or release touches a masked span gives no row at all, and the flight
 * time across a masked span is left empty, so nothing tells how a masked value was typed.
 */
final class KeystrokeTable {
    static final String HEADER = "subject\tsession\tkey_code\tpress_ms\trelease_ms\thold_ms\tflight_ms\n";

    private record Stroke(String code, int pressMs, int releaseMs) {
    }

    private KeystrokeTable() {
    }

    /** Appends the rows of one session and returns how many were written. */
    static int append(String subject, String session, RedactedSession redacted, StringBuilder out) {
        List<Stroke> strokes = strokes(redacted);
        int previousPress = -1;
        for (Stroke s : strokes) {
            out.append(subject).append('\t').append(session).append('\t').append(clean(s.code())).append('\t')
                    .append(s.pressMs()).append('\t').append(s.releaseMs()).append('\t')
                    .append(s.releaseMs() - s.pressMs()).append('\t');
            if (previousPress >= 0 && !redacted.overlapsMasked(previousPress, s.pressMs())) {
                out.append(s.pressMs() - previousPress);
            }
            out.append('\n');
            previousPress = s.pressMs();
        }
        return strokes.size();
    }

    private static List<Stroke> strokes(RedactedSession redacted) {
        SessionLog log = redacted.log();
        // Auto-repeat sends several presses before one release: the first press starts the stroke.
        Map<Integer, Integer> pressed = new HashMap<>();
        List<Stroke> strokes = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            EventKind kind = log.kind(i);
            if (kind == EventKind.KEY_DOWN && log.a(i) != SessionLog.NO_STRING) {
                pressed.putIfAbsent(log.a(i), log.time(i));
            } else if (kind == EventKind.KEY_UP && log.a(i) != SessionLog.NO_STRING) {
                Integer press = pressed.remove(log.a(i));
                if (press != null && !redacted.overlapsMasked(press, log.time(i) + 1)) {
                    strokes.add(new Stroke(log.string(log.a(i)), press, log.time(i)));
                }
            }
        }
        strokes.sort(Comparator.comparingInt(Stroke::pressMs));
        return strokes;
    }

    /** Key codes are W3C names, but a damaged capture must not be able to break the table. */
    private static String clean(String code) {
        return code.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
