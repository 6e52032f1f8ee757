package org.trailmark.review.agreement;

import java.util.List;

/**
 * Agreement between labelers over one session or pooled over many.
 *
 * @param sessionId  the session, or null for a report pooled over several sessions
 * @param sessions   how many sessions went in
 * @param sliceMs    the time slice length the label figures were computed over
 * @param slices     how many time slices went in, summed over sessions
 * @param labelers   everyone who labelled one of the sessions, sorted
 * @param overall    everyone together: κ/α over all labelers, boundary and flag figures as means over pairs
 * @param pairs      every pair of labelers who both labelled a session
 * @param perLabeler each labeler against the others they were paired with
 */
public record AgreementReport(String sessionId, int sessions, int sliceMs, long slices, List<String> labelers,
                              Figures overall, List<PairFigures> pairs, List<LabelerFigures> perLabeler) {
    public AgreementReport {
        labelers = List.copyOf(labelers);
        pairs = List.copyOf(pairs);
        perLabeler = List.copyOf(perLabeler);
    }
}
