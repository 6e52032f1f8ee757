package org.trailmark.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.Importers;
import org.trailmark.io.ParsedSession;
import org.trailmark.io.Problem;
import org.trailmark.io.ReadResult;
import org.trailmark.io.SessionStream;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SubjectIds;
import org.trailmark.store.AddOutcome;
import org.trailmark.store.Workspace;
import org.trailmark.store.WorkspaceException;

/**
 * Reads capture paths with the importer that recognises each and adds every readable session to
 * the workspace, one atomic transaction per session, with the screen media it names (probed and
 * copied into the workspace's media store first: {@link MediaIntake}). A path that is one capture
 * of a streaming format is stored while it is read ({@link StreamedStore}). Used by the command
 * line and the studio alike.
 */
public final class ImportService {
    private final Workspace workspace;
    private final String actor;

    public ImportService(Workspace workspace, String actor) {
        this.workspace = workspace;
        this.actor = actor;
    }

    public ImportReport importPaths(List<Path> paths, ImportOptions options, ImportProgress progress) {
        List<SessionOutcome> outcomes = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            if (progress.isCancelled()) {
                problems.add(Problem.warning(null, 0, "import cancelled; " + (paths.size() - i)
                        + " input(s) not read"));
                break;
            }
            Path path = paths.get(i);
            progress.update("Reading " + path.getFileName(), (double) i / paths.size());
            Optional<SessionStream> stream = Importers.streamFor(path, options);
            if (stream.isPresent()) {
                new StreamedStore(workspace, actor).store(stream.get(), options, problems).ifPresent(outcomes::add);
                continue;
            }
            ReadResult read = Importers.read(path, options);
            problems.addAll(read.problems());
            for (ParsedSession parsed : read.sessions()) {
                outcomes.add(store(parsed, options, problems));
            }
        }
        progress.update("Done", 1.0);
        return new ImportReport(outcomes, problems);
    }

    private SessionOutcome store(ParsedSession parsed, ImportOptions options, List<Problem> problems) {
        // parsed.problems() are already in the read result's list: only storage failures are new here
        SessionInfo info = asStored(parsed.info(), options);
        String sourcePath = parsed.source() == null ? null : parsed.source().toString();
        List<Problem> warnings = new ArrayList<>(parsed.problems());
        // nothing is copied for a session that will not be added: already there, or a read-only workspace
        MediaIntake.Taken media = parsed.media().isEmpty() || workspace.isReadOnly()
                || workspace.sessions().contains(info.id())
                ? new MediaIntake.Taken(List.of(), List.of(), false)
                : new MediaIntake(workspace.media().store()).take(info, parsed.media());
        problems.addAll(media.problems());
        warnings.addAll(media.problems());
        boolean added = false;
        try {
            AddOutcome outcome = workspace.sessions().add(info, parsed.log(), media.media(), sourcePath, actor);
            added = outcome == AddOutcome.ADDED;
            if (added) {
                rememberHostUnderOverride(workspace, parsed.info().subject(), info);
            }
            SessionOutcome.Status status = added ? SessionOutcome.Status.IMPORTED : SessionOutcome.Status.ALREADY_PRESENT;
            return new SessionOutcome(parsed.source(), info.id(), info.sourceFormat(), parsed.log().size(), status,
                    warnings);
        } catch (WorkspaceException e) {
            problems.add(Problem.error(parsed.source(), 0, "could not store session " + info.id() + ": "
                    + e.getMessage()));
            return new SessionOutcome(parsed.source(), info.id(), info.sourceFormat(), parsed.log().size(),
                    SessionOutcome.Status.FAILED, warnings);
        } finally {
            // a session not added cites none of its copies; one added with a damaged still series may
            // leave copies of the stills before the damage, which it does not cite either
            if (media.storedAny() && (!added || !media.problems().stream().allMatch(Problem::isNote))) {
                clearUnusedMedia(parsed, problems);
            }
        }
    }

    /** Files copied for a session that was not added must not stay: nothing would ever erase them. */
    private void clearUnusedMedia(ParsedSession parsed, List<Problem> problems) {
        try {
            workspace.media().removeUnreferenced();
        } catch (WorkspaceException e) {
            problems.add(Problem.warning(parsed.source(), 0, "screen media copied for this session could not be"
                    + " removed again: " + e.getMessage()));
        }
    }

    /**
     * A recording whose subject was chosen on import still came from its host: kept so that a context
     * export (ActivityWatch) of that host finds it.
     */
    /** The session as it is stored: with the subject chosen on import, if one was. */
    static SessionInfo asStored(SessionInfo read, ImportOptions options) {
        String override = options.subjectOverride();
        return override != null && !override.isBlank() ? read.withSubject(override) : read;
    }

    static void rememberHostUnderOverride(Workspace workspace, String readSubject, SessionInfo stored) {
        if (!readSubject.equals(stored.subject()) && SubjectIds.isHostPseudonym(readSubject)) {
            workspace.context().rememberCaptureHost(stored.id(), readSubject);
        }
    }
}
