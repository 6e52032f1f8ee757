package org.trailmark.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trailmark.io.Problem;
import org.trailmark.io.activitywatch.ActivityWatchReader;
import org.trailmark.model.ContextKind;
import org.trailmark.model.ContextSpan;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Workspace;
import org.trailmark.store.WorkspaceException;

/**
 * Adds an ActivityWatch export's window, AFK and web-tab spans to the sessions they overlap: by
 * default the sessions captured on the same host (the bucket's host name maps to the same
 * {@code host-} pseudonym a recorder's host does), or the sessions the person names. Each session's
 * spans are added in one commit; spans a session already holds are not added twice.
 */
public final class ContextImportService {
    private final Workspace workspace;
    private final String actor;

    public ContextImportService(Workspace workspace, String actor) {
        this.workspace = workspace;
        this.actor = actor;
    }

    public ContextReport importContext(Path file, ContextTargets targets) {
        List<Problem> problems = new ArrayList<>();
        List<ContextMatch.Candidate> candidates = candidates(targets, problems);
        if (!problems.isEmpty()) {
            return new ContextReport(file, List.of(), new ContextCounts(), problems);
        }
        String sourceName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        ContextMatch match = new ContextMatch(candidates, targets.named(), sourceName);
        problems.addAll(ActivityWatchReader.read(file, match::accept));
        if (problems.stream().anyMatch(Problem::isError)) {
            return new ContextReport(file, List.of(), new ContextCounts(), problems);
        }
        List<ContextReport.Touched> touched = new ArrayList<>();
        for (Map.Entry<String, List<ContextSpan>> e : match.matched().entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            Map<ContextKind, Integer> matched = new java.util.EnumMap<>(ContextKind.class);
            e.getValue().forEach(s -> matched.merge(s.kind(), 1, Integer::sum));
            try {
                touched.add(new ContextReport.Touched(e.getKey(), matched,
                        workspace.context().add(e.getKey(), e.getValue(), sourceName, actor)));
            } catch (WorkspaceException ex) {
                problems.add(Problem.error(file, 0, "could not store the context of session " + e.getKey() + ": "
                        + ex.getMessage()));
            }
        }
        return new ContextReport(file, touched, match.unmatched(), problems);
    }

    private List<ContextMatch.Candidate> candidates(ContextTargets targets, List<Problem> problems) {
        Map<String, String> hosts = workspace.context().captureHosts();
        List<SessionSummary> sessions = new ArrayList<>();
        for (String id : targets.sessionIds()) {
            Optional<SessionSummary> s = workspace.sessions().find(id);
            s.ifPresentOrElse(sessions::add, () -> problems.add(Problem.error(null, 0, "no session " + id
                    + " in the workspace")));
        }
        if (targets.subject() != null) {
            List<SessionSummary> ofSubject = workspace.sessions().ofSubject(targets.subject());
            if (ofSubject.isEmpty()) {
                problems.add(Problem.error(null, 0, "no sessions of subject " + targets.subject()
                        + " in the workspace"));
            }
            sessions.addAll(ofSubject);
        }
        if (!targets.named()) {
            workspace.sessions().all().stream().filter(s -> hosts.containsKey(s.info().id())).forEach(sessions::add);
        }
        return sessions.stream().distinct().map(s -> new ContextMatch.Candidate(s.info().id(),
                s.info().start().toInstant(), s.durationMs(), hosts.get(s.info().id()))).toList();
    }
}
