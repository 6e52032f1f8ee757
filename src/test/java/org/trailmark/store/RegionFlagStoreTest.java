package org.trailmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.ScreenRegion;

/** Region flags in the flags table: stored, changed, audited by geometry only, read back after reopening. */
class RegionFlagStoreTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("ws.trailmark");
    }

    private Workspace workspace() {
        Workspace w = Workspace.open(file());
        if (!w.sessions().contains("s-1")) {
            w.sessions().add(SyntheticSessions.info("s-1", "subject-0"), SyntheticSessions.r1Like(500, 1), null, "t");
        }
        return w;
    }

    @Test
    void aRegionFlagComesBackWithItsRegionAfterReopening() {
        ScreenRegion area = new ScreenRegion(-1920, 40, 800, 600);
        long id;
        try (Workspace w = workspace()) {
            Flag stored = w.flags().replace("s-1", List.of(), List.of(Flag.region("s-1", 10, 20, area,
                    FlagCategory.THIRD_PARTY, "chat with a colleague")), "add flag", "ann").get(0);
            id = stored.id();
            assertThat(stored.region()).isEqualTo(area);
        }
        try (Workspace w = workspace()) {
            assertThat(w.flags().find(id)).hasValueSatisfying(f -> {
                assertThat(f.region()).isEqualTo(area);
                assertThat(f.reason()).isEqualTo("chat with a colleague");
            });
        }
    }

    @Test
    void changingTheRegionIsStoredAndAuditedByItsRectangleNeverByTheReason() {
        try (Workspace w = workspace()) {
            Flag stored = w.flags().replace("s-1", List.of(), List.of(Flag.region("s-1", 10, 20,
                    new ScreenRegion(0, 0, 100, 50), FlagCategory.PERSONAL_DATA, "customer Jane Roe")),
                    "add flag", "ann").get(0);
            Flag moved = stored.withRegion(new ScreenRegion(5, 6, 70, 80));
            w.flags().replace("s-1", List.of(stored), List.of(moved), "edit flag", "ann");
            Flag whole = moved.withRegion(null);
            w.flags().replace("s-1", List.of(moved), List.of(whole), "edit flag", "ann");

            assertThat(w.flags().find(stored.id())).contains(whole);
            List<String> details = w.audit().entries("s-1").stream().map(AuditEntry::detail).toList();
            assertThat(details).anySatisfy(d -> assertThat(d).contains("region 0,0,100,50"));
            assertThat(details).anySatisfy(d -> assertThat(d).contains("changed region 0,0,100,50->5,6,70,80"));
            assertThat(details).anySatisfy(d -> assertThat(d).contains("changed region 5,6,70,80->none"));
            assertThat(String.join("\n", details)).doesNotContain("Jane Roe");
        }
    }

    @Test
    void anEditAgainstAnOutdatedRegionWritesNothing() {
        try (Workspace w = workspace()) {
            Flag stored = w.flags().replace("s-1", List.of(), List.of(Flag.region("s-1", 10, 20,
                    new ScreenRegion(0, 0, 100, 50), FlagCategory.OTHER, null)), "add flag", "ann").get(0);
            Flag elsewhere = stored.withRegion(new ScreenRegion(1, 1, 10, 10));
            w.flags().replace("s-1", List.of(stored), List.of(elsewhere), "edit flag", "bob");

            assertThatThrownBy(() -> w.flags().replace("s-1", List.of(stored), List.of(), "delete flag", "ann"))
                    .isInstanceOf(StaleEditException.class);
            assertThat(w.flags().find(stored.id())).contains(elsewhere);
        }
    }

    @Test
    void aHalfWrittenRegionIsReportedAsDamaged() throws Exception {
        long id;
        try (Workspace w = workspace()) {
            id = w.flags().replace("s-1", List.of(), List.of(Flag.region("s-1", 10, 20, new ScreenRegion(0, 0, 9, 9),
                    FlagCategory.OTHER, null)), "add flag", "ann").get(0).id();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file());
             Statement s = c.createStatement()) {
            s.execute("UPDATE flags SET region_width = NULL, region_height = NULL WHERE id = " + id);
        }
        try (Workspace w = workspace()) {
            assertThatThrownBy(() -> w.flags().ofSession("s-1")).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("is damaged")
                    .cause().hasMessageContaining("flag row " + id);
        }
    }
}
