package org.trailmark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.store.FileModes;
import org.trailmark.store.WorkspaceLock;

class StudioAppTest {

    @Test
    void optionsAreReadInBothSpellings() {
        assertThat(StudioApp.optionValue(List.of("--workspace", "/tmp/a.trailmark"), "--workspace"))
                .isEqualTo("/tmp/a.trailmark");
        assertThat(StudioApp.optionValue(List.of("--workspace=/tmp/b.trailmark"), "--workspace"))
                .isEqualTo("/tmp/b.trailmark");
        assertThat(StudioApp.optionValue(List.of("--workspace", "w", "--subject=subj-ana"), "--subject"))
                .isEqualTo("subj-ana");
    }

    @Test
    void withoutTheOptionTheDefaultDecides() {
        assertThat(StudioApp.optionValue(List.of(), "--workspace")).isNull();
        assertThat(StudioApp.optionValue(List.of("--workspace"), "--workspace")).isNull();
        assertThat(StudioApp.optionValue(List.of("--debug"), "--workspace")).isNull();
        assertThat(StudioApp.optionValue(List.of("--workspace-other=x"), "--workspace")).isNull();
    }

    @Test
    void aSecondWindowOpensTheWorkspaceReadOnlyUntilTheFirstCloses(@TempDir Path dir) {
        Path file = dir.resolve("shared.trailmark");
        org.trailmark.ui.workspace.OpenedWorkspace first = StudioApp.openLocked(file);
        try {
            assertThat(first.workspace().isReadOnly()).isFalse();
            assertThat(first.lock()).isNotNull();

            org.trailmark.ui.workspace.OpenedWorkspace second = StudioApp.openLocked(file);
            assertThat(second.workspace().isReadOnly()).isTrue();
            assertThat(second.lock()).isNull();
            second.workspace().close();
        } finally {
            first.workspace().close();
            first.lock().close();
        }

        org.trailmark.ui.workspace.OpenedWorkspace after = StudioApp.openLocked(file);
        assertThat(after.workspace().isReadOnly()).isFalse();
        after.workspace().close();
        after.lock().close();
    }

    @Test
    void theFirstRunCreatesTheWorkspaceItsFoldersAndLockOwnerOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data").resolve("trailmark").resolve("workspace.trailmark");
        org.trailmark.ui.workspace.OpenedWorkspace opened = StudioApp.openLocked(file);
        try {
            assertThat(opened.workspace().isReadOnly()).isFalse();
            assertThat(file).isNotEmptyFile();
            if (FileModes.posix(dir)) {
                assertThat(FileModes.mode(file)).isEqualTo(FileModes.OWNER_ONLY_FILE);
                assertThat(FileModes.mode(opened.lock().lockFile())).isEqualTo(FileModes.OWNER_ONLY_FILE);
                assertThat(FileModes.mode(dir.resolve("data"))).isEqualTo(FileModes.OWNER_ONLY_FOLDER);
                assertThat(FileModes.mode(file.getParent())).isEqualTo(FileModes.OWNER_ONLY_FOLDER);
            }
        } finally {
            opened.workspace().close();
            opened.lock().close();
        }
    }

    @Test
    void theLockedMessageReadsAsASentence() {
        assertThat(StudioApp.sentence(WorkspaceLock.lockedMessage(Path.of("/tmp/w.trailmark"))))
                .startsWith("Workspace /tmp/w.trailmark is locked by another Trailmark window")
                .endsWith("closed.");
    }
}
