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
    int shortcutsShown;
    /** The name given when the studio asks who is reviewing; null answers "cancel". */
    String reviewerName = "Rita Reviewer";
    int reviewerAsked;
    int auditShown;

    @Override
    public List<Path> chooseCaptureFiles() {
        return filesToChoose;
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
    public void showShortcuts() {
        shortcutsShown++;
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

    ImportSummary lastReport() {
        return reports.get(reports.size() - 1);
    }
}
