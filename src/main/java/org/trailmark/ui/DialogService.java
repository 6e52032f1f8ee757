package org.trailmark.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.trailmark.ui.review.AuditViewModel;

/**
 * Everything that asks the person something or tells them something in a window of its own.
 * View-models talk to this, so tests can answer and record instead of opening dialogs.
 */
public interface DialogService extends org.trailmark.ui.subject.SubjectDialogs,
        org.trailmark.ui.governance.ProcessingRecordDialogs {

    /** Capture files to import; empty when the person cancelled. */
    List<Path> chooseCaptureFiles();

    /** A folder of captures or a recording folder; empty when cancelled. */
    Optional<Path> chooseCaptureFolder();

    void showImportReport(ImportSummary summary);

    /** An ActivityWatch export (aw-buckets-export.json) to add as context; empty when cancelled. */
    Optional<Path> chooseContextFile();

    /** A plain-words error: what failed and what to do, never a stack trace. */
    @Override
    void showError(String title, String message);

    /** A plain-words notice that needs no answer, e.g. that the workspace opened read-only. */
    @Override
    void showNotice(String title, String message);

    /** The keyboard sheet, listing only what the role (labeler or recorded person) is offered. */
    void showShortcuts(boolean subjectMode);

    /**
     * The reviewer's name, asked once before the first review edit; empty when the person
     * cancelled (the edit then does not happen).
     */
    Optional<String> askReviewerName();

    /** The audit log in a window of its own (one window, brought to the front when already open). */
    void showAuditLog(AuditViewModel audit);

    /** The records of processing, in a window of its own (one window, brought to the front when already open). */
    void showProcessingRecord(org.trailmark.ui.governance.ProcessingRecordViewModel record);

    /** The export wizard, in a window of its own. */
    void showExportWizard(org.trailmark.ui.export.ExportWizardViewModel wizard);
}
