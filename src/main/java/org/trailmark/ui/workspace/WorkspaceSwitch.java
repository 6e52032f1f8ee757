package org.trailmark.ui.workspace;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.trailmark.store.pg.PostgresLocation;
import org.trailmark.ui.common.BackgroundTask;
import org.trailmark.ui.common.TaskExecutor;

/**
 * Which workspace the studio window has open, and changing it: File ▸ Open team workspace…, Open
 * workspace file…, Open recent ▸. The next workspace is opened in the background while the current one
 * stays in use; only once it is open does the studio show it, and the one before is closed on the
 * interactive lane after the reads and edits already queued for it (so none is lost), which also lets
 * another window have its file. Not while an import, scan or export runs on it.
 */
public final class WorkspaceSwitch {
    private final TaskExecutor executor;
    private final WorkspaceDialogs dialogs;
    private final RecentWorkspaces recent;
    private final Consumer<OpenedWorkspace> show;
    private final Function<String, PostgresLocation> parser;
    private final Function<PostgresLocation, OpenedWorkspace> teamOpener;
    private final Function<Path, OpenedWorkspace> fileOpener;
    private OpenedWorkspace current;

    /**
     * @param show       shows the newly opened workspace in the window (a fresh studio for it), on the UI thread
     * @param teamOpener opens a team workspace (OpenedWorkspace::team with this user's media folder)
     * @param fileOpener opens an existing workspace file (OpenedWorkspace::existingFile)
     */
    public WorkspaceSwitch(OpenedWorkspace current, TaskExecutor executor, WorkspaceDialogs dialogs,
                           RecentWorkspaces recent, Consumer<OpenedWorkspace> show,
                           Function<String, PostgresLocation> parser,
                           Function<PostgresLocation, OpenedWorkspace> teamOpener,
                           Function<Path, OpenedWorkspace> fileOpener) {
        this.current = Objects.requireNonNull(current, "current");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.recent = Objects.requireNonNull(recent, "recent");
        this.show = Objects.requireNonNull(show, "show");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.teamOpener = Objects.requireNonNull(teamOpener, "teamOpener");
        this.fileOpener = Objects.requireNonNull(fileOpener, "fileOpener");
    }

    public OpenedWorkspace current() {
        return current;
    }

    public RecentWorkspaces recent() {
        return recent;
    }

    /** File ▸ Open team workspace…: the dialog; it switches when it connects. */
    public void openTeamWorkspace() {
        if (!refusedWhileBusy()) {
            dialogs.showOpenTeamWorkspace(teamDialogModel());
        }
    }

    /** A fresh model for the dialog, switching to the workspace it opens. */
    public OpenTeamWorkspaceViewModel teamDialogModel() {
        return new OpenTeamWorkspaceViewModel(executor, parser, teamOpener, (url, opened) -> {
            recent.rememberTeam(url);
            switchTo(opened);
        });
    }

    /** File ▸ Open workspace file…: a file chosen, opened, shown. */
    public void openWorkspaceFile() {
        if (!refusedWhileBusy()) {
            dialogs.chooseWorkspaceFile().ifPresent(file -> openFile(file, null));
        }
    }

    /**
     * File ▸ Open recent ▸ an entry. A server that asks for a password it was not given opens the team
     * dialog with the URL filled in; any other failure is said in words with the offer to take the entry
     * off the list.
     */
    public void openRecent(String entry) {
        if (refusedWhileBusy()) {
            return;
        }
        if (!RecentWorkspaces.isTeam(entry)) {
            openFile(Path.of(entry), entry);
            return;
        }
        executor.execute(BackgroundTask.interactive("Connecting to " + RecentWorkspaces.label(entry),
                        progress -> teamOpener.apply(parser.apply(entry)))
                .onSuccess(opened -> {
                    recent.rememberTeam(entry);
                    switchTo(opened);
                })
                .onFailure(failure -> {
                    if (OpenFailureWords.wantsPassword(failure)) {
                        OpenTeamWorkspaceViewModel model = teamDialogModel();
                        model.prefill(entry, OpenFailureWords.of(failure));
                        dialogs.showOpenTeamWorkspace(model);
                    } else {
                        offerRemoval(entry, failure);
                    }
                }));
    }

    private void openFile(Path file, String recentEntry) {
        Path wanted = file.toAbsolutePath().normalize();
        if (current.workspace().file().filter(wanted::equals).isPresent()) {
            dialogs.showNotice("Already open", "This window shows " + wanted.getFileName() + " already.");
            return;
        }
        executor.execute(BackgroundTask.interactive("Opening " + wanted.getFileName(),
                        progress -> fileOpener.apply(wanted))
                .onSuccess(opened -> {
                    recent.rememberFile(wanted);
                    switchTo(opened);
                })
                .onFailure(failure -> {
                    if (recentEntry != null) {
                        offerRemoval(recentEntry, failure);
                    } else {
                        OpenFailureWords words = OpenFailureWords.of(failure);
                        dialogs.showError(words.title(), words.message());
                    }
                }));
    }

    private void offerRemoval(String entry, Throwable failure) {
        OpenFailureWords words = OpenFailureWords.of(failure);
        if (dialogs.askRemoveRecent(words.title(), words.message())) {
            recent.remove(entry);
        }
    }

    /**
     * Shows {@code next} in the window, then closes the workspace before it behind the work queued for
     * it. The window's studio is rebuilt for {@code next}, which stops the old one's timers and players.
     */
    public void switchTo(OpenedWorkspace next) {
        OpenedWorkspace before = current;
        current = next;
        show.accept(next);
        executor.execute(BackgroundTask.interactive("Closing " + before.workspace().displayName(), progress -> {
            before.close();
            return null;
        }));
    }

    /** When the window closes: the workspace it shows is closed and its file let go. */
    public void close() {
        current.close();
    }

    private boolean refusedWhileBusy() {
        if (executor.progress().isRunning()) {
            dialogs.showNotice("Wait for the work in hand", "An import, scan or export is still running on this"
                    + " workspace. Open another one when it has finished.");
            return true;
        }
        return false;
    }
}
