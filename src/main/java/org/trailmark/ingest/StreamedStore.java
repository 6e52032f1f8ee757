package org.trailmark.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.Problem;
import org.trailmark.io.SessionStream;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLogBuilder;
import org.trailmark.store.AddOutcome;
import org.trailmark.store.StreamedImport;
import org.trailmark.store.Workspace;
import org.trailmark.store.WorkspaceException;

/**
 * Stores one {@link SessionStream} while it is read ({@link Workspace#addStreamedSession}), with
 * the outcome, problems and media handling of an in-memory import of the same capture. A session
 * the workspace already holds, or cannot take, is still read (into nothing) so that its problems
 * are reported as before.
 */
final class StreamedStore {
    private static final int DISCARDED_CHUNK_EVENTS = 65_536;

    private final Workspace workspace;
    private final String actor;

    StreamedStore(Workspace workspace, String actor) {
        this.workspace = workspace;
        this.actor = actor;
    }

    /** The session's outcome (empty when nothing was readable); its problems join {@code problems}. */
    Optional<SessionOutcome> store(SessionStream stream, ImportOptions options, List<Problem> problems) {
        Attempt attempt = new Attempt(stream, options);
        AddOutcome added = null;
        WorkspaceException failure = null;
        try {
            added = workspace.sessions().addStreamed(stream.sessionId(), attempt::readInto, stream.source().toString(),
                    actor).orElse(null);
        } catch (WorkspaceException e) {
            failure = e;
        } finally {
            attempt.clearUnusedMedia(added == AddOutcome.ADDED, problems);
        }
        if (attempt.read == null) {
            attempt.read = stream.readInto(SessionLogBuilder.spilling(DISCARDED_CHUNK_EVENTS, chunk -> { }));
        }
        problems.addAll(attempt.read.problems());
        problems.addAll(attempt.media.problems());
        SessionStream.Streamed session = attempt.read.session();
        if (session == null) {
            return Optional.empty();
        }
        List<Problem> warnings = new ArrayList<>(session.problems());
        warnings.addAll(attempt.media.problems());
        SessionOutcome.Status status;
        if (failure != null) {
            problems.add(Problem.error(stream.source(), 0, "could not store session " + session.info().id() + ": "
                    + failure.getMessage()));
            status = SessionOutcome.Status.FAILED;
        } else {
            status = added == AddOutcome.ADDED ? SessionOutcome.Status.IMPORTED : SessionOutcome.Status.ALREADY_PRESENT;
            if (added == AddOutcome.ADDED) {
                ImportService.rememberHostUnderOverride(workspace, session.info().subject(), attempt.stored);
            }
        }
        return Optional.of(new SessionOutcome(stream.source(), session.info().id(), session.info().sourceFormat(),
                session.figures().events(), status, warnings));
    }

    /** One stream's read inside the workspace's transaction, and the screen media taken for it. */
    private final class Attempt {
        private final SessionStream stream;
        private final ImportOptions options;
        SessionStream.Read read;
        /** The session as stored: its subject is the one chosen on import, if any. */
        SessionInfo stored;
        MediaIntake.Taken media = new MediaIntake.Taken(List.of(), List.of(), false);

        Attempt(SessionStream stream, ImportOptions options) {
            this.stream = stream;
            this.options = options;
        }

        StreamedImport.Rows readInto(SessionLogBuilder events) {
            read = stream.readInto(events);
            SessionStream.Streamed session = read.session();
            if (session == null) {
                return null;
            }
            SessionInfo info = ImportService.asStored(session.info(), options);
            stored = info;
            if (!session.media().isEmpty()) {
                media = new MediaIntake(workspace.media().store()).take(info, session.media());
            }
            return new StreamedImport.Rows(info, session.figures(), media.media());
        }

        /** Files copied for a session that was not added must not stay: nothing would ever erase them. */
        void clearUnusedMedia(boolean added, List<Problem> problems) {
            // an added session with a damaged still series may leave copies of stills it does not cite
            if (!media.storedAny() || added && media.problems().stream().allMatch(Problem::isNote)) {
                return;
            }
            try {
                workspace.media().removeUnreferenced();
            } catch (WorkspaceException e) {
                problems.add(Problem.warning(stream.source(), 0, "screen media copied for this session could not be"
                        + " removed again: " + e.getMessage()));
            }
        }
    }
}
