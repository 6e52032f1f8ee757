package org.trailmark.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.Flag;
import org.trailmark.model.Task;
import org.trailmark.store.Workspace;

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
        try (Workspace workspace = Workspace.open(file)) {
            ReviewFixtures.addSession(workspace, SESSION, 0);
        }
        SplittableRandom random = new SplittableRandom(SEED);
        int first = 0;
        for (int round = 0; round < ROUNDS; round++) {
            int delayMs = round % 2 == 0 ? random.nextInt(150) : 200 + random.nextInt(900);
            runAndKill(file, round, first, delayMs);
            // Resume on a fresh cycle of edits (each cycle starts by adding a task).
            first = ((lastAck.get() + 1) / 6 + 1) * 6;
        }

        try (Workspace workspace = Workspace.open(file)) {
            assertThat(workspace.integrityCheck()).isEqualTo("ok");
            List<Task> tasks = workspace.tasks(SESSION);
            List<Flag> flags = workspace.flags(SESSION);
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

    private void runAndKill(Path file, int round, int first, int delayMs) throws Exception {
        pending = null;
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Path errors = dir.resolve("r" + round + "-stderr.txt");
        Process child = new ProcessBuilder(javaBin.toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), ReviewKillTestEditor.class.getName(),
                file.toString(), SESSION, String.valueOf(first))
                .redirectError(errors.toFile())
                .start();
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = new Thread(() -> readAcks(child, ready), "review-kill-reader");
        reader.start();
        try {
            assertThat(ready.await(60, TimeUnit.SECONDS)).as("child started: %s", readQuietly(errors)).isTrue();
            Thread.sleep(delayMs);
        } finally {
            // Kill through the process handle: Process.destroyForcibly() also closes our end of the
            // child's stdout, so lines it wrote just before dying (a WILL or an ACK) could be lost.
            child.toHandle().destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            reader.join(30_000);
        }
    }

    private void readAcks(Process child, CountDownLatch ready) {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.equals("READY")) {
                    ready.countDown();
                } else if (line.startsWith("WILL ")) {
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
        } catch (IOException e) {
            // The pipe breaks when the child is killed; whatever was read is what was acknowledged.
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
