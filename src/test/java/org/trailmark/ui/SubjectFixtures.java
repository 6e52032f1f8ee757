package org.trailmark.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.Flag;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;
import org.trailmark.model.Task;
import org.trailmark.model.TaskOutcome;
import org.trailmark.store.DatasetExports;
import org.trailmark.store.Workspace;

/**
 * A workspace with two recorded people, for subject-mode tests: alice (two sessions, labelled,
 * one flag, one earlier export) and bob (one session whose app, title and typing are distinctive,
 * so a test can search every visible text for them).
 */
final class SubjectFixtures {
    static final String ALICE = "alice";
    static final String BOB = "bob";
    static final String ALICE_MAIL = "s-alice-mail";
    static final String ALICE_SHELL = "s-alice-shell";
    static final String BOB_PAYROLL = "s-bob-payroll";
    /** Words that only bob's session holds: none may show in alice's subject mode. */
    static final List<String> BOB_WORDS = List.of("bob", "payroll", "salary", "Zebracorp");
    static final String EXPORT_ID = "exp-20260310-7f3a";

    private SubjectFixtures() {
    }

    static Workspace twoSubjects(Path dir) {
        Workspace ws = Workspace.open(dir.resolve(UUID.randomUUID() + ".trailmark"));
        fill(ws);
        return ws;
    }

    static void fill(Workspace ws) {
        TestSessions.add(ws, TestSessions.info(ALICE_MAIL, ALICE, "native", TestSessions.MORNING),
                TestSessions.everyKind());
        TestSessions.add(ws, TestSessions.info(ALICE_SHELL, ALICE, "native", TestSessions.MORNING.plusDays(1)),
                TestSessions.movesIn("Terminal", 400));
        TestSessions.add(ws, TestSessions.info(BOB_PAYROLL, BOB, "native", TestSessions.MORNING.plusHours(2)),
                bobsSession());
        String label = ws.review().labels().isEmpty() ? null : ws.review().labels().get(0).name();
        ws.review().replaceTasks(ALICE_MAIL, List.of(), List.of(
                new Task(0, ALICE_MAIL, 0, 50_000, "Search the inbox", label, TaskOutcome.SUCCESS, null),
                new Task(0, ALICE_MAIL, 60_000, 95_000, "Write notes", null, null, null)), "add task", "rita");
        ws.flags().replace(ALICE_MAIL, List.of(), List.of(Flag.manual(ALICE_MAIL, 250, 500,
                FlagCategory.PERSONAL_DATA, null)), "flag span", "rita");
        ws.audit().append("curator", DatasetExports.AUDIT_ACTION, ALICE_MAIL,
                DatasetExports.detail(EXPORT_ID, "training-set-march"));
    }

    /** Bob's work in an app and window whose names no other session has. */
    static SessionLog bobsSession() {
        SessionLogBuilder b = new SessionLogBuilder();
        b.focus(0, "Zebracorp Payroll", "Bob salary sheet");
        b.key(100, true, "KeyS", "s").key(150, false, "KeyS", null);
        for (int i = 1; i <= 50; i++) {
            b.pointerMove(200 + i * 8, i, i);
        }
        return b.build();
    }
}
