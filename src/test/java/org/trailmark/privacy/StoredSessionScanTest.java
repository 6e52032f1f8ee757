package org.trailmark.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.generate.GeneratedSession;
import org.trailmark.generate.SessionGenerator;
import org.trailmark.model.EventKind;
import org.trailmark.model.EventSource;
import org.trailmark.model.Flag;
import org.trailmark.model.SessionLog;
import org.trailmark.store.Workspace;
import org.trailmark.store.WorkspaceException;

/**
 * The scan of a stored session reads it chunk by chunk and never looks at pointer moves: it must
 * suggest exactly the flags a scan of the whole loaded session suggests, and the scan before it.
 */
class StoredSessionScanTest {

    @TempDir
    Path dir;

    @Test
    void aStoredSessionSuggestsTheFlagsOfTheWholeLoadedSession() {
        List<GeneratedSession> samples = SessionGenerator.samples(SessionGenerator.DEFAULT_SEED);
        int flagged = 0;
        try (Workspace workspace = Workspace.open(dir.resolve("w.db"))) {
            for (GeneratedSession s : samples) {
                workspace.sessions().add(s.info(), s.log(), null, "tester");
                String id = s.info().id();
                SessionLog whole = workspace.sessions().loadLog(id);

                List<Flag> fromWhole = SessionScanner.suggestedFlags(whole, id);
                List<Flag> fromStore = SessionScanner.suggestedFlags(workspace.sessions().storedEvents(id), id);

                assertThat(fromStore).isEqualTo(fromWhole);
                assertThat(fromWhole).isEqualTo(WholeLogReferenceScanner.suggestedFlags(whole, id));
                flagged += fromWhole.size();
            }
        }
        assertThat(flagged).as("the samples plant secrets, so the comparison covers real findings").isPositive();
    }

    @Test
    void theStoredEventsAreEveryEventButMovesAtTheirPlaceAndTheLastOne() {
        GeneratedSession s = SessionGenerator.large(SessionGenerator.DEFAULT_SEED, 150_000);
        try (Workspace workspace = Workspace.open(dir.resolve("large.db"))) {
            workspace.sessions().add(s.info(), s.log(), null, "tester");
            EventSource stored = workspace.sessions().storedEvents(s.info().id());
            SessionLog whole = s.log();
            List<Integer> positions = new ArrayList<>();
            stored.withoutPointerMoves(0, stored.eventCount(), (position, kind, time, a, b) -> {
                assertThat(kind).isEqualTo(whole.kindCode(position));
                assertThat(time).isEqualTo(whole.time(position));
                assertThat(a).isEqualTo(whole.a(position));
                assertThat(b).isEqualTo(whole.b(position));
                positions.add(position);
            });
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < whole.size(); i++) {
                if (whole.kind(i) != EventKind.POINTER_MOVE || i == whole.size() - 1) {
                    expected.add(i);
                }
            }
            assertThat(positions).isEqualTo(expected);
            assertThat(stored.eventCount()).isEqualTo(whole.size());
            assertThat(stored.stringCount()).isEqualTo(whole.stringCount());
        }
    }

    @Test
    void aDamagedChunkIsTheWorkspacesErrorNotAWrongScan() throws Exception {
        GeneratedSession s = SessionGenerator.large(SessionGenerator.DEFAULT_SEED, 100_000);
        Path file = dir.resolve("damaged.db");
        String id = s.info().id();
        try (Workspace workspace = Workspace.open(file)) {
            workspace.sessions().add(s.info(), s.log(), null, "tester");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement ps = c.prepareStatement("UPDATE event_chunks SET data = ? WHERE chunk_no = 1")) {
            ps.setBytes(1, new byte[] {5, 1, 2, 3});
            ps.executeUpdate();
        }
        try (Workspace workspace = Workspace.open(file)) {
            EventSource stored = workspace.sessions().storedEvents(id);
            assertThatThrownBy(() -> SessionScanner.scan(stored))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining("damaged");
        }
    }
}
