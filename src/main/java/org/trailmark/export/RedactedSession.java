package org.trailmark.export;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trailmark.model.SessionLog;

/**
 * A session with every masked value removed, plus what verification must look for. The original
 * values never leave this object except into the verifier.
 *
 * @param log       the redacted events: masked key events dropped, masked window titles replaced
 * @param masked    merged masked spans {@code [start, end)} in ms, ascending
 * @param originals the flagged original values (at least {@link Redactor#MIN_TOKEN_LENGTH} chars)
 * @param counts    what was removed, per kind
 * @param maskedTitles window titles seen inside this session's own masked spans
 */
public record RedactedSession(SessionLog log, List<int[]> masked, Set<String> originals, Map<String, Integer> counts,
                              Set<String> maskedTitles) {
    public RedactedSession {
        masked = List.copyOf(masked);
        originals = Set.copyOf(originals);
        counts = Map.copyOf(counts);
        maskedTitles = Set.copyOf(maskedTitles);
    }

    public boolean overlapsMasked(int startMs, int endMs) {
        for (int[] span : masked) {
            if (span[0] < Math.max(endMs, startMs + 1) && startMs < span[1]) {
                return true;
            }
        }
        return false;
    }
}
