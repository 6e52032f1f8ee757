package org.trailmark.ui.export;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.trailmark.export.ExclusionReason;
import org.trailmark.export.ExportCancelledException;
import org.trailmark.export.ExportFilter;
import org.trailmark.export.ExportFormat;
import org.trailmark.export.ExportMonitor;
import org.trailmark.export.ExportOptions;
import org.trailmark.export.ExportResult;
import org.trailmark.export.Exporter;
import org.trailmark.export.ScreenMasking;
import org.trailmark.export.OutputFolder;
import org.trailmark.export.Selection;
import org.trailmark.model.SubjectIds;
import org.trailmark.model.Task;
import org.trailmark.model.TaskOutcome;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Workspace;
import org.trailmark.ui.common.BackgroundTask;
import org.trailmark.ui.common.Formats;
import org.trailmark.ui.common.TaskExecutor;

/**
 * The export wizard without its window: the choices (formats, split, seed, filters), the live
 * summary of what goes in and what stays out (counts per reason), the run with its real progress
 * and a Cancel that stops it, and the outcome in plain words. Only touched on the UI thread; the
 * export itself runs on the {@link TaskExecutor}.
 */
public final class ExportWizardViewModel {

    /** Where the wizard is. */
    public enum Phase { CHOOSING, RUNNING, CANCELLING, VERIFIED, FAILED, CANCELLED }


    /** Applies progress on the FX thread: at once when already there, else queued to it. */
    private static final Executor FX_THREAD = runnable -> {
        if (Platform.isFxApplicationThread()) {
            runnable.run();
        } else {
            Platform.runLater(runnable);
        }
    };

    private final Workspace workspace;
    private final TaskExecutor executor;
    private final String toolVersion;
    private final Executor uiThread;

    private final ObjectProperty<Path> outputFolder = new SimpleObjectProperty<>(this, "outputFolder");
    private final BooleanProperty includeUnreviewed = new SimpleBooleanProperty(this, "includeUnreviewed", false);
    private final StringProperty split = new SimpleStringProperty(this, "split", ExportChoiceText.DEFAULT_SPLIT);
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "");
    private final Map<ExportFormat, BooleanProperty> formats = new EnumMap<>(ExportFormat.class);
    private final BooleanProperty pyautogui = new SimpleBooleanProperty(this, "pyautogui", false);
    private final BooleanProperty withScreens = new SimpleBooleanProperty(this, "withScreens", false);

    private final ObjectProperty<Set<String>> subjects = new SimpleObjectProperty<>(this, "subjects", Set.of());
    private final ObjectProperty<Set<String>> apps = new SimpleObjectProperty<>(this, "apps", Set.of());
    private final ObjectProperty<Set<String>> labels = new SimpleObjectProperty<>(this, "labels", Set.of());
    private final ObjectProperty<Set<TaskOutcome>> outcomes = new SimpleObjectProperty<>(this, "outcomes", Set.of());
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");

    private final ReadOnlyObjectWrapper<Selection> selection = new ReadOnlyObjectWrapper<>(this, "selection");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper taskSummary = new ReadOnlyStringWrapper(this, "taskSummary", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper canExport = new ReadOnlyBooleanWrapper(this, "canExport", false);
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.CHOOSING);
    private final ReadOnlyStringWrapper progressMessage = new ReadOnlyStringWrapper(this, "progressMessage", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyObjectWrapper<ExportResult> result = new ReadOnlyObjectWrapper<>(this, "result");

    private final List<String> subjectChoices;
    private final List<String> appChoices;
    private final List<String> labelChoices;

    private AtomicBoolean cancelRequested = new AtomicBoolean();

    /** For the studio: progress reaches the wizard on the FX thread. */
    public ExportWizardViewModel(Workspace workspace, TaskExecutor executor, String toolVersion) {
        this(workspace, executor, toolVersion, FX_THREAD);
    }

    /**
     * @param uiThread where progress updates from the export's worker thread are applied; tests
     *                 running everything on one thread pass {@code Runnable::run}
     */
    public ExportWizardViewModel(Workspace workspace, TaskExecutor executor, String toolVersion, Executor uiThread) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        for (ExportFormat format : ExportFormat.values()) {
            BooleanProperty chosen = new SimpleBooleanProperty(this, format.wireName(), format == ExportFormat.TRAJECTORIES);
            chosen.addListener((obs, old, now) -> revalidate());
            formats.put(format, chosen);
        }
        List<SessionSummary> sessions = workspace.sessions().all();
        // a session nobody is assigned to is never exported, so its placeholder is no subject to pick
        subjectChoices = sorted(sessions.stream().map(SessionSummary::subject)
                .filter(s -> !SubjectIds.isUnassigned(s)));
        appChoices = sorted(sessions.stream().flatMap(s -> s.apps().stream()));
        labelChoices = sorted(workspace.review().labels().stream().map(org.trailmark.model.Label::name));

        includeUnreviewed.addListener((obs, old, now) -> refreshSelection());
        subjects.addListener((obs, old, now) -> refreshSelection());
        apps.addListener((obs, old, now) -> refreshSelection());
        labels.addListener((obs, old, now) -> refreshSelection());
        outcomes.addListener((obs, old, now) -> refreshSelection());
        from.addListener((obs, old, now) -> refreshSelection());
        to.addListener((obs, old, now) -> refreshSelection());
        outputFolder.addListener((obs, old, now) -> revalidate());
        split.addListener((obs, old, now) -> revalidate());
        seed.addListener((obs, old, now) -> revalidate());
        phase.addListener((obs, old, now) -> revalidate());
        refreshSelection();
    }

    public ObjectProperty<Path> outputFolderProperty() {
        return outputFolder;
    }

    public BooleanProperty includeUnreviewedProperty() {
        return includeUnreviewed;
    }

    /** Train, validation and test ratios as typed, e.g. "0.8, 0.1, 0.1". */
    public StringProperty splitProperty() {
        return split;
    }

    /** A whole number for a reproducible export; blank for a fresh random one. */
    public StringProperty seedProperty() {
        return seed;
    }

    /** Whether the export writes this format; trajectories are chosen at first. */
    public BooleanProperty formatProperty(ExportFormat format) {
        return formats.get(format);
    }

    /**
     * Give each trajectory step a picture of the screen just before its action (off by default: screens
     * hold whatever was visible); only matters with trajectories.
     */
    public BooleanProperty withScreensProperty() {
        return withScreens;
    }

    /** Also write each trajectory action as a pyautogui call string; only matters with trajectories. */
    public BooleanProperty pyautoguiProperty() {
        return pyautogui;
    }

    /** Subjects to take; empty takes every subject. */
    public ObjectProperty<Set<String>> subjectsProperty() {
        return subjects;
    }

    /** Apps a task must touch to be taken; empty takes every task. */
    public ObjectProperty<Set<String>> appsProperty() {
        return apps;
    }

    /** Task labels to take; empty takes every task. */
    public ObjectProperty<Set<String>> labelsProperty() {
        return labels;
    }

    /** Task outcomes to take; empty takes every task. */
    public ObjectProperty<Set<TaskOutcome>> outcomesProperty() {
        return outcomes;
    }

    /** First session start date (UTC) taken; null for no limit. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** Last session start date (UTC) taken; null for no limit. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The subjects the workspace has, to filter by. */
    public List<String> subjectChoices() {
        return subjectChoices;
    }

    /** The apps seen in the workspace's sessions, to filter by. */
    public List<String> appChoices() {
        return appChoices;
    }

    /** The workspace's task labels, to filter by. */
    public List<String> labelChoices() {
        return labelChoices;
    }

    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** "N sessions will be exported; excluded: …" with counts per reason. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** How many tasks of the included sessions the label, outcome and app filters keep. */
    public ReadOnlyStringProperty taskSummaryProperty() {
        return taskSummary.getReadOnlyProperty();
    }

    /** Why the export cannot start yet, in plain words; empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canExportProperty() {
        return canExport.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The step the running export is on, in words. */
    public ReadOnlyStringProperty progressMessageProperty() {
        return progressMessage.getReadOnlyProperty();
    }

    /** 0..1 as the exporter reports it, or -1 while the amount of work is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** How the export ended, in plain words; empty until it has. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ExportResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Whether the choices may be changed: not while an export runs, nor after one succeeded. */
    public boolean isEditable(Phase p) {
        return p == Phase.CHOOSING || p == Phase.CANCELLED || p == Phase.FAILED;
    }

    /** The folder to offer to open: only after an export that wrote and verified its files. */
    public Path finishedFolder() {
        return phase.get() == Phase.VERIFIED && result.get() != null ? result.get().out() : null;
    }

    /** Re-reads consent and review state, e.g. after the workspace changed while the wizard was open. */
    public void refreshSelection() {
        ExportFilter filter = filterOrNull();
        if (filter == null) {
            selection.set(null);
            summary.set("Fix the date range to see what will be exported.");
            taskSummary.set("");
        } else {
            selection.set(Selection.of(workspace, includeUnreviewed.get(), filter));
            summary.set(ExportWording.describe(selection.get()));
            taskSummary.set(ExportWording.describeTasks(selection.get(), filter, workspace.review()::tasks));
        }
        revalidate();
    }

    /** Starts the export on the executor; does nothing while the choices are not valid. */
    public void export() {
        revalidate();
        if (!canExport.get()) {
            return;
        }
        ExportOptions options = options();
        Path target = outputFolder.get();
        boolean folderExisted = Files.isDirectory(target);
        AtomicBoolean cancel = new AtomicBoolean();
        cancelRequested = cancel;
        ProgressRelay relay = new ProgressRelay(uiThread, cancel, this::showProgress);
        result.set(null);
        outcome.set("");
        phase.set(Phase.RUNNING);
        progressMessage.set("Waiting for other work to finish");
        progress.set(-1);
        executor.execute(BackgroundTask.<Run>of("Exporting training set", sink -> {
            if (cancel.get()) {
                return Run.wasCancelled();
            }
            ExportMonitor monitor = new ExportMonitor() {
                @Override
                public void progress(String step, double fraction) {
                    sink.update(step, fraction);
                    relay.progress(step, fraction);
                }

                @Override
                public boolean isCancelled() {
                    return relay.isCancelled();
                }
            };
            try {
                ExportResult done = new Exporter(workspace, options,
                        options.withScreens() ? ScreenMasking.standard() : null).run(target, monitor);
                if (cancel.get() && done.verified()) {
                    // Cancel came after the last point the exporter looks at it: take the finished output back out
                    sink.update("Cancelling: removing the written files", -1);
                    OutputRollback.restore(target, folderExisted);
                    return Run.wasCancelled();
                }
                return new Run(done, false);
            } catch (ExportCancelledException stopped) {
                OutputRollback.restore(target, folderExisted);
                return Run.wasCancelled();
            }
        }).onSuccess(run -> {
            relay.close();
            finished(run, options);
        }).onFailure(failure -> {
            relay.close();
            failed(failure);
        }));
    }

    /** Asks the running export to stop at its next step; it then removes whatever it wrote. */
    public void cancel() {
        if (phase.get() == Phase.RUNNING) {
            cancelRequested.set(true);
            phase.set(Phase.CANCELLING);
            progressMessage.set("Cancelling…");
        }
    }

    private record Run(ExportResult result, boolean cancelled) {
        static Run wasCancelled() {
            return new Run(null, true);
        }
    }

    private void showProgress(String step, double fraction) {
        if (phase.get() == Phase.RUNNING) {
            progressMessage.set(step);
        }
        progress.set(fraction < 0 || Double.isNaN(fraction) ? -1 : Math.min(1, fraction));
    }

    private void finished(Run run, ExportOptions options) {
        progress.set(1);
        progressMessage.set("");
        if (run.cancelled()) {
            progress.set(0);
            phase.set(Phase.CANCELLED);
            outcome.set(ExportWording.CANCELLED_TEXT);
            return;
        }
        ExportResult done = run.result();
        result.set(done);
        if (done.verified()) {
            phase.set(Phase.VERIFIED);
            outcome.set(ExportWording.verifiedText(done, options));
        } else {
            phase.set(Phase.FAILED);
            outcome.set(ExportWording.failedText(done));
        }
    }

    private void failed(Throwable failure) {
        progress.set(0);
        progressMessage.set("");
        if (failure instanceof ExportCancelledException) {
            phase.set(Phase.CANCELLED);
            outcome.set(ExportWording.CANCELLED_TEXT);
            return;
        }
        phase.set(Phase.FAILED);
        outcome.set("The export did not run: " + ExportWording.inWords(failure) + ". Nothing was written.");
    }

    private void revalidate() {
        String why = whyNotReady();
        problem.set(why);
        boolean busy = phase.get() == Phase.RUNNING || phase.get() == Phase.CANCELLING;
        canExport.set(why.isEmpty() && !busy);
    }

    private String whyNotReady() {
        if (chosenFormats().isEmpty()) {
            return "Choose at least one format: trajectories, events or keystrokes.";
        }
        Path folder = outputFolder.get();
        if (folder == null) {
            return "Choose an empty output folder, or type its full path.";
        }
        if (!folder.isAbsolute()) {
            return "Type the output folder's full path, starting at " + folder.toAbsolutePath().getRoot() + ".";
        }
        Optional<String> refused;
        try {
            refused = OutputFolder.problem(folder.normalize());
        } catch (UncheckedIOException unreadable) {
            refused = Optional.of("the output folder cannot be read");
        }
        if (refused.isPresent()) {
            return Formats.sentence(refused.get()) + " Choose an empty or new folder.";
        }
        try {
            ExportChoiceText.parseSplit(split.get());
        } catch (IllegalArgumentException e) {
            return "Split: " + e.getMessage() + ".";
        }
        if (!seed.get().isBlank() && ExportChoiceText.parseSeed(seed.get()) == null) {
            return "The seed must be a whole number, or blank for a random export.";
        }
        if (filterOrNull() == null) {
            return "The date range ends before it starts.";
        }
        if (selection.get() == null || selection.get().included().isEmpty()) {
            return "No session can be exported with these choices.";
        }
        return "";
    }

    private Set<ExportFormat> chosenFormats() {
        Set<ExportFormat> chosen = EnumSet.noneOf(ExportFormat.class);
        formats.forEach((format, on) -> {
            if (on.get()) {
                chosen.add(format);
            }
        });
        return chosen;
    }

    private ExportFilter filterOrNull() {
        if (from.get() != null && to.get() != null && to.get().isBefore(from.get())) {
            return null;
        }
        return new ExportFilter(subjects.get(), from.get(), to.get(), labels.get(),
                outcomes.get().stream().map(TaskOutcome::wireName).collect(Collectors.toSet()), apps.get());
    }

    ExportOptions options() {
        Set<ExportFormat> chosen = chosenFormats();
        Long s = seed.get().isBlank() ? null : ExportChoiceText.parseSeed(seed.get());
        return new ExportOptions(ExportChoiceText.parseSplit(split.get()), s == null ? OptionalLong.empty() : OptionalLong.of(s),
                includeUnreviewed.get(), toolVersion, filterOrNull(), chosen,
                pyautogui.get() && chosen.contains(ExportFormat.TRAJECTORIES))
                .withScreens(withScreens.get() && chosen.contains(ExportFormat.TRAJECTORIES),
                        ExportOptions.DEFAULT_OBSERVATION_OFFSET_MS);
    }

    private static List<String> sorted(Stream<String> values) {
        return List.copyOf(values.filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new)));
    }

    Map<ExclusionReason, Integer> excludedCounts() {
        return selection.get().excluded();
    }
}
