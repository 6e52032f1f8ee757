package org.trailmark.store.pg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trailmark.store.pg.PostgresSchemaTest.count;
import static org.trailmark.store.pg.PostgresSchemaTest.execute;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.Task;
import org.trailmark.store.Claim;
import org.trailmark.store.SyntheticSessions;
import org.trailmark.store.Workspace;

/**
 * Assignments, claims and double labelling on a team server, each labeler through their own database
 * login: what the SQLite tests show for one file holds here, and the server itself keeps a version blind
 * to a hand-written query until every labeler of the session has submitted.
 */
class TeamLabellingTest {
    private static final int SESSIONS = 8;

    @TempDir
    Path dir;

    private TeamDatabase db;
    private String ana;
    private String bo;

    @BeforeEach
    void teamWithTwoLabelersAndEightSessions() throws SQLException {
        db = TeamDatabase.create();
        ana = db.labeler("ana");
        bo = db.labeler("bo");
        try (Workspace owner = open(PostgresTestServer.OWNER)) {
            for (int i = 0; i < SESSIONS; i++) {
                owner.sessions().add(SyntheticSessions.info(String.format("s-%02d", i), "subject-" + i),
                        SyntheticSessions.r1Like(20, i), null, "t");
            }
        }
    }

    @Test
    void twoLabelersAskingAtOnceNeverGetTheSameSession() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (Workspace a = open(ana); Workspace b = open(bo)) {
            List<String> given = new ArrayList<>();
            for (int round = 0; round < SESSIONS / 2; round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Optional<Claim>> first = threads.submit(() -> {
                    together.await();
                    return a.assignments().next(ana);
                });
                Future<Optional<Claim>> second = threads.submit(() -> {
                    together.await();
                    return b.assignments().next(bo);
                });
                // each submits before asking again, or "next" gives them back the session they still hold
                String mine = first.get().orElseThrow().session().id();
                String theirs = second.get().orElseThrow().session().id();
                given.add(mine);
                given.add(theirs);
                a.versions().submit(mine, ana);
                b.versions().submit(theirs, bo);
            }

            assertThat(new HashSet<>(given)).hasSize(SESSIONS);
            assertThat(a.assignments().next(ana)).isEmpty();
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aVersionStaysHiddenFromAHandWrittenQueryUntilEveryLabelerHasSubmitted() throws SQLException {
        try (Workspace owner = open(PostgresTestServer.OWNER)) {
            owner.assignments().assign("s-00", List.of(ana, bo), "it");
        }
        try (Workspace a = open(ana)) {
            a.review().replaceTasks("s-00", ana, List.of(), List.of(Task.draft("s-00", 0, 100, "Open mail", null, null)),
                    "add task", ana);
        }
        String anasRows = "SELECT count(*) FROM tasks WHERE session_id = 's-00' AND labeler = '" + ana + "'";
        try (Connection c = db.connect(bo)) {
            assertThat(count(c, anasRows)).isZero();
            assertThatThrownBy(() -> execute(c, "INSERT INTO tasks (session_id, start_ms, end_ms, instruction,"
                    + " labeler) VALUES ('s-00', 0, 50, 'forged', '" + ana + "')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
        }

        try (Workspace a = open(ana)) {
            a.versions().submit("s-00", ana);
        }
        try (Connection c = db.connect(bo)) {
            assertThat(count(c, anasRows)).as("bo has not submitted yet").isZero();
        }
        try (Workspace b = open(bo)) {
            b.versions().submit("s-00", bo);
        }
        try (Connection c = db.connect(bo)) {
            assertThat(count(c, anasRows)).isEqualTo(1);
        }
        try (Connection c = db.connect(ana); Statement s = c.createStatement()) {
            // a submitted version is out of its labeler's reach: the policy hides its rows from UPDATE
            assertThat(s.executeUpdate("UPDATE tasks SET instruction = 'changed after submitting'"
                    + " WHERE session_id = 's-00' AND labeler = '" + ana + "'")).isZero();
            assertThat(count(c, anasRows + " AND instruction = 'Open mail'")).isEqualTo(1);
        }
    }

    private Workspace open(String user) {
        return db.open(user, dir.resolve("team-media"));
    }
}
