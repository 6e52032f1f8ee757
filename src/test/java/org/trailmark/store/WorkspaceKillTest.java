package org.trailmark.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test: a child JVM imports sessions in a loop and is killed (SIGKILL) at
 * seeded random moments, several times over the same workspace. Afterwards the file must be
 * sound, every acknowledged import complete, and no import half-present.
 */
class WorkspaceKillTest {
    private static final int EVENTS_PER_SESSION = 200_000;
    private static final int ROUNDS = 6;
    private static final long SEED = 20_250_314L;

    @TempDir
    Path dir;

    @Test
    void killedImportsLeaveOnlyWholeSessionsAndKeepEveryAcknowledgedOne() throws Exception {
        Path file = dir.resolve("killed.trailmark");
        SplittableRandom random = new SplittableRandom(SEED);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        for (int round = 0; round < ROUNDS; round++) {
            // Early kills land in the first transaction or in recovery; later ones mid-stream.
            int delayMs = round % 2 == 0 ? random.nextInt(120) : 150 + random.nextInt(1_200);
            runAndKill(file, "r" + round + "-", delayMs, acknowledged);
        }

        try (Workspace workspace = Workspace.open(file)) {
            assertThat(workspace.integrityCheck()).isEqualTo("ok");
            for (String id : acknowledged) {
                assertThat(workspace.containsSession(id)).as("acknowledged %s is present", id).isTrue();
                assertThat(workspace.loadLog(id).size()).as("events of %s", id).isEqualTo(EVENTS_PER_SESSION);
            }
            for (SessionSummary summary : workspace.sessions()) {
                assertThat(summary.events()).isEqualTo(EVENTS_PER_SESSION);
                assertThat(workspace.audit(summary.id())).extracting(AuditEntry::action).containsExactly("import");
            }
            assertEverySessionIsWhole(file);
            // The workspace still takes imports after all that.
            workspace.addSession(SyntheticSessions.info("after", "subject-0"), SyntheticSessions.r1Like(1_000, 1),
                    null, "kill-test");
            assertThat(workspace.loadLog("after").size()).isEqualTo(1_000);
        }
        assertThat(acknowledged).as("some imports were acknowledged before the kills").isNotEmpty();
    }

    private void runAndKill(Path file, String prefix, int delayMs, Set<String> acknowledged) throws Exception {
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Path errors = dir.resolve(prefix + "stderr.txt");
        Process child = new ProcessBuilder(javaBin.toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), KillTestImporter.class.getName(),
                file.toString(), prefix, String.valueOf(EVENTS_PER_SESSION), "7")
                .redirectError(errors.toFile())
                .start();
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = new Thread(() -> readAcks(child, ready, acknowledged), "kill-test-reader");
        reader.start();
        try {
            boolean started = ready.await(60, TimeUnit.SECONDS);
            assertThat(started).as("child started: %s", readQuietly(errors)).isTrue();
            Thread.sleep(delayMs);
        } finally {
            // Kill through the process handle: Process.destroyForcibly() also closes our end of the
            // child's stdout, so lines it wrote just before dying (a WILL or an ACK) could be lost.
            child.toHandle().destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            reader.join(30_000);
        }
    }

    private static void readAcks(Process child, CountDownLatch ready, Set<String> acknowledged) {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.equals("READY")) {
                    ready.countDown();
                } else if (line.startsWith("ACK ")) {
                    acknowledged.add(line.substring(4));
                }
            }
        } catch (IOException e) {
            // The pipe breaks when the child is killed; whatever was read is what was acknowledged.
        }
    }

    /** Raw SQL, so that a half-written session would show even where the Workspace API hides it. */
    private static void assertEverySessionIsWhole(Path file) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT s.id, s.event_count, s.chunk_count,"
                    + " (SELECT count(*) FROM event_chunks c WHERE c.session_id = s.id),"
                    + " (SELECT coalesce(sum(event_count), 0) FROM event_chunks c WHERE c.session_id = s.id),"
                    + " (SELECT count(*) FROM session_strings t WHERE t.session_id = s.id)"
                    + " FROM sessions s")) {
                while (rs.next()) {
                    if (rs.getInt(3) != rs.getInt(4) || rs.getLong(2) != rs.getLong(5) || rs.getInt(6) != 1) {
                        problems.add(rs.getString(1));
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM event_chunks"
                    + " WHERE session_id NOT IN (SELECT id FROM sessions)")) {
                rs.next();
                assertThat(rs.getInt(1)).as("chunks without a session").isZero();
            }
        }
        assertThat(problems).as("sessions whose chunks do not add up").isEmpty();
    }

    private static String readQuietly(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
