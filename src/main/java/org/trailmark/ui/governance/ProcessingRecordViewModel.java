package org.trailmark.ui.governance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trailmark.governance.ProcessingRecord;
import org.trailmark.governance.ProcessingRecordHtml;
import org.trailmark.governance.ProcessingRecords;
import org.trailmark.governance.RecordSections;
import org.trailmark.store.OwnerOnlyFiles;
import org.trailmark.store.Workspace;
import org.trailmark.store.WorkspaceException;
import org.trailmark.ui.common.BackgroundTask;
import org.trailmark.ui.common.TaskExecutor;

/**
 * The records-of-processing page: the record read on the interactive lane and shown as sections of
 * rows (the same words as the command line), and "Save as HTML…" written on the long-jobs lane.
 */
public final class ProcessingRecordViewModel {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final Workspace workspace;
    private final TaskExecutor executor;
    private final ProcessingRecordDialogs dialogs;
    private final Supplier<Instant> clock;
    private final ObservableList<RecordSections.Section> sections = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready", false);
    private ProcessingRecord record;

    public ProcessingRecordViewModel(Workspace workspace, TaskExecutor executor, ProcessingRecordDialogs dialogs,
                                     Supplier<Instant> clock) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Reads the record afresh; a refusal (a recorded person's account) is said on the page itself. */
    public void refresh() {
        message.set("Reading the workspace…");
        executor.execute(BackgroundTask.interactive("Reading the record of processing",
                        progress -> ProcessingRecords.of(workspace, clock.get()))
                .onSuccess(this::show)
                .onFailure(failure -> {
                    record = null;
                    sections.clear();
                    ready.set(false);
                    message.set(plainWords(failure));
                }));
    }

    /** Shows a record read off the UI thread. */
    public void show(ProcessingRecord shown) {
        record = Objects.requireNonNull(shown, "shown");
        sections.setAll(RecordSections.of(shown));
        ready.set(true);
        message.set("");
    }

    /** Asks where, then writes the record as one HTML page (owner-only) and says where it went. */
    public void saveAsHtml() {
        ProcessingRecord toSave = record;
        if (toSave == null) {
            return;
        }
        String name = "records-of-processing-" + DAY.format(toSave.header().generatedAt()) + ".html";
        dialogs.chooseRecordFile(name).ifPresent(file -> executor.execute(BackgroundTask.of(
                        "Saving the record of processing", progress -> write(file, toSave))
                .onSuccess(saved -> {
                    message.set("Saved to " + saved);
                    dialogs.showSaved("The record of processing was saved", "Saved to " + saved
                            + "\n\nOne HTML page that any browser opens and prints; it holds counts only.", saved);
                })
                .onFailure(failure -> dialogs.showError("Could not save the record of processing",
                        plainWords(failure)))));
    }

    private static Path write(Path file, ProcessingRecord record) {
        try {
            OwnerOnlyFiles.createParentFolders(file);
            OwnerOnlyFiles.write(file, ProcessingRecordHtml.write(record).getBytes(StandardCharsets.UTF_8));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ObservableList<RecordSections.Section> sections() {
        return sections;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True once a record is shown: only then can it be saved. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    private static String plainWords(Throwable failure) {
        if (failure instanceof WorkspaceException && failure.getMessage() != null) {
            return failure.getMessage();
        }
        if (failure instanceof UncheckedIOException || failure instanceof IOException) {
            Throwable io = failure instanceof UncheckedIOException u ? u.getCause() : failure;
            return "The file could not be written" + (io.getMessage() == null ? "." : ": " + io.getMessage())
                    + " Choose another folder and try again.";
        }
        return "Something unexpected went wrong (" + failure.getClass().getSimpleName()
                + "). Nothing was changed; the details are in the log.";
    }
}
