package org.trailmark.ui.subject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentStatus;
import org.trailmark.store.ErasureResult;
import org.trailmark.store.WorkspaceException;
import org.trailmark.subject.ReceiptLine;
import org.trailmark.subject.SubjectOverview;
import org.trailmark.subject.SubjectService;
import org.trailmark.ui.common.BackgroundTask;
import org.trailmark.ui.common.Formats;
import org.trailmark.ui.common.TaskExecutor;

/**
 * The "My data" screen's state and commands: the overview of what the workspace holds about the
 * person, and the three things they can do with it — withdraw training consent, download a copy,
 * erase it. Writing the archive and erasing run on the {@link TaskExecutor}; questions go through
 * {@link SubjectDialogs}. Every message here is about counts, ids and dates, never recorded content.
 */
public final class MyDataViewModel {
    private static final System.Logger LOG = System.getLogger(MyDataViewModel.class.getName());

    private final SubjectService service;
    private final TaskExecutor executor;
    private final SubjectDialogs dialogs;
    private final Supplier<String> openSession;
    private final Consumer<ErasureResult> afterErasure;
    private final Runnable afterConsentChange;
    private final ReadOnlyObjectWrapper<SubjectOverview> overview = new ReadOnlyObjectWrapper<>(this, "overview");
    private final ReadOnlyObjectWrapper<List<ReceiptLine>> receipts =
            new ReadOnlyObjectWrapper<>(this, "receipts", List.of());
    private final javafx.collections.ObservableList<org.trailmark.store.LegalHold> holds =
            javafx.collections.FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final BooleanProperty withMedia = new SimpleBooleanProperty(this, "withMedia");

    /**
     * @param openSession        the session open in the player, or null
     * @param afterErasure       told what was erased, so the window can list the sessions again
     * @param afterConsentChange told after a withdrawal, so the session list shows it
     */
    public MyDataViewModel(SubjectService service, TaskExecutor executor, SubjectDialogs dialogs,
                           Supplier<String> openSession, Consumer<ErasureResult> afterErasure,
                           Runnable afterConsentChange) {
        this.service = Objects.requireNonNull(service, "service");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.openSession = Objects.requireNonNull(openSession, "openSession");
        this.afterErasure = Objects.requireNonNull(afterErasure, "afterErasure");
        this.afterConsentChange = Objects.requireNonNull(afterConsentChange, "afterConsentChange");
    }

    /** Reads the overview (and the holds on the person's data) again, on the interactive lane. */
    public void refresh() {
        record Read(SubjectOverview overview, List<ReceiptLine> receipts, List<org.trailmark.store.LegalHold> holds) {
        }
        executor.execute(BackgroundTask.interactive("Reading your data",
                        progress -> new Read(service.overview(), service.receiptLines(), service.holds()))
                .onSuccess(read -> {
                    receipts.set(read.receipts());
                    holds.setAll(read.holds());
                    overview.set(read.overview());
                })
                .onFailure(failure -> dialogs.showError("Could not read your data", plainWords(failure))));
    }

    // ---- consent receipts ----

    /** Asks where, then writes the receipt exactly as issued (its checksum still verifies). */
    public void saveReceipt(ReceiptLine receipt) {
        Objects.requireNonNull(receipt, "receipt");
        String name = "consent-receipt-" + receipt.action() + "-" + receipt.purpose() + "-"
                + receipt.receiptId().substring(0, Math.min(8, receipt.receiptId().length())) + ".json";
        dialogs.chooseReceiptFile(name).ifPresent(file -> executor.execute(BackgroundTask.interactive(
                        "Saving the consent receipt", progress -> {
                            service.writeReceipt(receipt.receiptId(), file);
                            return file;
                        })
                .onSuccess(saved -> message.set("Receipt saved to " + saved + ". Its SHA-256 is "
                        + receipt.sha256() + "."))
                .onFailure(failure -> report("Could not save the receipt", failure))));
    }

    /** The person's consent receipts, oldest first; empty until read. */
    public ReadOnlyObjectProperty<List<ReceiptLine>> receiptsProperty() {
        return receipts.getReadOnlyProperty();
    }

    public String subject() {
        return service.subject();
    }

    // ---- withdrawal ----

    /** Asks, then withdraws consent to training use; says so when it was already withdrawn. */
    public boolean withdrawTraining() {
        SubjectOverview now = overview.get();
        if (now != null && now.consentStatus(ConsentPurpose.TRAINING) == ConsentStatus.WITHDRAWN) {
            dialogs.showNotice("Already withdrawn", "You have already withdrawn your consent to training use. "
                    + "No new training dataset takes your sessions.");
            return false;
        }
        if (!dialogs.confirmWithdrawal(service.withdrawalMeaning())) {
            return false;
        }
        List<Boolean> done = new ArrayList<>(1);
        executor.execute(BackgroundTask.interactive("Withdrawing your consent", progress -> {
            service.withdrawTraining();
            return Boolean.TRUE;
        }).onSuccess(ok -> {
            done.add(ok);
            message.set("You withdrew your consent to training use. No new training dataset will include your "
                    + "sessions.");
            // the window's change signal reads this overview and the session list again
            afterConsentChange.run();
        }).onFailure(failure -> dialogs.showError("Could not withdraw your consent", plainWords(failure))));
        return !done.isEmpty();
    }

    // ---- download ----

    /** Asks where, then writes the archive in the background and says where it went. */
    public void download() {
        String name = "trailmark-my-data-" + safeFileName(service.subject()) + ".json";
        dialogs.chooseArchiveFile(name).ifPresent(file -> {
            busy.set(true);
            message.set("Writing your data…");
            boolean media = withMedia.get();
            executor.execute(BackgroundTask.of("Writing your data", progress -> {
                        progress.update("Writing " + file.getFileName(), -1);
                        return service.writeArchive(file, media);
                    })
                    .onSuccess(mediaFiles -> {
                        busy.set(false);
                        message.set("Saved to " + file);
                        dialogs.showSaved("Your data was saved", "Saved to " + file
                                + "\n\nThe file is JSON, with a README section that explains every part of it."
                                + (media ? "\n\nYour screen recordings (" + mediaFiles + " file"
                                        + (mediaFiles == 1 ? "" : "s") + ") are in the folder " + file.getFileName()
                                        + ".media beside it." : ""),
                                file);
                    })
                    .onFailure(failure -> {
                        busy.set(false);
                        message.set("");
                        report("Could not save your data", failure);
                    }));
        });
    }

    // ---- erasure ----

    /** Explains, asks which sessions and for a typed confirmation, then erases in the background. */
    public void erase() {
        String open = openSession.get();
        executor.execute(BackgroundTask.interactive("Reading your sessions", progress -> {
            List<String> mine = service.sessions().stream().map(s -> s.id()).toList();
            String openMine = open != null && mine.contains(open) ? open : null;
            return new ErasureRequest(service.subject(), openMine, mine.size(), service.exports());
        }).onSuccess(this::askAndErase).onFailure(failure -> report("Could not read your data", failure)));
    }

    private void askAndErase(ErasureRequest request) {
        if (request.sessions() == 0) {
            dialogs.showNotice("Nothing to erase", "This workspace holds no recordings of you.");
            return;
        }
        String openMine = request.openSessionId();
        dialogs.askErasure(request).ifPresent(scope -> {
            if (scope == ErasureScope.THIS_SESSION && openMine == null) {
                dialogs.showNotice("No session open", "Open the session to erase in the list first.");
                return;
            }
            busy.set(true);
            message.set("Erasing…");
            executor.execute(BackgroundTask.<ErasureResult>of("Erasing your data", progress -> {
                        progress.update("Erasing and rewriting the workspace file", -1);
                        return scope == ErasureScope.THIS_SESSION ? service.erase(List.of(openMine))
                                : service.eraseAll();
                    })
                    .onSuccess(result -> {
                        busy.set(false);
                        afterErasure.accept(result);
                        String summary = summary(result);
                        message.set(summary);
                        dialogs.showNotice("Your data was erased", summary);
                    })
                    .onFailure(failure -> {
                        busy.set(false);
                        message.set("");
                        report("Could not erase your data", failure);
                    }));
        });
    }

    /** What was erased, as counts and ids: nothing recorded is in it. */
    static String summary(ErasureResult result) {
        StringBuilder text = new StringBuilder("Erased ")
                .append(Formats.plural(result.erasedSessionIds().size(), "session", "sessions"))
                .append(": ").append(Formats.plural(result.events(), "event", "events")).append(", ")
                .append(Formats.plural(result.tasks(), "task", "tasks")).append(" and ")
                .append(Formats.plural(result.flags(), "flag", "flags")).append(". The workspace file went from ")
                .append(size(result.fileBytesBefore())).append(" to ").append(size(result.fileBytesAfter()))
                .append("; the audit log keeps only a note that the erasure happened.");
        List<String> datasets = result.earlierExports().stream().map(e -> e.exportId()).distinct().toList();
        if (!datasets.isEmpty()) {
            text.append(" Datasets exported earlier still hold these sessions: ").append(String.join(", ", datasets))
                    .append(". Ask the people who keep them to delete your data.");
        }
        return text.toString();
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ENGLISH, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private void report(String title, Throwable failure) {
        LOG.log(Level.WARNING, title + " (" + failure.getClass().getSimpleName() + ")");
        dialogs.showError(title, plainWords(failure));
    }

    private static String plainWords(Throwable failure) {
        if ((failure instanceof WorkspaceException || failure instanceof IllegalArgumentException)
                && failure.getMessage() != null) {
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

    private static String safeFileName(String subject) {
        String cleaned = subject.replaceAll("[^A-Za-z0-9._-]", "_");
        return cleaned.isEmpty() ? "subject" : cleaned;
    }

    /** The open legal holds on the person's data, read with the overview. */
    public javafx.collections.ObservableList<org.trailmark.store.LegalHold> holds() {
        return javafx.collections.FXCollections.unmodifiableObservableList(holds);
    }

    public ReadOnlyObjectProperty<SubjectOverview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    public SubjectOverview getOverview() {
        return overview.get();
    }

    /** What the last action did; "" when there is nothing to say. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether a download also copies the screen recordings (videos, screenshots) beside the archive. */
    public BooleanProperty withMediaProperty() {
        return withMedia;
    }

    /** True while the archive is written or the erasure runs: the buttons wait. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
