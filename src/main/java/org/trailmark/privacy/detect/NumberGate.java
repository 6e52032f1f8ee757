package org.trailmark.privacy.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a number must look like for a number detector to be asked at it: the length of its first
 * digit run, the character after that run and whether a digit follows that character. A detector
 * declares it on its {@link Trigger}; the pass asks at a number only the detectors whose gate lets
 * the number through. Prose numbers ("at 3 pm", "2024.") then ask one or two detectors instead of
 * every number detector, each of which would decline in its {@link Detector#triggers} anyway.
 *
 * <p>A gate must be a necessary condition of the detector's {@code triggers}: it may let through
 * numbers the detector then declines, never hold back one it would take. A gate is one or more
 * clauses, any of which lets a number through.
 */
public final class NumberGate {
    /** Runs of this many digits or more are told apart no further (no gate needs it). */
    static final int LONG_RUN = 16;
    /** The slot that stands for every character outside ASCII. */
    static final int OUTSIDE_ASCII = 128;
    private static final int LONGEST = Integer.MAX_VALUE;

    /** Every number: a detector on digits that declares no gate. */
    public static final NumberGate ANY = runs(1, LONGEST);

    private final List<Clause> clauses;

    private NumberGate(List<Clause> clauses) {
        this.clauses = List.copyOf(clauses);
    }

    /** A first run of {@code min} to {@code max} digits, whatever follows it. */
    public static NumberGate runs(int min, int max) {
        return new NumberGate(List.of(new Clause(min, max, allNext(), false)));
    }

    /** A first run of exactly {@code length} digits, whatever follows it. */
    public static NumberGate run(int length) {
        return runs(length, length);
    }

    /** A first run of at least {@code min} digits, whatever follows it. */
    public static NumberGate runsFrom(int min) {
        return runs(min, LONGEST);
    }

    /** Any first run, followed by one of {@code chars} (character 0 also stands for the text's end). */
    public static NumberGate anyRunThen(String chars) {
        return runs(1, LONGEST).then(chars);
    }

    /** This gate's last clause, narrowed to a first run followed by one of {@code chars}. */
    public NumberGate then(String chars) {
        boolean[] next = new boolean[OUTSIDE_ASCII + 1];
        for (char c : chars.toCharArray()) {
            if (c >= OUTSIDE_ASCII) {
                throw new IllegalArgumentException("a gate names ASCII characters only");
            }
            next[c] = true;
        }
        return narrowLast(next);
    }

    /**
     * This gate's last clause, widened to also let through a run followed by a letter (any script:
     * every character outside ASCII passes, the gate does not tell them apart).
     */
    public NumberGate orLetter() {
        Clause last = clauses.get(clauses.size() - 1);
        boolean[] next = last.next.clone();
        for (char c = 'a'; c <= 'z'; c++) {
            next[c] = true;
            next[Character.toUpperCase(c)] = true;
        }
        next[OUTSIDE_ASCII] = true;
        return replaceLast(new Clause(last.minRun, last.maxRun, next, last.digitAfter));
    }

    /** This gate's last clause, narrowed to numbers where a digit follows the character after the run. */
    public NumberGate thenDigit() {
        Clause last = clauses.get(clauses.size() - 1);
        return replaceLast(new Clause(last.minRun, last.maxRun, last.next, true));
    }

    /** Lets through what this gate or {@code other} lets through. */
    public NumberGate or(NumberGate other) {
        List<Clause> both = new ArrayList<>(clauses);
        both.addAll(other.clauses);
        return new NumberGate(both);
    }

    /**
     * Whether a number passes: {@code run} digits in the first run (runs of {@link #LONG_RUN} or more
     * all count as {@link #LONG_RUN}), {@code next} the character after it (0 past the end, anything
     * outside ASCII as {@link #OUTSIDE_ASCII}), {@code digitAfter} whether a digit follows that.
     */
    boolean passes(int run, int next, boolean digitAfter) {
        for (Clause clause : clauses) {
            if (clause.passes(run, next, digitAfter)) {
                return true;
            }
        }
        return false;
    }

    private NumberGate narrowLast(boolean[] allowed) {
        Clause last = clauses.get(clauses.size() - 1);
        boolean[] next = new boolean[OUTSIDE_ASCII + 1];
        for (int c = 0; c <= OUTSIDE_ASCII; c++) {
            next[c] = last.next[c] && allowed[c];
        }
        return replaceLast(new Clause(last.minRun, last.maxRun, next, last.digitAfter));
    }

    private NumberGate replaceLast(Clause clause) {
        List<Clause> changed = new ArrayList<>(clauses);
        changed.set(changed.size() - 1, clause);
        return new NumberGate(changed);
    }

    private static boolean[] allNext() {
        boolean[] next = new boolean[OUTSIDE_ASCII + 1];
        Arrays.fill(next, true);
        return next;
    }

    private record Clause(int minRun, int maxRun, boolean[] next, boolean digitAfter) {
        boolean passes(int run, int nextSlot, boolean digitFollows) {
            // The long-run slot holds every run from LONG_RUN up: it passes if the clause takes any of them.
            boolean runFits = run >= LONG_RUN ? maxRun >= LONG_RUN : run >= minRun && run <= maxRun;
            return runFits && next[nextSlot] && (digitFollows || !digitAfter);
        }
    }
}
