package org.trailmark.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything that asks the person something or tells them something in a window of its own.
 * View-models talk to this, so tests can answer and record instead of opening dialogs.
 */
public interface DialogService {

    /** Capture files to import; empty when the person cancelled. */
    List<Path> chooseCaptureFiles();

    /** A folder of captures or a recording folder; empty when cancelled. */
    Optional<Path> chooseCaptureFolder();

    void showImportReport(ImportSummary summary);

    /** A plain-words error: what failed and what to do, never a stack trace. */
    void showError(String title, String message);

    /** A plain-words notice that needs no answer, e.g. that the workspace opened read-only. */
    void showNotice(String title, String message);

    void showShortcuts();
}
