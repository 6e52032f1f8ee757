package org.trailmark.ui.governance;

import java.nio.file.Path;
import java.util.Optional;

/** What the records-of-processing page asks and tells in windows of its own; tests answer without windows. */
public interface ProcessingRecordDialogs {
    /** Where to save the record as an HTML page; empty when the person cancelled. */
    Optional<Path> chooseRecordFile(String suggestedName);

    /** Tells that a file was written, with a way to open the folder holding it. */
    void showSaved(String title, String message, Path file);

    /** A plain-words error: what failed and what to do, never a stack trace. */
    void showError(String title, String message);
}
