package org.trailmark.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.trailmark.ingest.ContextImportService;
import org.trailmark.ingest.ContextReport;
import org.trailmark.ingest.ContextTargets;
import org.trailmark.ingest.ImportProgress;
import org.trailmark.ingest.ImportReport;
import org.trailmark.ingest.ImportService;
import org.trailmark.ingest.SampleSessions;
import org.trailmark.ingest.SessionOutcome;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.Problem;
import org.trailmark.store.Assignment;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.WorkspaceException;
import org.trailmark.store.Workspace;
import org.trailmark.store.WorkspaceUser;
import org.trailmark.ui.browser.SessionWork;
import org.trailmark.ui.browser.SessionBrowserViewModel;
import org.trailmark.ui.common.AccessFlushing;
import org.trailmark.ui.common.BackgroundTask;
import org.trailmark.ui.common.Formats;
import org.trailmark.ui.common.ProgressSink;
import org.trailmark.ui.common.TaskExecutor;
import org.trailmark.ui.common.TaskProgress;
import org.trailmark.ui.common.WorkspaceChanges;
import org.trailmark.ui.player.PlayerViewModel;
import org.trailmark.ui.review.AuditViewModel;
import org.trailmark.ui.review.ReviewViewModel;
import org.trailmark.ui.subject.MyDataViewModel;
import org.trailmark.ui.subject.SubjectPanelModel;
import org.trailmark.ui.theme.Theme;
import org.trailmark.subject.SubjectService;

/**
 * The studio window's state and commands: the workspace it shows, importing into it, the session
 * open in the player, the theme, and the status bar figures. Everything slow runs on the
 * {@link TaskExecutor}; everything that asks or tells the person goes through the
 * {@link DialogService}.
 *
 * <p>The player follows the browser: selecting a session (by hand, by restoring the last one, or
 * by importing it) opens it. A selection the filters hide leaves the player as it is, so typing a
 * filter never closes what the person is watching.
 *
 * <p>The review of the open session follows the player. Every change to the workspace (a review
 * edit, its undo or redo, a private mark, a withdrawal, an erasure, an import, a scan, F5) goes
 * through one {@link WorkspaceChanges} signal, and every view reads again: the session list and
 * its figures, "My data", the review and the timeline's spans, the audit log once it was opened.
 * The browser's rows are replaced without reopening the player or moving the playhead.
 *
 * <p>No workspace call runs on the UI thread: reads and edits go to the executor's interactive
 * lane, imports, scans and exports to its long lane (see docs/decisions/0011-threading.md).
 */
public final class StudioViewModel {
    private static final System.Logger LOG = System.getLogger(StudioViewModel.class.getName());

    private final Workspace workspace;
    private final TaskExecutor executor;
    private final AccessFlushing accessFlushing;
    private final DialogService dialogs;
    private final StudioPreferences preferences;
    private final String actor;
    private final String subject;
    private final SessionBrowserViewModel browser = new SessionBrowserViewModel();
    private final PlayerViewModel player;
    private final ReviewViewModel review;
    private final AuditViewModel audit;
    private final SubjectService subjectService;
    private final SubjectPanelModel subjectPanel;
    private final MyDataViewModel myData;
    private final org.trailmark.ui.governance.ProcessingRecordViewModel processingRecord;
    private final WorkspaceChanges changes = new WorkspaceChanges();
    private boolean auditShown;
    private String playerSessionId;
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private final ReadOnlyStringWrapper expiringText = new ReadOnlyStringWrapper(this, "expiringText", "");
    private final ReadOnlyObjectWrapper<ImportSummary> lastImport = new ReadOnlyObjectWrapper<>(this, "lastImport");
    private final ReadOnlyStringWrapper teamRole = new ReadOnlyStringWrapper(this, "teamRole", "");

    public StudioViewModel(Workspace workspace, TaskExecutor executor, DialogService dialogs,
                           StudioPreferences preferences) {
        this(workspace, executor, dialogs, preferences, null);
    }

    /**
     * @param subject when not null, the window lists only that subject's sessions (the start of
     *                subject mode: a data subject looking at what was captured of them)
     */
    public StudioViewModel(Workspace workspace, TaskExecutor executor, DialogService dialogs,
                           StudioPreferences preferences, String subject) {
        this.subject = subject == null || subject.isBlank() ? null : subject;
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.accessFlushing = new AccessFlushing(workspace.access(), executor);
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        this.actor = System.getProperty("user.name", "studio");
        this.player = new PlayerViewModel(executor);
        if (this.subject == null) {
            this.subjectService = null;
            this.review = new ReviewViewModel(workspace, player, null, changes);
            this.audit = new AuditViewModel(workspace, executor, this::auditUnreadable);
            this.subjectPanel = null;
            this.myData = null;
        } else {
            // subject mode: every path below goes through the subject's own service or list
            this.subjectService = new SubjectService(workspace, this.subject);
            this.review = ReviewViewModel.forSubject(workspace, player, changes);
            this.audit = new AuditViewModel(subjectService::auditAboutMe, executor, this::auditUnreadable);
            this.subjectPanel = new SubjectPanelModel(subjectService, review, player, changes);
            this.myData = new MyDataViewModel(subjectService, executor, dialogs, () -> playerSessionId,
                    this::erased, changes::changed);
        }
        this.processingRecord = new org.trailmark.ui.governance.ProcessingRecordViewModel(workspace, executor, dialogs,
                () -> java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        useDialogsForReviewerName();
        changes.listen(this::reread);
        theme.set(preferences.theme());
        browser.selectedProperty().addListener((obs, old, row) -> {
            if (row != null) {
                open(row.id());
            }
        });
        countText.bind(Bindings.createStringBinding(this::describeCount,
                browser.sessionCountProperty(), browser.shownCountProperty()));
        expiringText.bind(Bindings.createStringBinding(() -> browser.expiringSoonProperty().get() == 0 ? ""
                : Formats.plural(browser.expiringSoonProperty().get(), "session", "sessions") + " erased within a week",
                browser.expiringSoonProperty()));
    }

    /**
     * Fills the window: seeds a brand-new workspace from the bundled sample sessions when asked
     * (first run), in the background, then lists the sessions.
     */
    public void start(boolean seedSamples) {
        accessFlushing.start();
        // the remembered filters and session are a labeler's; a subject starts from their own list
        if (subject == null) {
            browser.restore(preferences.browserState());
        }
        if (myData != null) {
            myData.refresh();
        }
        listSessions(() -> {
            browser.selectFirstIfNone();
            if (seedSamples && browser.isWorkspaceEmpty() && !isReadOnly()) {
                seedSamples();
            }
        });
    }

    private void seedSamples() {
        executor.execute(BackgroundTask.<Optional<ImportReport>>of("Adding the sample sessions",
                        progress -> SampleSessions.seedIfEmpty(workspace, importProgress(progress)))
                .onSuccess(report -> {
                    listSessions(browser::selectFirstIfNone);
                    // warnings about the bundled samples (the AgentNet episode names no host) are known and
                    // not the person's to act on: only a sample that could not be imported is worth a dialog
                    report.filter(r -> r.problems().stream().anyMatch(Problem::isError)
                                    || r.sessions().stream().anyMatch(s -> s.status() == SessionOutcome.Status.FAILED))
                            .ifPresent(r -> dialogs.showImportReport(ImportSummary.of(r, List.of())));
                    report.ifPresent(r -> scanInBackground(importedIds(r), false));
                })
                .onFailure(failure -> reportFailure("Could not add the sample sessions", failure)));
    }

    /**
     * F5 and the refresh button: every view reads the workspace again (after another program
     * imported into it, say).
     */
    public void refresh() {
        changes.changed();
    }

    /** The window's "the workspace changed" signal: publish after a change, listen to read again. */
    public WorkspaceChanges changes() {
        return changes;
    }

    /** What every change reads again; the review and timeline listen for themselves. */
    private void reread() {
        listSessions(() -> { });
        if (myData != null) {
            myData.refresh();
        }
        if (auditShown) {
            audit.refresh();
        }
    }

    /** The sessions, their retention badges and, for a labeler, who works on each. */
    private record Listing(List<SessionSummary> sessions, Map<String, SessionWork> work,
                           Map<String, org.trailmark.ui.browser.RetentionBadge> retention) {
    }

    /** Reads the session list on the interactive lane, shows it, then runs {@code then}. */
    private void listSessions(Runnable then) {
        String viewer = me();
        executor.execute(BackgroundTask.interactive("Listing the sessions", progress -> listing(viewer))
                .onSuccess(listing -> {
                    browser.setSessions(listing.sessions(), id -> listing.work().getOrDefault(id, SessionWork.NONE),
                            listing.retention());
                    then.run();
                })
                .onFailure(failure -> dialogs.showError("Could not read the workspace", plainWords(failure))));
    }

    private Listing listing(String viewer) {
        org.trailmark.ui.browser.SessionListing listed = org.trailmark.ui.browser.SessionListing.read(workspace, subject);
        if (subject != null) {
            // a recorded person sees their own sessions, not which labeler works on them
            return new Listing(listed.sessions(), Map.of(), listed.retention());
        }
        List<SessionSummary> sessions = listed.sessions();
        Instant now = Instant.now();
        Map<String, SessionWork> work = workspace.assignments().all().stream()
                .collect(Collectors.groupingBy(Assignment::sessionId, Collectors.collectingAndThen(Collectors.toList(),
                        rows -> SessionWork.of(rows, viewer, now, ZoneId.systemDefault()))));
        return new Listing(sessions, work, listed.retention());
    }

    /**
     * Who "me" is for assignments and claims: the reviewer name edits are recorded under (so an edit
     * renews the claim "next session for me" made), else the workspace's user.
     */
    String me() {
        String reviewer = review.reviewerProperty().get();
        return reviewer != null && WorkspaceUser.problem(reviewer).isEmpty() ? reviewer.strip()
                : workspace.currentUser().name();
    }

    /** Every two seconds from the window: has someone else changed the open session? (see ReviewViewModel) */
    public void pollForChanges() {
        if (subject != null || playerSessionId == null) {
            return;
        }
        try {
            review.checkForChanges();
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // the executor is shut: the window is closing, and there is nothing left to keep up to date
        }
    }

    private void auditUnreadable(Throwable failure) {
        dialogs.showError("Could not read the audit log", plainWords(failure));
    }

    /**
     * Opens the session in the player unless it is already open there (a refresh re-creates the
     * browser's rows, and that must not restart playback).
     */
    public void open(String sessionId) {
        if (Objects.equals(sessionId, playerSessionId)) {
            return;
        }
        if (subject != null) {
            executor.execute(BackgroundTask.interactive("Opening session", progress -> isSubjectsOwn(sessionId))
                    .onSuccess(own -> {
                        if (own) {
                            load(sessionId);
                        } else {
                            // the same words whether the session exists or not: nothing about others leaks
                            dialogs.showNotice("Not one of your sessions", "In subject mode only your own sessions open.");
                        }
                    })
                    .onFailure(failure -> reportFailure("Could not open the session", failure)));
            return;
        }
        load(sessionId);
    }

    private void load(String sessionId) {
        playerSessionId = sessionId;
        player.load(workspace, sessionId);
    }

    private boolean isSubjectsOwn(String sessionId) {
        try {
            subjectService.session(sessionId);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    /** Lists the sessions again after an erasure and closes the player if it showed an erased one. */
    private void erased(org.trailmark.store.ErasureResult result) {
        if (playerSessionId != null && result.erasedSessionIds().contains(playerSessionId)) {
            close();
        }
        changes.changed();
        listSessions(browser::selectFirstIfNone);
    }

    /** Refuses a labeler's command in subject mode; the window does not offer them there anyway. */
    private boolean refuseInSubjectMode(String what) {
        if (subject != null) {
            dialogs.showNotice(what + " is for labelers",
                    "In subject mode the studio shows and changes only your own data.");
            return true;
        }
        return false;
    }

    /** Scans the session open in the player for sensitive data now and says what was found. */
    public void scanOpenSession() {
        if (refuseInSubjectMode("Scanning")) {
            return;
        }
        if (playerSessionId == null) {
            dialogs.showNotice("No session open", "Pick a session in the list, then scan it.");
            return;
        }
        if (isReadOnly()) {
            dialogs.showNotice("Scanning is switched off",
                    "This workspace is open read-only because another Trailmark window is using it.");
            return;
        }
        scanInBackground(List.of(playerSessionId), true);
    }

    /**
     * Newly imported sessions are scanned at once, in the background, so their suggested flags are
     * waiting when a reviewer opens them; the result is announced only when the scan was asked for.
     */
    private void scanInBackground(List<String> sessionIds, boolean announce) {
        if (sessionIds.isEmpty() || isReadOnly()) {
            return;
        }
        executor.execute(BackgroundTask.of("Scanning for sensitive data",
                        progress -> SensitiveDataScan.run(workspace, actor, sessionIds, progress))
                .onSuccess(summary -> {
                    changes.changed();
                    if (announce) {
                        dialogs.showNotice("Sensitive-data scan", summary.text());
                    }
                })
                .onFailure(failure -> reportFailure("The sensitive-data scan failed", failure)));
    }

    private static List<String> importedIds(ImportReport report) {
        return report.sessions().stream()
                .filter(s -> s.status() == org.trailmark.ingest.SessionOutcome.Status.IMPORTED)
                .map(org.trailmark.ingest.SessionOutcome::sessionId).toList();
    }

    /** The export wizard on this workspace, with consent and review state read afresh. */
    public void exportTrainingSet() {
        if (refuseInSubjectMode("Exporting")) {
            return;
        }
        String version = StudioViewModel.class.getPackage().getImplementationVersion();
        // the wizard reads the sessions, labels and the first selection as it is made: off the UI thread
        executor.execute(BackgroundTask.interactive("Reading the workspace for the export",
                        progress -> new org.trailmark.ui.export.ExportWizardViewModel(workspace, executor,
                                version == null ? "development" : version))
                .onSuccess(dialogs::showExportWizard)
                .onFailure(failure -> reportFailure("Could not read the workspace", failure)));
    }

    /** Closes the open session; the window calls it when it closes. */
    public void close() {
        playerSessionId = null;
        player.close();
        accessFlushing.close();
    }

    /**
     * The review asks the reviewer's name through this window's {@link DialogService}, so tests
     * answer it; the window calls this again after building views that set a prompt of their own.
     */
    void useDialogsForReviewerName() {
        review.reviewerPromptProperty().set(dialogs::askReviewerName);
    }

    /**
     * Ctrl+N, "next session for me": claims my oldest assigned, unsubmitted session, else the oldest
     * one nobody is assigned or working on (see {@code AssignmentRepository.next}), lists the sessions
     * again (the list shows the claim) and opens it, clearing filters that hide it; says so when there
     * is none.
     */
    public void openNextToReview() {
        if (refuseInSubjectMode("The review queue")) {
            return;
        }
        if (isReadOnly()) {
            dialogs.showNotice("Claiming is switched off", "This workspace is open read-only because another"
                    + " Trailmark window is using it; take the next session there.");
            return;
        }
        String labeler = me();
        executor.execute(BackgroundTask.interactive("Finding the next session for " + labeler,
                        progress -> workspace.assignments().next(labeler))
                .onSuccess(next -> {
                    if (next.isEmpty()) {
                        dialogs.showNotice("Nothing left for you", "Every session in this workspace is reviewed,"
                                + " assigned to someone else or being worked on by someone else.");
                        return;
                    }
                    listSessions(() -> browser.reveal(next.get().session().id()));
                })
                .onFailure(failure -> dialogs.showError("Could not take the next session", plainWords(failure))));
    }

    /** The records of processing (GDPR Art. 30) for the whole workspace, read afresh, in their window. */
    public void showRecordsOfProcessing() {
        if (refuseInSubjectMode("The record of processing")) {
            return;
        }
        processingRecord.refresh();
        dialogs.showProcessingRecord(processingRecord);
    }

    /** The audit log, read afresh, in its window; it reads again after every change while shown. */
    public void showAuditLog() {
        executor.execute(BackgroundTask.interactive("Reading the audit log", progress -> audit.read())
                .onSuccess(entries -> {
                    audit.show(entries);
                    auditShown = true;
                    dialogs.showAuditLog(audit);
                })
                .onFailure(this::auditUnreadable));
    }

    public void importFiles() {
        if (refuseInSubjectMode("Importing") || refuseWhileReadOnly()) {
            return;
        }
        List<Path> files = dialogs.chooseCaptureFiles();
        if (!files.isEmpty()) {
            importPaths(files);
        }
    }

    public void importFolder() {
        if (refuseInSubjectMode("Importing") || refuseWhileReadOnly()) {
            return;
        }
        dialogs.chooseCaptureFolder().ifPresent(folder -> importPaths(List.of(folder)));
    }

    /**
     * Adds an ActivityWatch export's window, AFK and browser-tab spans to the sessions of the same host
     * it overlaps, in the background; then says which sessions it touched and scans them again (titles
     * and URLs are captured content).
     */
    public void importContext() {
        if (refuseInSubjectMode("Importing") || refuseWhileReadOnly()) {
            return;
        }
        dialogs.chooseContextFile().ifPresent(file -> executor.execute(BackgroundTask.of(
                        "Importing context from " + file.getFileName(),
                        progress -> new ContextImportService(workspace, actor).importContext(file,
                                ContextTargets.byHost()))
                .onSuccess(report -> {
                    changes.changed();
                    ContextImportSummary summary = ContextImportSummary.of(report);
                    dialogs.showNotice(summary.title(), summary.message());
                    List<String> gained = report.touched().stream().filter(t -> t.addedTotal() > 0)
                            .map(ContextReport.Touched::sessionId).toList();
                    if (playerSessionId != null && gained.contains(playerSessionId)) {
                        load(playerSessionId); // its timeline shows the new context
                    }
                    scanInBackground(gained, false);
                })
                .onFailure(failure -> reportFailure("Context import failed", failure))));
    }

    /**
     * Imports files and folders (from the menu or dropped on the window) in the background, then
     * lists the sessions again, selects the first new one and shows what happened.
     */
    public void importPaths(List<Path> paths) {
        if (paths.isEmpty() || refuseInSubjectMode("Importing") || refuseWhileReadOnly()) {
            return;
        }
        List<Path> inputs = List.copyOf(paths);
        String title = inputs.size() == 1 ? "Importing " + inputs.get(0).getFileName()
                : "Importing " + inputs.size() + " inputs";
        executor.execute(BackgroundTask.of(title,
                        progress -> new ImportService(workspace, actor)
                                .importPaths(inputs, ImportOptions.defaults(), importProgress(progress)))
                .onSuccess(report -> {
                    changes.changed();
                    listSessions(() -> report.sessions().stream()
                            .filter(s -> s.status() != org.trailmark.ingest.SessionOutcome.Status.FAILED)
                            .findFirst()
                            .ifPresent(s -> browser.reveal(s.sessionId())));
                    ImportSummary summary = ImportSummary.of(report, inputs);
                    lastImport.set(summary);
                    dialogs.showImportReport(summary);
                    scanInBackground(importedIds(report), false);
                })
                .onFailure(failure -> reportFailure("Import failed", failure)));
    }

    private boolean refuseWhileReadOnly() {
        if (isReadOnly()) {
            dialogs.showNotice("Importing is switched off",
                    "This workspace is open read-only because another Trailmark window is using it. "
                            + "Import there, or close that window and open this workspace again.");
            return true;
        }
        return false;
    }

    public void toggleTheme() {
        Theme next = theme.get().toggled();
        theme.set(next);
        preferences.setTheme(next);
    }

    private void reportFailure(String title, Throwable failure) {
        LOG.log(Level.WARNING, title, failure);
        dialogs.showError(title, plainWords(failure));
    }

    /** An exception in words a person can act on; our exceptions already carry such messages. */
    static String plainWords(Throwable failure) {
        if (failure instanceof WorkspaceException && failure.getMessage() != null) {
            return failure.getMessage();
        }
        if (failure instanceof UncheckedIOException || failure instanceof IOException) {
            Throwable io = failure instanceof UncheckedIOException u ? u.getCause() : failure;
            return "A file could not be read or written"
                    + (io.getMessage() == null ? "." : ": " + io.getMessage());
        }
        if (failure instanceof OutOfMemoryError) {
            return "Trailmark ran out of memory. Import fewer or smaller captures at a time.";
        }
        return "Something unexpected went wrong (" + failure.getClass().getSimpleName()
                + "). Nothing was lost; the details are in the log.";
    }

    private String describeCount() {
        int all = browser.sessionCountProperty().get();
        int shown = browser.shownCountProperty().get();
        String total = Formats.plural(all, "session", "sessions") + (subject == null ? "" : " of " + subject);
        return shown == all ? total : Formats.count(shown) + " of " + total + " shown";
    }

    private static ImportProgress importProgress(ProgressSink sink) {
        return sink::update;
    }

    public SessionBrowserViewModel browser() {
        return browser;
    }

    /** The session player, which shows the session selected in the browser. */
    public PlayerViewModel player() {
        return player;
    }

    /** The review (tasks, flags, status, undo) of the session open in the player. */
    public ReviewViewModel review() {
        return review;
    }

    public AuditViewModel audit() {
        return audit;
    }

    public org.trailmark.ui.governance.ProcessingRecordViewModel processingRecord() {
        return processingRecord;
    }

    /** True when another window holds the workspace: the sessions can be watched, not changed. */
    public boolean isReadOnly() {
        return workspace.isReadOnly();
    }

    /** Where the browser/player divider was left, as a fraction of the window's width. */
    public double sidePanelDivider() {
        return preferences.sidePanelDivider();
    }

    public void setSidePanelDivider(double position) {
        preferences.setSidePanelDivider(position);
    }

    /** Where the player/review divider was left, as a fraction of the height beside the session list. */
    public double reviewDivider() {
        return preferences.reviewDivider();
    }

    /** Whether the session list shows beside the player, as it was left. */
    public boolean sessionListShown() {
        return preferences.sessionListShown();
    }

    public void setSessionListShown(boolean shown) {
        preferences.setSessionListShown(shown);
    }

    /** Whether the session list's showing was ever chosen, rather than left to the window's width. */
    public boolean sessionListChosen() {
        return preferences.sessionListChosen();
    }

    public void setReviewDivider(double position) {
        preferences.setReviewDivider(position);
    }

    /** The subject whose sessions alone are listed, or null for all sessions. */
    public String subject() {
        return subject;
    }

    /** Whether the studio works for one recorded person (subject mode) rather than a labeler. */
    public boolean isSubjectMode() {
        return subject != null;
    }

    /** The subject panel's model in subject mode; null for a labeler. */
    public SubjectPanelModel subjectPanel() {
        return subjectPanel;
    }

    /** The "My data" screen's model in subject mode; null for a labeler. */
    public MyDataViewModel myData() {
        return myData;
    }

    public TaskProgress progress() {
        return executor.progress();
    }

    /** Reads and edits the person waits on, for the status bar's busy spinner. */
    public TaskProgress interactiveProgress() {
        return executor.interactiveProgress();
    }

    /** The workspace file; empty for a team workspace. */
    public Optional<Path> workspaceFile() {
        return workspace.file();
    }

    /** Where the workspace is, as the status bar shows it: its file, or its server and database. */
    public String workspaceWhere() {
        return workspace.where();
    }

    /** The user's role in a team workspace ("labeler"), for the status bar; empty for a workspace file. */
    public ReadOnlyStringProperty teamRoleProperty() {
        return teamRole.getReadOnlyProperty();
    }

    public void showTeamRole(String role) {
        teamRole.set(role == null ? "" : role);
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public Theme getTheme() {
        return theme.get();
    }

    /** "3 sessions erased within a week", or "" when none: the status area's retention warning. */
    public ReadOnlyStringProperty expiringTextProperty() {
        return expiringText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** The report of the most recent import started here, or null. */
    public ReadOnlyObjectProperty<ImportSummary> lastImportProperty() {
        return lastImport.getReadOnlyProperty();
    }

    public void showShortcuts() {
        dialogs.showShortcuts(isSubjectMode());
    }
}
