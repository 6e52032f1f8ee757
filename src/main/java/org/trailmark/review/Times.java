package org.trailmark.review;

/** Session times for people: {@code hh:mm:ss.mmm}, the same form the command line accepts. */
public final class Times {
    private Times() {
    }

    public static String format(long ms) {
        long abs = Math.abs(ms);
        return String.format("%s%02d:%02d:%02d.%03d", ms < 0 ? "-" : "", abs / 3_600_000, abs / 60_000 % 60,
                abs / 1_000 % 60, abs % 1_000);
    }

    public static String span(long startMs, long endMs) {
        return format(startMs) + " - " + format(endMs);
    }
}
