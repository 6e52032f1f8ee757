package org.trailmark.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.trailmark.model.Flag;
import org.trailmark.model.Task;
import org.trailmark.store.LabelerVersionState;
import org.trailmark.store.Versions;
import org.trailmark.store.Workspace;

/**
 * What the workspace's current user sees of a session's labels: on a double-labelled session they
 * label, their own version's tasks (it starts empty) and the gold flags beside their own; otherwise the
 * gold set. The review service edits the same version it shows, and the studio reads through here.
 */
public final class VersionView {
    private VersionView() {
    }

    /**
     * Whose version of the session the current user works on: their own name when the session is
     * double-labelled and they are one of its labelers, else {@link Versions#GOLD}.
     */
    public static String versionOf(Workspace workspace, String sessionId) {
        String me = workspace.currentUser().name();
        List<LabelerVersionState> labelers = workspace.versions().labelers(sessionId);
        return labelers.size() >= 2 && labelers.stream().anyMatch(l -> l.labeler().equals(me)) ? me : Versions.GOLD;
    }

    public static List<Task> tasks(Workspace workspace, String sessionId) {
        String version = versionOf(workspace, sessionId);
        return Versions.GOLD.equals(version) ? workspace.review().tasks(sessionId)
                : workspace.review().tasks(sessionId, version);
    }

    public static List<Flag> flags(Workspace workspace, String sessionId) {
        String version = versionOf(workspace, sessionId);
        List<Flag> gold = workspace.flags().ofSession(sessionId);
        if (Versions.GOLD.equals(version)) {
            return gold;
        }
        List<Flag> both = new ArrayList<>(gold);
        both.addAll(workspace.flags().ofVersion(sessionId, version));
        both.sort(Comparator.comparingInt(Flag::startMs).thenComparingInt(Flag::endMs).thenComparingLong(Flag::id));
        return both;
    }
}
