package org.trailmark.ui.common;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How the studio writes durations, counts and times, in one place so every view agrees. */
public final class Formats {
    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter START_FULL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx", Locale.ROOT);

    private Formats() {
    }

    /** 3723456 ms → "01:02:03"; partial seconds are dropped; hours grow past 99 when needed. */
    public static String hms(long ms) {
        long clamped = Math.max(0, ms);
        long totalSeconds = clamped / 1000;
        return String.format(Locale.ROOT, "%02d:%02d:%02d",
                totalSeconds / 3600, (totalSeconds / 60) % 60, totalSeconds % 60);
    }

    /** 13401 → "13,401", the same grouping on every machine so screenshots and tests agree. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "1 session", "2 sessions". */
    public static String plural(long n, String singular, String plural) {
        return count(n) + " " + (n == 1 ? singular : plural);
    }

    /** Start time as the capture saw its own clock, to the minute: "2026-11-27 09:14". */
    public static String start(OffsetDateTime time) {
        return time == null ? "" : START.format(time);
    }

    /** Start time with seconds and offset: "2026-11-27 09:14:05 +01:00". */
    public static String startFull(OffsetDateTime time) {
        return time == null ? "" : START_FULL.format(time);
    }

    /** A message as a sentence: capital first letter, full stop at the end. */
    public static String sentence(String message) {
        if (message == null || message.isEmpty()) {
            return "";
        }
        String text = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }

    /** "a, b, c" or the given placeholder when empty. */
    public static String joined(List<String> items, String whenEmpty) {
        return items == null || items.isEmpty() ? whenEmpty : String.join(", ", items);
    }
}
