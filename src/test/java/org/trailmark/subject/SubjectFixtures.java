package org.trailmark.subject;

import java.time.OffsetDateTime;
import java.util.List;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentRecord;
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

/**
 * One session with four planted stretches at fixed times: ordinary typing, a stretch the subject
 * will mark private, a stretch with another person's data that a reviewer flags third-party, and
 * the subject's own password.
 */
final class SubjectFixtures {
    static final String OWN_TEXT = "quarterlyfigures";
    static final String PRIVATE_TEXT = "dentistappointment";
    static final String PRIVATE_TITLE = "My diary entry";
    static final String THIRD_PARTY_TEXT = "carlacustomerdetails";
    static final String THIRD_PARTY_TITLE = "Record of Carla Customer";
    static final String OWN_PASSWORD = "hunter2quokka";
    static final String OTHER_SUBJECTS_TEXT = "benjaminsownwords";

    static final int PRIVATE_FROM = 10_000;
    static final int PRIVATE_TO = 14_000;
    static final int THIRD_PARTY_FROM = 20_000;
    static final int THIRD_PARTY_TO = 25_000;
    static final int DURATION_MS = 40_000;

    private SubjectFixtures() {
    }

    /** A session of {@code subject} with a labeled task and a confirmed third-party flag by reviewer "rita". */
    static void addSession(Workspace ws, String sessionId, String subject) {
        addSession(ws, sessionId, subject, OWN_TEXT, "2026-03-02T09:00:00Z");
    }

    static void addSession(Workspace ws, String sessionId, String subject, String ownText, String start) {
        SessionInfo info = new SessionInfo(sessionId, subject, "native", OffsetDateTime.parse(start),
                List.of(new Screen(0, 0, 0, 1920, 1080, 1.0)), "test", "1", null, null);
        SessionLogBuilder b = new SessionLogBuilder();
        b.focus(0, "Mail", "Inbox");
        b.pointerMove(200, 100, 200);
        b.button(300, true, PointerButton.LEFT, 100, 200);
        b.button(350, false, PointerButton.LEFT, 100, 200);
        b.field(400, FieldRole.TEXT, "Body");
        type(b, 1_000, ownText + " ");
        b.focus(PRIVATE_FROM, "Notes", PRIVATE_TITLE);
        type(b, PRIVATE_FROM + 100, PRIVATE_TEXT);
        b.focus(PRIVATE_TO + 500, "Mail", "Inbox");
        b.focus(THIRD_PARTY_FROM, "CRM", THIRD_PARTY_TITLE);
        type(b, THIRD_PARTY_FROM + 100, THIRD_PARTY_TEXT);
        b.focus(THIRD_PARTY_TO + 500, "Mail", "Inbox");
        b.field(30_000, FieldRole.PASSWORD, "Password");
        type(b, 30_100, OWN_PASSWORD);
        b.wheel(33_000, 500, 500, 0, -3);
        b.pointerMove(DURATION_MS, 20, 20);
        ws.sessions().add(info, b.build(), null, "fixture");
        ReviewService rita = new ReviewService(ws, "rita");
        rita.addFlag(Flag.manual(sessionId, THIRD_PARTY_FROM, THIRD_PARTY_TO, FlagCategory.THIRD_PARTY, null));
        rita.addTask(Task.draft(sessionId, 0, DURATION_MS, "Write the quarterly mail", null, TaskOutcome.SUCCESS));
    }

    /** The session, approved by a reviewer, with the subject's standing training consent. */
    static void addApprovedSession(Workspace ws, String sessionId, String subject) {
        addSession(ws, sessionId, subject);
        ws.consent().grant(subject, ConsentPurpose.TRAINING, "policy", "1", "tester", ConsentRecord.CLI);
        new ReviewService(ws, "rita").setReviewStatus(sessionId, ReviewStatus.APPROVED, null);
    }

    private static void type(SessionLogBuilder b, int t, String text) {
        for (char ch : text.toCharArray()) {
            String code = Character.isDigit(ch) ? "Digit" + ch
                    : Character.isLetter(ch) ? "Key" + Character.toUpperCase(ch) : "Space";
            b.key(t, true, code, String.valueOf(ch));
            b.key(t + 40, false, code, null);
            t += 120;
        }
    }
}
