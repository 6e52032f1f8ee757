package org.trailmark.subject;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FlagSource;
import org.trailmark.model.ScreenRegion;
import org.trailmark.review.RegionRule;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Workspace;

/**
 * A recorded person's private marks: flags of source subject and category private that always mask and that
 * reviewers cannot change, on the person's own sessions only (the lookup refuses any other session).
 */
final class PrivateMarks {
    private final Workspace workspace;
    private final String subject;
    private final Function<String, SessionSummary> ownSession;

    /** @param ownSession the person's session of that id, else an {@link IllegalArgumentException} */
    PrivateMarks(Workspace workspace, String subject, Function<String, SessionSummary> ownSession) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.ownSession = Objects.requireNonNull(ownSession, "ownSession");
    }

    /** {@code [startMs, endMs)} private, for an area of the screen or (region null) everything. */
    Flag mark(String sessionId, int startMs, int endMs, ScreenRegion region) {
        SessionSummary s = ownSession.apply(sessionId);
        if (startMs < 0) {
            throw new IllegalArgumentException("a private stretch cannot start before the session");
        }
        if (endMs <= startMs) {
            throw new IllegalArgumentException("a private stretch must end after it starts");
        }
        if (endMs > wholeSessionEnd(s)) {
            throw new IllegalArgumentException("a private stretch cannot end after the session");
        }
        if (region != null) {
            String problem = RegionRule.problem(s.info(), region);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
        }
        return add(s, startMs, endMs, region, region == null ? "subject marks private"
                : "subject marks region private");
    }

    /** The whole session private, or an area of its screen for the whole session. */
    Flag markSession(String sessionId, ScreenRegion region) {
        SessionSummary s = ownSession.apply(sessionId);
        if (region != null) {
            return mark(sessionId, 0, wholeSessionEnd(s), region);
        }
        return add(s, 0, wholeSessionEnd(s), null, "subject marks session private");
    }

    /** Removes one of the person's own marks; any other flag is refused. */
    void remove(long flagId) {
        Flag flag = workspace.flags().find(flagId).orElseThrow(() -> new IllegalArgumentException(
                "there is no private mark " + flagId));
        ownSession.apply(flag.sessionId());
        if (flag.source() != FlagSource.SUBJECT) {
            throw new IllegalArgumentException("flag " + flagId + " was raised by a reviewer or a detector,"
                    + " not by you; only your own private marks can be removed here");
        }
        workspace.flags().replace(flag.sessionId(), List.of(flag), List.of(), "subject removes private mark", subject);
    }

    private Flag add(SessionSummary s, int startMs, int endMs, ScreenRegion region, String what) {
        Flag mark = new Flag(0, s.id(), startMs, endMs, FlagCategory.PRIVATE, null, FlagSource.SUBJECT, null, null,
                FlagSource.SUBJECT.initialStatus(), region);
        return workspace.flags().replace(s.id(), List.of(), List.of(mark), what, subject).get(0);
    }

    /** Spans are half-open, so one ms past the last event still covers it. */
    private static int wholeSessionEnd(SessionSummary s) {
        return (int) Math.min(Integer.MAX_VALUE, s.durationMs() + 1);
    }
}
