package org.trailmark.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.BackingStoreException;
import org.junit.jupiter.api.Test;
import org.trailmark.ui.MemoryPreferences;
import org.trailmark.ui.StudioPreferences;

class RecentWorkspacesTest {
    private final MemoryPreferences node = new MemoryPreferences();
    private final StudioPreferences preferences = new StudioPreferences(node);

    private RecentWorkspaces recent() {
        return new RecentWorkspaces(preferences::recentWorkspaces, preferences::setRecentWorkspaces);
    }

    @Test
    void newestComesFirstEachEntryOnceAndAtMostEight() {
        RecentWorkspaces recent = recent();
        for (int i = 1; i <= 10; i++) {
            recent.rememberFile(Path.of("/data/w" + i + ".trailmark"));
        }
        recent.rememberTeam("postgresql://ana@db.example.com/trailmark");
        recent.rememberFile(Path.of("/data/w9.trailmark"));
        recent.rememberTeam("  postgresql://ana@db.example.com/trailmark ");

        assertThat(recent.entries()).containsExactly("postgresql://ana@db.example.com/trailmark",
                "/data/w9.trailmark", "/data/w10.trailmark", "/data/w8.trailmark", "/data/w7.trailmark",
                "/data/w6.trailmark", "/data/w5.trailmark", "/data/w4.trailmark");
        // read back from the preferences store by a new list, as the next start of the studio does
        assertThat(recent().entries()).containsExactlyElementsOf(recent.entries());
    }

    @Test
    void aFileIsKeptByItsAbsolutePath() {
        RecentWorkspaces recent = recent();
        recent.rememberFile(Path.of("relative/../w.trailmark"));
        assertThat(recent.entries()).containsExactly(Path.of("w.trailmark").toAbsolutePath().toString());
    }

    @Test
    void aUrlThatCouldHoldAPasswordIsNeverStored() throws BackingStoreException {
        RecentWorkspaces recent = recent();
        recent.rememberTeam("postgresql://ana:hunter2@db.example.com/trailmark");
        recent.rememberTeam("postgresql://ana@db.example.com/trailmark?password=hunter2");

        assertThat(recent.entries()).isEmpty();
        for (String key : node.keys()) {
            assertThat(node.get(key, "")).doesNotContain("hunter2");
        }
    }

    @Test
    void anEntryThatNoLongerOpensCanBeRemoved() {
        RecentWorkspaces recent = recent();
        recent.rememberFile(Path.of("/data/a.trailmark"));
        recent.rememberFile(Path.of("/data/b.trailmark"));
        recent.remove("/data/a.trailmark");

        assertThat(recent().entries()).containsExactly("/data/b.trailmark");
    }

    @Test
    void theMenuNamesAServerWithoutItsSchemeAndAFileByNameAndFolder() {
        assertThat(RecentWorkspaces.label("postgresql://ana@db.example.com:5433/trailmark?sslmode=verify-full"))
                .isEqualTo("ana@db.example.com:5433/trailmark");
        assertThat(RecentWorkspaces.label("/data/team/w.trailmark")).isEqualTo("w.trailmark \u2014 /data/team");
        assertThat(RecentWorkspaces.isTeam("postgres://h/db")).isTrue();
        assertThat(RecentWorkspaces.isTeam("/data/w.trailmark")).isFalse();
    }

    @Test
    void blankAndDuplicateStoredEntriesAreDropped() {
        preferences.setRecentWorkspaces(List.of("/a.trailmark", " ", "/a.trailmark", "/b.trailmark"));
        assertThat(recent().entries()).containsExactly("/a.trailmark", "/b.trailmark");
    }
}
