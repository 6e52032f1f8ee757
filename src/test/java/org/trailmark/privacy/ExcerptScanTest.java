package org.trailmark.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.generate.GeneratedSession;
import org.trailmark.generate.SessionGenerator;
import org.trailmark.model.EventKind;
import org.trailmark.model.Flag;
import org.trailmark.model.LogExcerpt;
import org.trailmark.model.SessionLog;
import org.trailmark.store.Workspace;

/**
 * The scan after an import loads every event but pointer moves: it must suggest exactly the flags
 * a scan of the whole session suggests, on sessions with planted secrets typed between moves.
 */
class ExcerptScanTest {

    @TempDir
    Path dir;

    @Test
    void theExcerptWithoutMovesSuggestsTheFlagsOfTheWholeSession() {
        List<GeneratedSession> samples = SessionGenerator.samples(SessionGenerator.DEFAULT_SEED);
        int flagged = 0;
        try (Workspace workspace = Workspace.open(dir.resolve("w.db"))) {
            for (GeneratedSession s : samples) {
                workspace.sessions().add(s.info(), s.log(), null, "tester");
                String id = s.info().id();
                LogExcerpt excerpt = workspace.sessions().loadWithoutPointerMoves(id);
                SessionLog whole = workspace.sessions().loadLog(id);

                List<Flag> fromWhole = SessionScanner.suggestedFlags(whole, id);
                List<Flag> fromExcerpt = SessionScanner.suggestedFlags(excerpt, id);

                assertThat(fromExcerpt).isEqualTo(fromWhole);
                assertThat(excerpt.log().size()).isLessThan(whole.size());
                assertThat(excerpt.log().durationMs()).isEqualTo(whole.durationMs());
                flagged += fromWhole.size();
            }
        }
        assertThat(flagged).as("the samples plant secrets, so the comparison covers real findings").isPositive();
    }

    @Test
    void theExcerptKeepsEveryOtherEventAtItsPlace() {
        GeneratedSession s = SessionGenerator.large(SessionGenerator.DEFAULT_SEED, 150_000);
        try (Workspace workspace = Workspace.open(dir.resolve("large.db"))) {
            workspace.sessions().add(s.info(), s.log(), null, "tester");
            LogExcerpt excerpt = workspace.sessions().loadWithoutPointerMoves(s.info().id());
            SessionLog whole = s.log();

            int kept = 0;
            for (int i = 0; i < whole.size(); i++) {
                if (whole.kind(i) != EventKind.POINTER_MOVE || i == whole.size() - 1) {
                    int at = excerpt.position(kept);
                    assertThat(at).isEqualTo(i);
                    assertThat(excerpt.log().time(kept)).isEqualTo(whole.time(i));
                    assertThat(excerpt.log().a(kept)).isEqualTo(whole.a(i));
                    kept++;
                }
            }
            assertThat(excerpt.log().size()).isEqualTo(kept);
            assertThat(excerpt.log().strings()).isEqualTo(whole.strings());
        }
    }
}
