package org.trailmark.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagSource;
import org.trailmark.model.FlagStatus;
import org.trailmark.store.Workspace;

/**
 * Stores what a sensitive-data scan found as suggested flags, so that scanning again never undoes
 * a reviewer's decision: a finding that matches an existing detector flag (same detector, same
 * span; or any overlap once a reviewer confirmed, rejected or moved it) keeps that flag and its
 * status, so rejected stays rejected. Suggestions the new scan no longer makes are withdrawn;
 * decided flags are never touched. One commit per session; the audit entry carries counts only.
 *
 * <p>Not an undoable edit: a scan is not a reviewer's action, and running it again is the way back.
 */
public final class FindingsService {
    private final Workspace workspace;
    private final String actor;

    /** What storing one session's findings changed. */
    public record Outcome(List<Flag> flags, int added, int kept, int withdrawn) {
        public Outcome {
            flags = List.copyOf(flags);
        }
    }

    public FindingsService(Workspace workspace, String actor) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.actor = Objects.requireNonNull(actor, "actor");
    }

    /**
     * Replaces the session's detector suggestions with {@code detected} (flags with source
     * {@link FlagSource#DETECTOR} and a detector name).
     *
     * @return the stored flag for each detected one, in the order given, and the counts
     */
    public Outcome store(String sessionId, List<Flag> detected) {
        Objects.requireNonNull(sessionId, "sessionId");
        List<Flag> existing = new ArrayList<>();
        for (Flag f : workspace.flags().ofSession(sessionId)) {
            if (f.source() == FlagSource.DETECTOR) {
                existing.add(f);
            }
        }
        List<Flag> claimed = new ArrayList<>();
        List<Flag> result = new ArrayList<>();
        int added = 0;
        for (Flag d : detected) {
            if (d.source() != FlagSource.DETECTOR || !d.sessionId().equals(sessionId)) {
                throw new IllegalArgumentException("scan results must be detector flags of session " + sessionId);
            }
            Flag match = match(existing, claimed, d);
            if (match != null) {
                claimed.add(match);
                result.add(match);
            } else {
                result.add(d.withId(0).withStatus(FlagStatus.SUGGESTED));
                added++;
            }
        }
        List<Flag> replacement = new ArrayList<>(result);
        int withdrawn = 0;
        for (Flag f : existing) {
            if (claimed.stream().noneMatch(c -> c.id() == f.id())) {
                if (f.status() == FlagStatus.SUGGESTED) {
                    withdrawn++;
                } else {
                    replacement.add(f);
                }
            }
        }
        if (added == 0 && withdrawn == 0) {
            return new Outcome(result, 0, result.size(), 0);
        }
        String what = "scan (" + added + " new, " + (result.size() - added) + " kept, " + withdrawn + " withdrawn)";
        List<Flag> stored = workspace.flags().replace(sessionId, existing, replacement, what, actor);
        return new Outcome(stored.subList(0, result.size()), added, result.size() - added, withdrawn);
    }

    private static Flag match(List<Flag> existing, List<Flag> claimed, Flag d) {
        Flag overlapping = null;
        for (Flag f : existing) {
            if (!Objects.equals(f.detector(), d.detector()) || claimed.contains(f)) {
                continue;
            }
            if (f.startMs() == d.startMs() && f.endMs() == d.endMs()) {
                return f;
            }
            boolean overlaps = f.startMs() < d.endMs() && d.startMs() < f.endMs();
            if (overlaps && f.status() != FlagStatus.SUGGESTED && overlapping == null) {
                overlapping = f;
            }
        }
        return overlapping;
    }
}
