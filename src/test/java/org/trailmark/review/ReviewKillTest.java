package org.trailmark.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.Flag;
import org.trailmark.model.Task;
import org.trailmark.store.ChildJvm;
import org.trailmark.store.Workspace;
import org.trailmark.store.pg.PostgresTestServer;
import org.trailmark.store.pg.TeamWorkspaceInit;

/**
 * The "never lose work" test: a child JVM applies review edits through ReviewService and
 * acknowledges each once it returned; it is killed (SIGKILL) at seeded random moments, several
 * rounds over one workspace. Afterwards the file passes integrity_check and holds every
 * acknowledged edit in the state the child last acknowledged.
 */
class ReviewKillTest {
    private static final int ROUNDS = 4;
    private static final long SEED = 4_0404L;
    private static final String SESSION = "s-kill";

    @TempDir
    Path dir;

    /** Last acknowledged state per row: "START END" for a task, the status for a flag, null when deleted. */
    private final Map<String, String> expected = new ConcurrentHashMap<>();
    /**
     * The state announced by an edit that was not acknowledged: the kill may have landed between
     * its commit and its acknowledgement, so the row may show that state instead.
     */
    private final Map<String, String> inFlight = new ConcurrentHashMap<>();
    private final AtomicInteger lastAck = new AtomicInteger(-1);
    /** The row of the latest WILL line not acknowledged yet; only the reader thread of one round touches it. */
    private volatile String pending;

    @Test
    void everyAcknowledgedEditSurvivesTheKillAndTheFileStaysSound() throws Exception {
        Path file = dir.resolve("killed.trailmark");
        killRounds(file.toString(), () -> Workspace.open(file));
    }

    /** The same on a team workspace: the client killed mid-edit, the server keeps every committed edit. */
    @Test
    void everyAcknowledgedEditSurvivesTheKillOnATeamWorkspace() throws Exception {
        PostgresTestServer.TestDatabase db = PostgresTestServer.newDatabase();
        TeamWorkspaceInit.run(db.location(PostgresTestServer.OWNER), warning -> { });
        Path media = dir.resolve("team-media");
        killRounds(db.url(PostgresTestServer.OWNER) + " " + media,
                () -> Workspace.openTeam(db.location(PostgresTestServer.OWNER), media));
    }

    private void killRounds(String where, Supplier<Workspace> open) throws Exception {
        try (Workspace workspace = open.get()) {
            ReviewFixtures.addSession(workspace, SESSION, 0);
        }
        SplittableRandom random = new SplittableRandom(SEED);
        int first = 0;
        for (int round = 0; round < ROUNDS; round++) {
            // Early kills land soon after the child opened the workspace; later ones after a seeded
            // number of acknowledged edits, somewhere in the next. Progress, not time, sets the moment.
            boolean early = round % 2 == 0;
            int editsFirst = early ? 0 : 2 + random.nextInt(10);
            int delayMs = early ? random.nextInt(150) : random.nextInt(60);
            runAndKill(where, round, first, editsFirst, delayMs);
            // Resume on a fresh cycle of edits (each cycle starts by adding a task).
            first = ((lastAck.get() + 1) / 6 + 1) * 6;
        }

        try (Workspace workspace = open.get()) {
            assertThat(workspace.integrityCheck()).isEqualTo("ok");
            List<Task> tasks = workspace.review().tasks(SESSION);
            List<Flag> flags = workspace.flags().ofSession(SESSION);
            expected.forEach((key, value) -> {
                String[] k = key.split(" ");
                long id = Long.parseLong(k[1]);
                String actual = k[0].equals("task")
                        ? tasks.stream().filter(t -> t.id() == id).findFirst()
                                .map(t -> t.startMs() + " " + t.endMs()).orElse("gone")
                        : flags.stream().filter(f -> f.id() == id).findFirst()
                                .map(f -> f.status().wireName()).orElse("gone");
                assertThat(actual).as("%s (acknowledged: %s)", key, value)
                        .isIn(value, inFlight.getOrDefault(key, value));
            });
            // The workspace still takes edits after all that.
            new ReviewService(workspace, "after").addTask(Task.draft(SESSION, 0, 10, "after", null, null));
        }
        assertThat(lastAck.get()).as("edits were acknowledged in later rounds too").isGreaterThan(6);
    }

    private void runAndKill(String where, int round, int first, int editsFirst, int delayMs) throws Exception {
        pending = null;
        ChildJvm child = ChildJvm.start(dir.resolve("r" + round + "-stderr.txt"), "256m", ReviewKillTestEditor.class,
                this::handle, where, SESSION, String.valueOf(first));
        try {
            child.awaitReady();
            child.awaitAcks(editsFirst);
            Thread.sleep(delayMs);
        } finally {
            child.killAndDrain();
        }
    }

    /** One line of the child's output, on the child's reader thread. */
    private void handle(String line) {
        if (line.startsWith("WILL ")) {
            String[] f = line.split(" ");
            if (f[2].equals("gone")) {
                pending = "task " + f[4];
                inFlight.put(pending, "gone");
            } else if (f[2].equals("task")) {
                pending = "task " + f[3];
                inFlight.put(pending, f[4] + " " + f[5]);
            } else {
                pending = "flag " + f[3];
                inFlight.put(pending, f[4]);
            }
        } else if (line.startsWith("ACK ")) {
            if (pending != null) {
                inFlight.remove(pending);
                pending = null;
            }
            String[] f = line.split(" ");
            lastAck.set(Integer.parseInt(f[1]));
            if (f[2].equals("gone")) {
                expected.put("task " + f[4], "gone");
            } else if (f[2].equals("task")) {
                expected.put("task " + f[3], f[4] + " " + f[5]);
            } else {
                expected.put("flag " + f[3], f[4]);
            }
        }
    }
}
