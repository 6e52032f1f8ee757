package org.trailmark.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Deterministic, realistic capture sessions for tests, demos and benchmarks. The same seed
 * gives the same sessions, event for event, on every machine and JDK: the generator uses only
 * its own random stream and never the clock.
 */
public final class SessionGenerator {
    /** The seed the bundled sample-sessions/ were made with. */
    public static final long DEFAULT_SEED = 20261127L;
    /** Capture tool name written into generated session headers. */
    public static final String CAPTURE_TOOL = "trailmark-generate";
    /** Bumped whenever the same seed starts giving different output. */
    public static final String VERSION = "1";

    private static final List<Scenario> SCENARIOS = List.of(
            new WebmailScenario(), new SpreadsheetScenario(), new TerminalScenario(),
            new CodeReviewScenario(), new CheckoutScenario(), new FilesScenario());

    private SessionGenerator() {
    }

    /** The sample sessions: several people, apps and kinds of planted sensitive content. */
    public static List<GeneratedSession> samples(long seed) {
        List<GeneratedSession> sessions = new ArrayList<>();
        for (Scenario scenario : SCENARIOS) {
            sessions.add(scenario.generate(seed));
        }
        return List.copyOf(sessions);
    }

    /**
     * One long session of exactly {@code events} events (1 to 50,000,000), about 98 % pointer
     * moves at 125 Hz, for benchmarks (R1 = 1,000,000, R10 = 10,000,000). Memory is the log's
     * columns only.
     */
    public static GeneratedSession large(long seed, int events) {
        return LargeSession.generate(seed, events);
    }
}
