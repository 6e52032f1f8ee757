package org.trailmark.cli;

/** Human formats shared by the text outputs. */
final class Formats {
    private Formats() {
    }

    /** 3723456 ms → "1:02:03.456"; under an hour "2:03.456". */
    static String duration(long ms) {
        long hours = ms / 3_600_000;
        long minutes = (ms / 60_000) % 60;
        long seconds = (ms / 1000) % 60;
        long millis = ms % 1000;
        return hours > 0
                ? String.format("%d:%02d:%02d.%03d", hours, minutes, seconds, millis)
                : String.format("%d:%02d.%03d", minutes, seconds, millis);
    }
}
