package org.trailmark.cli;

import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.trailmark.model.Label;
import org.trailmark.model.Task;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Workspace;

/**
 * Filter values checked against what the workspace holds. A filter value that matches nothing is
 * almost always a typo, and quietly taking nothing would read as "there is nothing of that kind".
 */
final class KnownValues {
    /** Enough to spot the intended value without flooding the one error line. */
    private static final int LISTED = 20;

    private KnownValues() {
    }

    static void requireExportFilters(Workspace workspace, Collection<String> subjects, Collection<String> labels,
                                     Collection<String> apps) {
        if (subjects.isEmpty() && labels.isEmpty() && apps.isEmpty()) {
            return;
        }
        List<SessionSummary> sessions = workspace.sessions().all();
        SortedSet<String> knownSubjects = new TreeSet<>();
        SortedSet<String> knownApps = new TreeSet<>();
        for (SessionSummary s : sessions) {
            knownSubjects.add(s.subject());
            knownApps.addAll(s.apps());
        }
        require("--subject", subjects, knownSubjects, "has no sessions in this workspace; subjects here");
        require("--app", apps, knownApps, "was not used in any session here; apps used");
        if (!labels.isEmpty()) {
            require("--label", labels, labelsInUse(workspace, sessions), "is not a label here; labels");
        }
    }

    /** The label set, and the names tasks still carry after a label left the set. */
    private static SortedSet<String> labelsInUse(Workspace workspace, List<SessionSummary> sessions) {
        SortedSet<String> names = new TreeSet<>();
        for (Label label : workspace.review().labels()) {
            names.add(label.name());
        }
        for (SessionSummary s : sessions) {
            for (Task t : workspace.review().tasks(s.id())) {
                if (t.label() != null) {
                    names.add(t.label());
                }
            }
        }
        return names;
    }

    private static void require(String option, Collection<String> given, SortedSet<String> known, String problem) {
        for (String value : given) {
            if (!known.contains(value)) {
                throw new UserError(option + " '" + value + "' " + problem + ": " + listed(known));
            }
        }
    }

    static String listed(SortedSet<String> values) {
        if (values.isEmpty()) {
            return "none";
        }
        List<String> shown = values.stream().limit(LISTED).toList();
        String more = values.size() > LISTED ? " and " + (values.size() - LISTED) + " more" : "";
        return String.join(", ", shown) + more;
    }
}
