package org.trailmark.export;

import java.time.OffsetDateTime;
import java.util.List;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.FieldRole;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.PointerButton;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.Screen;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLogBuilder;
import org.trailmark.model.Task;
import org.trailmark.model.TaskOutcome;
import org.trailmark.review.ReviewService;
import org.trailmark.store.Workspace;

/** Sessions with planted values whose every trace an export must remove. */
final class ExportFixtures {
    /** Typed inside a span a reviewer flagged by hand. */
    static final String FLAGGED_TYPING = "zebracorn77";
    /** Typed into a password field. */
    static final String PASSWORD = "hunter2quokka";
    /** Found by the e-mail detector. */
    static final String EMAIL = "jane.doe@example.com";
    /** A window title inside the flagged span. */
    // no name in it: the scan would flag a name itself, and these tests are about a flag a reviewer set
    static final String FLAGGED_TITLE = "Payroll run 2026-11 draft";
    static final String PLAIN_TEXT = "quarterly figures";
    static final int DURATION_MS = 40_000;

    private ExportFixtures() {
    }

    /** Adds one approved session of {@code subject} with training consent, one task and one manual flag. */
    static void addApprovedSession(Workspace workspace, String sessionId, String subject) {
        addSession(workspace, sessionId, subject);
        workspace.consent().grant(subject, ConsentPurpose.TRAINING, "policy", "1", "tester", "cli");
        new ReviewService(workspace, "rita").setReviewStatus(sessionId, ReviewStatus.APPROVED, null);
    }

    static void addSession(Workspace workspace, String sessionId, String subject) {
        SessionInfo info = new SessionInfo(sessionId, subject, "native", OffsetDateTime.parse("2026-03-02T09:00:00Z"),
                List.of(new Screen(0, 0, 0, 1920, 1080, 1.0)), "test", "1", null, null);
        SessionLogBuilder b = new SessionLogBuilder();
        b.focus(0, "Mail", "Inbox");
        b.pointerMove(200, 100, 200);
        b.button(300, true, PointerButton.LEFT, 100, 200);
        b.button(350, false, PointerButton.LEFT, 100, 200);
        b.field(400, FieldRole.TEXT, "Body");
        int t = type(b, 1_000, PLAIN_TEXT + " ");
        t = type(b, t + 2_000, EMAIL);
        int flaggedStart = t + 2_000;
        b.focus(flaggedStart, "Payroll", FLAGGED_TITLE);
        t = type(b, flaggedStart + 100, FLAGGED_TYPING);
        int flaggedEnd = t + 100;
        b.focus(t + 1_500, "Mail", "Inbox");
        b.field(t + 1_600, FieldRole.PASSWORD, "Password");
        t = type(b, t + 2_000, PASSWORD);
        b.field(t + 500, FieldRole.TEXT, "Body");
        b.wheel(t + 1_000, 500, 500, 0, -3);
        b.pointerMove(DURATION_MS, 20, 20);
        workspace.sessions().add(info, b.build(), null, "fixture");
        ReviewService review = new ReviewService(workspace, "rita");
        review.addFlag(Flag.manual(sessionId, flaggedStart, flaggedEnd, FlagCategory.values()[0], null));
        review.addTask(Task.draft(sessionId, 0, DURATION_MS, "Write the quarterly mail", null, TaskOutcome.SUCCESS));
    }

    private static int type(SessionLogBuilder b, int t, String text) {
        for (char ch : text.toCharArray()) {
            String code = Character.isDigit(ch) ? "Digit" + ch
                    : Character.isLetter(ch) ? "Key" + Character.toUpperCase(ch)
                    : ch == ' ' ? "Space" : ch == '@' ? "Digit2" : "Period";
            b.key(t, true, code, String.valueOf(ch));
            b.key(t + 40, false, code, null);
            t += 120;
        }
        return t;
    }
}
