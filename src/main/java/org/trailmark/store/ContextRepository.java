package org.trailmark.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trailmark.model.ContextKind;
import org.trailmark.model.ContextSpan;

/** Context from trackers that record no input (window, afk, web spans), and the host each session was captured on. */
public interface ContextRepository {
    /** The session's context spans ordered by start; empty when it has none. */
    List<ContextSpan> ofSession(String sessionId);

    /**
     * Adds the context spans the session does not hold yet, in one commit, and audits the file name
     * and the counts (never a title or URL). Returns how many of each kind were new.
     */
    Map<ContextKind, Integer> add(String sessionId, List<ContextSpan> spans, String sourceName, String actor);

    /** The pseudonym of the host each session was captured on, for the sessions whose host is known. */
    Map<String, String> captureHosts();

    Optional<String> captureHost(String sessionId);

    /**
     * Records that the session was captured on the host with that pseudonym ({@code host-} and 8 hex
     * digits), unless its host is known already; a later change of subject keeps it.
     */
    void rememberCaptureHost(String sessionId, String hostPseudonym);
}
