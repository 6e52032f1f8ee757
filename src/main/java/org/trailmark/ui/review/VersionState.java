package org.trailmark.ui.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trailmark.review.AgreementText;
import org.trailmark.review.SubmittedVersions;
import org.trailmark.review.VersionView;
import org.trailmark.review.agreement.AgreementPool;
import org.trailmark.review.agreement.AgreementRefused;
import org.trailmark.store.LabelerVersionState;
import org.trailmark.store.TasksAndFlags;
import org.trailmark.store.Versions;
import org.trailmark.store.Workspace;

/**
 * Where the open session stands in double labelling, for the review panel: whose version the user
 * works on, who labels it and who has submitted, and, once everyone has, every version to adjudicate.
 *
 * @param mine      the user's own version, or {@link Versions#GOLD} when they work on the gold set
 * @param labelers  the session's labelers by name (empty: not double-labelled)
 * @param submitted every labeler's version by name, once all have submitted; else empty
 * @param gold      the gold set as adjudication builds it, once all have submitted; else empty
 * @param agreement the labelers' agreement on the session in plain words, once all have submitted; else ""
 */
public record VersionState(String mine, List<LabelerVersionState> labelers, Map<String, TasksAndFlags> submitted,
                           TasksAndFlags gold, String agreement) {
    public static final VersionState NONE = new VersionState(Versions.GOLD, List.of(), Map.of(), TasksAndFlags.NONE,
            "");

    public VersionState {
        labelers = List.copyOf(labelers);
        submitted = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(submitted));
    }

    static VersionState read(Workspace workspace, String sessionId) {
        List<LabelerVersionState> labelers = workspace.versions().labelers(sessionId);
        if (labelers.size() < 2) {
            return NONE;
        }
        Map<String, TasksAndFlags> versions = new LinkedHashMap<>();
        TasksAndFlags gold = TasksAndFlags.NONE;
        String agreement = "";
        if (labelers.stream().allMatch(LabelerVersionState::submitted)) {
            for (LabelerVersionState l : labelers) {
                versions.put(l.labeler(), new TasksAndFlags(workspace.review().tasks(sessionId, l.labeler()),
                        workspace.flags().ofVersion(sessionId, l.labeler())));
            }
            gold = new TasksAndFlags(workspace.review().tasks(sessionId), workspace.flags().ofSession(sessionId));
            agreement = agreementOf(workspace, sessionId);
        }
        return new VersionState(VersionView.versionOf(workspace, sessionId), labelers, versions, gold, agreement);
    }

    private static String agreementOf(Workspace workspace, String sessionId) {
        try {
            return AgreementText.of(AgreementPool.session(SubmittedVersions.of(workspace, sessionId),
                    AgreementPool.DEFAULT_SLICE_MS));
        } catch (AgreementRefused e) {
            return e.getMessage();
        }
    }

    public boolean doubleLabelled() {
        return labelers.size() >= 2;
    }

    /** The user labels their own version and has not submitted it yet. */
    public boolean canSubmit() {
        return !Versions.GOLD.equals(mine) && labelers.stream().anyMatch(l -> l.labeler().equals(mine) && !l.submitted());
    }

    public boolean readyToAdjudicate() {
        return doubleLabelled() && !submitted.isEmpty();
    }

    /** One line for the panel: whose labels these are and what happens next. */
    public String describe() {
        if (!doubleLabelled()) {
            return "";
        }
        List<String> waiting = labelers.stream().filter(l -> !l.submitted()).map(LabelerVersionState::labeler).toList();
        if (waiting.isEmpty()) {
            return "Double-labelled: every version is submitted \u2014 adjudicate into the gold set";
        }
        if (canSubmit()) {
            return "Your own version (" + mine + "): the other labelers cannot see it until everyone has submitted";
        }
        return (Versions.GOLD.equals(mine) ? "Double-labelled" : "Submitted") + "; waiting for "
                + String.join(", ", waiting);
    }
}
