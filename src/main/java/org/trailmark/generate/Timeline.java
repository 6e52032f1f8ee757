package org.trailmark.generate;

import org.trailmark.model.EventKind;

/**
 * The session clock and the events written so far. Key releases are scheduled ahead (a key is
 * still held while the next one goes down, "rollover") and written in time order as the clock
 * passes them, so the log never goes back in time.
 */
final class Timeline {
    private final EventColumns out;
    private int now;
    private int[] releaseTimes = new int[8];
    private String[] releaseCodes = new String[8];
    private int releases;

    Timeline(EventColumns out) {
        this.out = out;
    }

    int now() {
        return now;
    }

    void waitMs(int ms) {
        if (ms < 0) {
            throw new IllegalArgumentException("cannot wait a negative time");
        }
        now += ms;
    }

    /** Moves the clock forward to {@code t}; earlier times are a generator bug. */
    void at(int t) {
        if (t < now) {
            throw new IllegalStateException("generator clock went back");
        }
        now = t;
    }

    /** Events that still fit in the session, after the releases already promised. */
    int remaining() {
        return out.remaining() - releases;
    }

    int intern(String s) {
        return out.intern(s);
    }

    void emit(EventKind kind, int x, int y, int a, int b) {
        flushReleasesUpTo(now);
        out.add(now, kind, x, y, a, b);
    }

    void keyDown(String code, String text) {
        emit(EventKind.KEY_DOWN, 0, 0, out.intern(code), out.intern(text));
    }

    void keyUp(String code) {
        emit(EventKind.KEY_UP, 0, 0, out.intern(code), out.intern(null));
    }

    /** Schedules the release of a held key; it is written once the clock reaches {@code t}. */
    void keyUpAt(int t, String code) {
        if (t < now) {
            throw new IllegalStateException("release scheduled in the past");
        }
        if (releases == releaseTimes.length) {
            releaseTimes = java.util.Arrays.copyOf(releaseTimes, releases * 2);
            releaseCodes = java.util.Arrays.copyOf(releaseCodes, releases * 2);
        }
        int i = releases++;
        // Keep the pending releases sorted by time; there are only ever a handful.
        while (i > 0 && releaseTimes[i - 1] > t) {
            releaseTimes[i] = releaseTimes[i - 1];
            releaseCodes[i] = releaseCodes[i - 1];
            i--;
        }
        releaseTimes[i] = t;
        releaseCodes[i] = code;
    }

    /** When a still-held key will be released, or {@link Integer#MIN_VALUE} when it is not held. */
    int releaseTimeOf(String code) {
        for (int i = releases - 1; i >= 0; i--) {
            if (releaseCodes[i].equals(code)) {
                return releaseTimes[i];
            }
        }
        return Integer.MIN_VALUE;
    }

    /** Time of the last scheduled release, or the clock when no key is held. */
    int lastReleaseTime() {
        return releases == 0 ? now : Math.max(now, releaseTimes[releases - 1]);
    }

    /** Lets go of every held key and moves the clock past the last release. */
    void releaseAll() {
        if (releases > 0) {
            now = Math.max(now, releaseTimes[releases - 1]);
            flushReleasesUpTo(now);
        }
    }

    private void flushReleasesUpTo(int t) {
        int done = 0;
        while (done < releases && releaseTimes[done] <= t) {
            out.add(releaseTimes[done], EventKind.KEY_UP, 0, 0, out.intern(releaseCodes[done]), out.intern(null));
            done++;
        }
        if (done > 0) {
            System.arraycopy(releaseTimes, done, releaseTimes, 0, releases - done);
            System.arraycopy(releaseCodes, done, releaseCodes, 0, releases - done);
            for (int i = releases - done; i < releases; i++) {
                releaseCodes[i] = null;
            }
            releases -= done;
        }
    }
}
