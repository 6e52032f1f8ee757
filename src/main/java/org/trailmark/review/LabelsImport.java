package org.trailmark.review;

import java.util.List;

/**
 * What reading a labels file changed.
 *
 * @param conflicts one plain sentence per item that was not taken because this workspace
 *                  already says something different about it
 */
public record LabelsImport(String sessionId, int tasksAdded, int tasksAlreadyPresent, int flagsAdded,
                           int flagsAlreadyPresent, int labelsAdded, boolean statusTaken, List<String> conflicts) {
    public LabelsImport {
        conflicts = List.copyOf(conflicts);
    }

    public boolean changedAnything() {
        return tasksAdded > 0 || flagsAdded > 0 || labelsAdded > 0 || statusTaken;
    }
}
