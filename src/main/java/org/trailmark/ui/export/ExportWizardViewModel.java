package org.trailmark.ui.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
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
import org.trailmark.export.ExportFilter;
import org.trailmark.export.ExportOptions;
import org.trailmark.export.ExportResult;
import org.trailmark.export.Exporter;
import org.trailmark.export.Selection;
import org.trailmark.store.Workspace;
import org.trailmark.ui.common.BackgroundTask;
import org.trailmark.ui.common.TaskExecutor;

/**
 * The export wizard without its window: the choices, the live summary of what goes in and what
 * stays out (counts per reason), the run with progress and cancel, and the outcome in plain words.
 * Only touched on the UI thread; the export itself runs on the {@link TaskExecutor}.
 */
public final class ExportWizardViewModel {

    /** Where the wizard is. */
    public enum Phase { CHOOSING, RUNNING, CANCELLING, VERIFIED, FAILED, CANCELLED }

    static final String DEFAULT_SPLIT = "0.8, 0.1, 0.1";

    private final Workspace workspace;
    private final TaskExecutor executor;
    private final String toolVersion;

    private final ObjectProperty<Path> outputFolder = new SimpleObjectProperty<>(this, "outputFolder");
    private final BooleanProperty includeUnreviewed = new SimpleBooleanProperty(this, "includeUnreviewed", false);
    private final StringProperty split = new SimpleStringProperty(this, "split", DEFAULT_SPLIT);
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "");

    private final ReadOnlyObjectWrapper<Selection> selection = new ReadOnlyObjectWrapper<>(this, "selection");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper canExport = new ReadOnlyBooleanWrapper(this, "canExport", false);
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.CHOOSING);
    private final ReadOnlyStringWrapper progressMessage = new ReadOnlyStringWrapper(this, "progressMessage", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyObjectWrapper<ExportResult> result = new ReadOnlyObjectWrapper<>(this, "result");

    private AtomicBoolean cancelRequested = new AtomicBoolean();

    public ExportWizardViewModel(Workspace workspace, TaskExecutor executor, String toolVersion) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
        includeUnreviewed.addListener((obs, old, now) -> refreshSelection());
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

    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** "N sessions will be exported; excluded: …" with counts per reason. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
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

    public ReadOnlyStringProperty progressMessageProperty() {
        return progressMessage.getReadOnlyProperty();
    }

    /** 0..1, or -1 while the amount of work is unknown. */
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

    /** The folder to offer to open: only after an export that wrote and verified its files. */
    public Path finishedFolder() {
        return phase.get() == Phase.VERIFIED && result.get() != null ? result.get().out() : null;
    }

    /** Re-reads consent and review state, e.g. after the workspace changed while the wizard was open. */
    public void refreshSelection() {
        selection.set(Selection.of(workspace, includeUnreviewed.get(), ExportFilter.NONE));
        summary.set(describe(selection.get()));
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
        AtomicBoolean cancel = new AtomicBoolean();
        cancelRequested = cancel;
        result.set(null);
        outcome.set("");
        phase.set(Phase.RUNNING);
        progressMessage.set("Waiting for other work to finish");
        progress.set(-1);
        executor.execute(BackgroundTask.<Run>of("Exporting training set", sink -> {
            if (cancel.get()) {
                return Run.wasCancelled();
            }
            sink.update("Writing, redacting and verifying", -1);
            ExportResult done = new Exporter(workspace, options).run(target);
            if (cancel.get() && done.verified()) {
                // the exporter cannot stop half way, so a late cancel takes its finished output back out
                sink.update("Cancelling: removing the written files", -1);
                removeContents(done.out());
                return Run.wasCancelled();
            }
            return new Run(done, false);
        }).onSuccess(this::finished).onFailure(this::failed));
    }

    /** Asks the running export to stop; whatever it wrote is removed again. */
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

    private void finished(Run run) {
        progress.set(1);
        progressMessage.set("");
        if (run.cancelled()) {
            phase.set(Phase.CANCELLED);
            outcome.set("Export cancelled. Nothing was left in the output folder.");
            return;
        }
        ExportResult done = run.result();
        result.set(done);
        if (done.verified()) {
            phase.set(Phase.VERIFIED);
            outcome.set(verifiedText(done));
        } else {
            phase.set(Phase.FAILED);
            outcome.set(failedText(done));
        }
    }

    private void failed(Throwable failure) {
        progress.set(0);
        progressMessage.set("");
        phase.set(Phase.FAILED);
        // exporter messages name folders and rules, never captured content
        String reason = failure instanceof IllegalArgumentException || failure instanceof UncheckedIOException
                ? failure.getMessage() : "an unexpected " + failure.getClass().getSimpleName();
        outcome.set("The export did not run: " + reason + ". Nothing was written.");
    }

    private void revalidate() {
        String why = whyNotReady();
        problem.set(why);
        boolean busy = phase.get() == Phase.RUNNING || phase.get() == Phase.CANCELLING;
        canExport.set(why.isEmpty() && !busy);
    }

    private String whyNotReady() {
        Path folder = outputFolder.get();
        if (folder == null) {
            return "Choose an empty output folder.";
        }
        if (Files.exists(folder) && !isEmptyDirectory(folder)) {
            return "The output folder is not empty; choose an empty or new folder.";
        }
        try {
            parseSplit(split.get());
        } catch (IllegalArgumentException e) {
            return "Split: " + e.getMessage() + ".";
        }
        if (!seed.get().isBlank() && parseSeed(seed.get()) == null) {
            return "The seed must be a whole number, or blank for a random export.";
        }
        if (selection.get() == null || selection.get().included().isEmpty()) {
            return "No session can be exported with these choices.";
        }
        return "";
    }

    ExportOptions options() {
        ExportOptions base = new ExportOptions(parseSplit(split.get()), java.util.OptionalLong.empty(),
                includeUnreviewed.get(), toolVersion, ExportFilter.NONE);
        Long s = seed.get().isBlank() ? null : parseSeed(seed.get());
        return s == null ? base : base.withSeed(s);
    }

    static double[] parseSplit(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("\\s*[,;/ ]\\s*");
        if (parts.length != 3) {
            throw new IllegalArgumentException("give three ratios for train, validation and test, e.g. " + DEFAULT_SPLIT);
        }
        double[] ratios = new double[3];
        for (int i = 0; i < 3; i++) {
            try {
                ratios[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("each ratio must be a number such as 0.8");
            }
            if (!(ratios[i] >= 0)) {
                throw new IllegalArgumentException("ratios must not be negative");
            }
        }
        if (Math.abs(ratios[0] + ratios[1] + ratios[2] - 1.0) > 1e-6) {
            throw new IllegalArgumentException("the ratios must add up to 1");
        }
        return ratios;
    }

    private static Long parseSeed(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String describe(Selection selection) {
        int in = selection.included().size();
        StringBuilder text = new StringBuilder()
                .append(in == 1 ? "1 session will be exported" : in + " sessions will be exported");
        List<String> reasons = new ArrayList<>();
        for (ExclusionReason reason : ExclusionReason.values()) {
            int count = selection.excluded().getOrDefault(reason, 0);
            if (count > 0) {
                reasons.add(count + " " + reasonText(reason));
            }
        }
        text.append(reasons.isEmpty() ? "; none excluded." : "; excluded: " + String.join(", ", reasons) + ".");
        return text.toString();
    }

    static String reasonText(ExclusionReason reason) {
        return switch (reason) {
            case NO_TRAINING_CONSENT -> "without training consent";
            case CONSENT_WITHDRAWN -> "withdrawn";
            case NOT_APPROVED -> "not approved yet";
            case REJECTED -> "rejected";
            case FILTERED_OUT -> "filtered out";
        };
    }

    private static String verifiedText(ExportResult done) {
        int total = done.records().values().stream().mapToInt(Integer::intValue).sum();
        List<String> perSplit = new ArrayList<>();
        for (String name : Exporter.SPLITS) {
            perSplit.add(name + " " + done.records().getOrDefault(name, 0));
        }
        int redacted = done.redactions().values().stream().mapToInt(Integer::intValue).sum();
        int sessions = done.selection().included().size();
        return String.format(Locale.ROOT,
                "Verified. %d %s from %d %s written (%s); %d %s redacted. "
                        + "No flagged value appears in any file and every checksum matches the manifest.",
                total, total == 1 ? "record" : "records", sessions, sessions == 1 ? "session" : "sessions",
                String.join(", ", perSplit), redacted, redacted == 1 ? "item" : "items")
                + (total == 0 ? " The sessions have no tasks yet, so there were no trajectories to write:"
                        + " mark tasks during review first." : "");
    }

    private static String failedText(ExportResult done) {
        List<String> problems = done.problems();
        String first = problems.subList(0, Math.min(3, problems.size())).stream()
                .map(p -> "• " + p).reduce((a, b) -> a + "\n" + b).orElse("");
        String more = problems.size() > 3 ? "\n… and " + (problems.size() - 3) + " more" : "";
        return "Verification failed, so nothing was kept in the output folder. " + problems.size()
                + (problems.size() == 1 ? " problem:\n" : " problems:\n") + first + more;
    }

    private static boolean isEmptyDirectory(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Empties a folder the export filled; it was empty or absent before, so everything in it is ours. */
    private static void removeContents(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(folder)).toList();
        }
        for (Path p : paths) {
            Files.deleteIfExists(p);
        }
    }

    Map<ExclusionReason, Integer> excludedCounts() {
        return selection.get().excluded();
    }
}
