package org.trailmark.ui.review;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trailmark.replay.TimeRuler;

/**
 * Session times as a person types them in a dialog: {@code 1:02.500}, {@code 1:02},
 * {@code 1:00:02.5} or plain seconds {@code 62.5}; written back the way the playhead shows them.
 */
final class SpanFields {
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d+):)?(?:(\\d+):)?(\\d+(?:\\.\\d{1,3})?)");

    private SpanFields() {
    }

    static String format(int ms) {
        return TimeRuler.playheadLabel(ms);
    }

    /** The time in ms, or empty when the text is not a time. */
    static OptionalInt parse(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        Matcher m = CLOCK.matcher(text.strip());
        if (!m.matches()) {
            return OptionalInt.empty();
        }
        long hours = 0;
        long minutes = 0;
        if (m.group(1) != null && m.group(2) != null) {
            hours = Long.parseLong(m.group(1));
            minutes = Long.parseLong(m.group(2));
        } else if (m.group(1) != null) {
            minutes = Long.parseLong(m.group(1));
        }
        double seconds = Double.parseDouble(m.group(3));
        long ms = hours * 3_600_000 + minutes * 60_000 + Math.round(seconds * 1000);
        return ms > Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of((int) ms);
    }
}
