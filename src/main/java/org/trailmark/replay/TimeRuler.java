package org.trailmark.replay;

import java.util.Locale;

/**
 * Tick spacing and labels for a time ruler. Steps are ones a person counts in: 1, 2, 5 × 10^k
 * below a second, then 1, 2, 5, 10, 15, 30 seconds and minutes, then 1, 2, 3, 6, 12, 24 hours
 * (a 20-second or 50-minute grid reads badly against a clock).
 */
public final class TimeRuler {
    private static final long SECOND = 1000;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final long[] CLOCK_STEPS = {
        SECOND, 2 * SECOND, 5 * SECOND, 10 * SECOND, 15 * SECOND, 30 * SECOND,
        MINUTE, 2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 15 * MINUTE, 30 * MINUTE,
        HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, 24 * HOUR};

    private TimeRuler() {
    }

    /**
     * The smallest nice step, in ms, whose ticks are at least {@code minPixels} apart when one
     * pixel is {@code msPerPixel} wide. Never below 1 ms.
     */
    public static long tickStepMs(double msPerPixel, double minPixels) {
        double wanted = msPerPixel * minPixels;
        if (!(wanted > 1)) {
            return 1;
        }
        if (wanted <= 500) {
            long decade = 1;
            while (true) {
                for (long m : new long[] {1, 2, 5}) {
                    if (m * decade >= wanted) {
                        return m * decade;
                    }
                }
                decade *= 10;
            }
        }
        for (long step : CLOCK_STEPS) {
            if (step >= wanted) {
                return step;
            }
        }
        long days = (long) Math.ceil(wanted / (24 * HOUR));
        return days * 24 * HOUR;
    }

    /** The first tick at or after {@code fromMs} for a step: ticks sit on multiples of the step. */
    public static long firstTickMs(double fromMs, long stepMs) {
        return (long) Math.ceil(fromMs / stepMs) * stepMs;
    }

    /**
     * A tick label with just the precision its step needs: {@code 1:05:00}, {@code 12:30},
     * {@code 0:12.5}, {@code 0:12.250}.
     */
    public static String tickLabel(long ms, long stepMs) {
        int fractionDigits = stepMs % SECOND == 0 ? 0 : stepMs % 100 == 0 ? 1 : stepMs % 10 == 0 ? 2 : 3;
        return clock(ms, fractionDigits);
    }

    /** A playhead time to the millisecond: {@code 0:03.250}, {@code 1:02:03.004}. */
    public static String playheadLabel(long ms) {
        return clock(ms, 3);
    }

    /** A duration for people: {@code 850 ms}, {@code 12.3 s}, {@code 4 min 05 s}, {@code 2 h 03 min}. */
    public static String duration(long ms) {
        if (ms < SECOND) {
            return ms + " ms";
        }
        if (ms < MINUTE) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        if (ms < HOUR) {
            return String.format(Locale.ROOT, "%d min %02d s", ms / MINUTE, (ms % MINUTE) / SECOND);
        }
        return String.format(Locale.ROOT, "%d h %02d min", ms / HOUR, (ms % HOUR) / MINUTE);
    }

    private static String clock(long ms, int fractionDigits) {
        boolean negative = ms < 0;
        long abs = Math.abs(ms);
        long hours = abs / HOUR;
        long minutes = (abs % HOUR) / MINUTE;
        long seconds = (abs % MINUTE) / SECOND;
        long millis = abs % SECOND;
        StringBuilder sb = new StringBuilder(negative ? "-" : "");
        if (hours > 0) {
            sb.append(hours).append(':').append(String.format(Locale.ROOT, "%02d", minutes));
        } else {
            sb.append(minutes);
        }
        sb.append(':').append(String.format(Locale.ROOT, "%02d", seconds));
        if (fractionDigits > 0) {
            String fraction = String.format(Locale.ROOT, "%03d", millis);
            sb.append('.').append(fraction, 0, fractionDigits);
        }
        return sb.toString();
    }
}
