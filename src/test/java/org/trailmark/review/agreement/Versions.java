package org.trailmark.review.agreement;

import java.util.ArrayList;
import java.util.List;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FlagSource;
import org.trailmark.model.FlagStatus;
import org.trailmark.model.Task;
import org.trailmark.model.TaskOutcome;

/** Builds a labeler's version of session "s" in a line or two. */
final class Versions {
    static final String SESSION = "s";

    private final String labeler;
    private final List<Task> tasks = new ArrayList<>();
    private final List<Flag> flags = new ArrayList<>();

    private Versions(String labeler) {
        this.labeler = labeler;
    }

    static Versions by(String labeler) {
        return new Versions(labeler);
    }

    Versions task(int startMs, int endMs, String label) {
        return task(startMs, endMs, label, null);
    }

    Versions task(int startMs, int endMs, String label, TaskOutcome outcome) {
        tasks.add(Task.draft(SESSION, startMs, endMs, "do it", label, outcome));
        return this;
    }

    Versions flag(int startMs, int endMs, FlagCategory category) {
        flags.add(Flag.manual(SESSION, startMs, endMs, category, null));
        return this;
    }

    Versions flag(int startMs, int endMs, FlagCategory category, FlagStatus status) {
        flags.add(new Flag(0, SESSION, startMs, endMs, category, null, FlagSource.DETECTOR, "pii.email", 0.9, status));
        return this;
    }

    LabelerVersion version() {
        return new LabelerVersion(labeler, tasks, flags);
    }

    static SessionVersions session(int lengthMs, Versions... versions) {
        return session(SESSION, lengthMs, versions);
    }

    static SessionVersions session(String id, int lengthMs, Versions... versions) {
        List<LabelerVersion> list = new ArrayList<>();
        for (Versions v : versions) {
            list.add(v.version());
        }
        return new SessionVersions(id, lengthMs, list);
    }
}
