package org.trailmark.store;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Rounds of a child JVM that imports sessions in a loop and is killed (SIGKILL) at seeded random
 * moments, over one workspace; then the checks every crash test makes: the file is sound, every
 * acknowledged import complete, no import half-present, no chunk without its session, and the
 * workspace still takes imports. Shared by the in-memory and the streamed import's crash tests.
 *
 * @param importer the child's main class: prints READY, then ACK id after each committed import
 */
record KillRounds(Path dir, Class<?> importer, int rounds, long seed, int eventsPerSession) {

    /** Runs the rounds and the checks; returns the ids acknowledged. */
    Set<String> runAndCheck() throws Exception {
        Path file = dir.resolve("killed.trailmark");
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        for (int round = 0; round < rounds; round++) {
            // Early kills land in the first transaction or in recovery; later ones after a seeded
            // number of finished imports, somewhere in the next. Progress, not time, sets the moment.
            boolean early = round % 2 == 0;
            int importsFirst = early ? 0 : 1 + random.nextInt(2);
            int delayMs = early ? random.nextInt(120) : random.nextInt(400);
            runAndKill(file, "r" + round + "-", importsFirst, delayMs, acknowledged);
        }

        try (Workspace workspace = Workspace.open(file)) {
            assertThat(workspace.integrityCheck()).isEqualTo("ok");
            for (String id : acknowledged) {
                assertThat(workspace.sessions().contains(id)).as("acknowledged %s is present", id).isTrue();
                assertThat(workspace.sessions().loadLog(id).size()).as("events of %s", id).isEqualTo(eventsPerSession);
            }
            for (SessionSummary summary : workspace.sessions().all()) {
                assertThat(summary.events()).isEqualTo(eventsPerSession);
                assertThat(workspace.audit().entries(summary.id())).extracting(AuditEntry::action).containsExactly("import");
            }
            assertEverySessionIsWhole(file);
            // The workspace still takes imports after all that.
            workspace.sessions().add(SyntheticSessions.info("after", "subject-0"), SyntheticSessions.r1Like(1_000, 1),
                    null, "kill-test");
            assertThat(workspace.sessions().loadLog("after").size()).isEqualTo(1_000);
        }
        return acknowledged;
    }

    private void runAndKill(Path file, String prefix, int importsFirst, int delayMs, Set<String> acknowledged)
            throws Exception {
        ChildJvm child = ChildJvm.start(dir.resolve(prefix + "stderr.txt"), "512m", importer,
                line -> {
                    if (line.startsWith("ACK ")) {
                        acknowledged.add(line.substring(4));
                    }
                }, file.toString(), prefix, String.valueOf(eventsPerSession), "7");
        try {
            child.awaitReady();
            child.awaitAcks(importsFirst);
            Thread.sleep(delayMs);
        } finally {
            child.killAndDrain();
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
}
