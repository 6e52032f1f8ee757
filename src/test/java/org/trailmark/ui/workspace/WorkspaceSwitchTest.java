package org.trailmark.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.store.WorkspaceLock;
import org.trailmark.store.pg.PostgresLocation;
import org.trailmark.ui.MemoryPreferences;
import org.trailmark.ui.StudioPreferences;
import org.trailmark.ui.common.BackgroundTask;
import org.trailmark.ui.common.SameThreadTaskExecutor;

/** Switching the window's workspace: files opened and let go, the recent list, what is refused. */
class WorkspaceSwitchTest {
    @TempDir
    Path dir;

    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
    private final Dialogs dialogs = new Dialogs();
    private final List<OpenedWorkspace> shown = new ArrayList<>();
    private final StudioPreferences preferences = new StudioPreferences(new MemoryPreferences());
    private final RecentWorkspaces recent = new RecentWorkspaces(preferences::recentWorkspaces,
            preferences::setRecentWorkspaces);
    private WorkspaceSwitch workspaces;

    @AfterEach
    void closeWhatIsOpen() {
        if (workspaces != null) {
            workspaces.close();
        }
    }

    private WorkspaceSwitch switchFrom(Path file) {
        workspaces = new WorkspaceSwitch(OpenedWorkspace.file(file), executor, dialogs, recent, shown::add,
                PostgresLocation::parse, location -> OpenedWorkspace.team(location, dir), OpenedWorkspace::existingFile);
        return workspaces;
    }

    @Test
    void openingAnotherFileShowsItAndLetsGoOfTheOneBefore() throws Exception {
        Path first = dir.resolve("first.trailmark");
        Path second = existing("second.trailmark");
        switchFrom(first);
        dialogs.chosenFile = Optional.of(second);

        workspaces.openWorkspaceFile();

        assertThat(shown).singleElement().satisfies(w -> {
            assertThat(w.workspace().file()).contains(second);
            assertThat(w.workspace().isReadOnly()).isFalse();
            assertThat(w.lock()).isNotNull();
        });
        assertThat(workspaces.current()).isSameAs(shown.get(0));
        // the first file's lock is free again: another window may have it
        Optional<WorkspaceLock> firstAgain = WorkspaceLock.tryAcquire(first);
        assertThat(firstAgain).isPresent();
        firstAgain.get().close();
        assertThat(WorkspaceLock.tryAcquire(second)).isEmpty();
        assertThat(recent.entries()).containsExactly(second.toString());
    }

    @Test
    void theFileAlreadyShownIsNotOpenedTwice() {
        Path first = dir.resolve("first.trailmark");
        switchFrom(first);
        dialogs.chosenFile = Optional.of(first);

        workspaces.openWorkspaceFile();

        assertThat(shown).isEmpty();
        assertThat(dialogs.notices).singleElement().asString().startsWith("Already open");
    }

    @Test
    void aRecentFileThatIsGoneIsSaidInWordsAndCanBeRemoved() throws Exception {
        switchFrom(dir.resolve("first.trailmark"));
        Path gone = existing("gone.trailmark");
        Path kept = existing("kept.trailmark");
        recent.rememberFile(gone);
        recent.rememberFile(kept);
        Files.delete(gone);

        dialogs.removeAnswer = false;
        workspaces.openRecent(gone.toString());
        assertThat(dialogs.removals).singleElement().asString()
                .isEqualTo("The workspace file is not there: There is no workspace at " + gone
                        + " any more: it was moved, renamed or deleted.");
        assertThat(recent.entries()).contains(gone.toString());

        dialogs.removeAnswer = true;
        workspaces.openRecent(gone.toString());
        assertThat(recent.entries()).containsExactly(kept.toString());
        assertThat(shown).isEmpty();
        assertThat(Files.exists(gone)).as("nothing created where the file was").isFalse();
    }

    @Test
    void anUnreachableRecentServerIsSaidInWordsAndCanBeRemoved() throws Exception {
        switchFrom(dir.resolve("first.trailmark"));
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "postgresql://ana@127.0.0.1:" + closedPort + "/trailmark";
        recent.rememberTeam(url);
        dialogs.removeAnswer = true;

        workspaces.openRecent(url);

        assertThat(dialogs.removals).singleElement().asString().startsWith("The server did not answer: Cannot reach"
                + " PostgreSQL at 127.0.0.1:" + closedPort);
        assertThat(recent.entries()).isEmpty();
        assertThat(shown).isEmpty();
    }

    @Test
    void nothingIsSwitchedWhileAnImportRunsOnTheWorkspace() throws Exception {
        switchFrom(dir.resolve("first.trailmark"));
        dialogs.chosenFile = Optional.of(existing("second.trailmark"));
        executor.execute(BackgroundTask.of("Importing", progress -> {
            workspaces.openWorkspaceFile();
            workspaces.openTeamWorkspace();
            return null;
        }));

        assertThat(shown).isEmpty();
        assertThat(dialogs.teamDialogs).isEmpty();
        assertThat(dialogs.notices).hasSize(2).allSatisfy(n -> assertThat(n).startsWith("Wait for the work in hand"));
    }

    private Path existing(String name) {
        Path file = dir.resolve(name);
        OpenedWorkspace.file(file).close();
        return file;
    }

    /** Answers as told and records what was said. */
    private static final class Dialogs implements WorkspaceDialogs {
        Optional<Path> chosenFile = Optional.empty();
        boolean removeAnswer;
        final List<String> notices = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        final List<String> removals = new ArrayList<>();
        final List<OpenTeamWorkspaceViewModel> teamDialogs = new ArrayList<>();

        @Override
        public Optional<Path> chooseWorkspaceFile() {
            return chosenFile;
        }

        @Override
        public void showOpenTeamWorkspace(OpenTeamWorkspaceViewModel model) {
            teamDialogs.add(model);
        }

        @Override
        public boolean askRemoveRecent(String title, String message) {
            removals.add(title + ": " + message);
            return removeAnswer;
        }

        @Override
        public void showError(String title, String message) {
            errors.add(title + ": " + message);
        }

        @Override
        public void showNotice(String title, String message) {
            notices.add(title + ": " + message);
        }
    }
}
