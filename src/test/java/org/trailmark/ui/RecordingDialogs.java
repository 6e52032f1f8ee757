package org.trailmark.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trailmark.ui.review.AuditViewModel;

/** Answers file choosers with prepared paths and records what the studio told the person. */
final class RecordingDialogs implements DialogService {
    final List<ImportSummary> reports = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final List<String> notices = new ArrayList<>();
    List<Path> filesToChoose = List.of();
    Path folderToChoose;
    Path contextFileToChoose;
    int shortcutsShown;
    boolean shortcutsForSubject;
    /** The name given when the studio asks who is reviewing; null answers "cancel". */
    String reviewerName = "Rita Reviewer";
    int reviewerAsked;
    int auditShown;

    @Override
    public List<Path> chooseCaptureFiles() {
        return filesToChoose;
    }

    @Override
    public Optional<Path> chooseContextFile() {
        return Optional.ofNullable(contextFileToChoose);
    }

    @Override
    public Optional<Path> chooseCaptureFolder() {
        return Optional.ofNullable(folderToChoose);
    }

    @Override
    public void showImportReport(ImportSummary summary) {
        reports.add(summary);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showNotice(String title, String message) {
        notices.add(title + ": " + message);
    }

    @Override
    public void showShortcuts(boolean subjectMode) {
        shortcutsShown++;
        shortcutsForSubject = subjectMode;
    }

    @Override
    public Optional<String> askReviewerName() {
        reviewerAsked++;
        return Optional.ofNullable(reviewerName);
    }

    @Override
    public void showAuditLog(AuditViewModel audit) {
        auditShown++;
    }

    final List<org.trailmark.ui.export.ExportWizardViewModel> exportWizards = new ArrayList<>();

    @Override
    public void showExportWizard(org.trailmark.ui.export.ExportWizardViewModel wizard) {
        exportWizards.add(wizard);
    }

    /** The answer to "withdraw training consent?"; how often it was asked and what it said. */
    boolean withdrawAnswer = true;
    final List<String> withdrawalMeanings = new ArrayList<>();
    /** Where "Download my data" saves; null answers "cancel". */
    Path archiveToChoose;
    final List<Path> saved = new ArrayList<>();
    /** The answer to the erasure question; null answers "cancel". */
    org.trailmark.ui.subject.ErasureScope erasureAnswer;
    final List<org.trailmark.ui.subject.ErasureRequest> erasureRequests = new ArrayList<>();

    @Override
    public boolean confirmWithdrawal(String meaning) {
        withdrawalMeanings.add(meaning);
        return withdrawAnswer;
    }

    @Override
    public Optional<Path> chooseArchiveFile(String suggestedName) {
        return Optional.ofNullable(archiveToChoose);
    }

    @Override
    public void showSaved(String title, String message, Path file) {
        saved.add(file);
        notices.add(title + ": " + message);
    }

    @Override
    public Optional<org.trailmark.ui.subject.ErasureScope> askErasure(org.trailmark.ui.subject.ErasureRequest request) {
        erasureRequests.add(request);
        return Optional.ofNullable(erasureAnswer);
    }

    /** Record-of-processing pages shown; where "Save as HTML…" saves (null answers "cancel"). */
    final List<org.trailmark.ui.governance.ProcessingRecordViewModel> recordsShown = new ArrayList<>();
    Path recordFileToChoose;
    final List<String> suggestedRecordNames = new ArrayList<>();

    @Override
    public void showProcessingRecord(org.trailmark.ui.governance.ProcessingRecordViewModel record) {
        recordsShown.add(record);
    }

    @Override
    public Optional<Path> chooseRecordFile(String suggestedName) {
        suggestedRecordNames.add(suggestedName);
        return Optional.ofNullable(recordFileToChoose);
    }

    ImportSummary lastReport() {
        return reports.get(reports.size() - 1);
    }
}
