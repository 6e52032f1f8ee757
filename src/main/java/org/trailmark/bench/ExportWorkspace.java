package org.trailmark.bench;

import java.util.ArrayList;
import java.util.List;
import org.trailmark.generate.GeneratedSession;
import org.trailmark.generate.SessionGenerator;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.EventKind;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.SessionLog;
import org.trailmark.model.Task;
import org.trailmark.model.TaskOutcome;
import org.trailmark.review.ReviewService;
import org.trailmark.store.Workspace;

/**
 * The workspace the export figure is measured on: the reference session plus the sample sessions
 * with their planted secrets, all approved, every subject with training consent, each session cut
 * into ten-minute tasks and the reference session carrying a reviewer flag every hour, so the export
 * has real redaction and real trajectories to write.
 */
final class ExportWorkspace {
    static final String ACTOR = "bench";
    private static final int TASK_MS = 10 * 60_000;
    private static final int FLAG_EVERY_MS = 60 * 60_000;
    private static final int FLAG_MS = 20_000;

    private ExportWorkspace() {
    }

    /** Fills an empty workspace; returns the number of events it holds. */
    static long fill(Workspace workspace, long seed, int referenceEvents) {
        List<GeneratedSession> sessions = new ArrayList<>(SessionGenerator.samples(seed));
        sessions.add(SessionGenerator.large(seed, referenceEvents));
        ReviewService review = new ReviewService(workspace, ACTOR);
        long events = 0;
        for (GeneratedSession s : sessions) {
            workspace.sessions().add(s.info(), s.log(), null, ACTOR);
            events += s.log().size();
            String id = s.info().id();
            int end = (int) Math.min(Integer.MAX_VALUE, Math.max(1, s.log().durationMs()));
            for (int start = 0; start < end; start += TASK_MS) {
                review.addTask(Task.draft(id, start, Math.min(end, start + TASK_MS), "Work through the inbox",
                        "Communicate", TaskOutcome.SUCCESS));
            }
            if (s.log().size() >= referenceEvents) {
                addHourlyFlags(review, id, s.log(), end);
            }
            workspace.consent().grant(s.info().subject(), ConsentPurpose.TRAINING, "bench-policy", "1", ACTOR, "cli");
            review.setReviewStatus(id, ReviewStatus.APPROVED, null);
        }
        return events;
    }

    /**
     * A flag that covers a window change makes that title a flagged value, and the same generic title
     * shows unflagged in the sample sessions, which verification rightly reports; so each flag is
     * moved forward to a stretch without a window change.
     */
    private static void addHourlyFlags(ReviewService review, String id, SessionLog log, int end) {
        for (int hour = FLAG_EVERY_MS / 2; hour + FLAG_MS < end; hour += FLAG_EVERY_MS) {
            int start = hour;
            while (start + FLAG_MS < end && start < hour + FLAG_EVERY_MS / 2 && hasFocusChange(log, start)) {
                start += FLAG_MS;
            }
            if (start + FLAG_MS < end && !hasFocusChange(log, start)) {
                review.addFlag(Flag.manual(id, start, start + FLAG_MS, FlagCategory.values()[0], null));
            }
        }
    }

    private static boolean hasFocusChange(SessionLog log, int start) {
        for (int i = log.firstIndexAtOrAfter(start); i < log.size() && log.time(i) < start + FLAG_MS; i++) {
            if (log.kind(i) == EventKind.FOCUS) {
                return true;
            }
        }
        return false;
    }
}
