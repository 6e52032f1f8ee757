package org.trailmark.ui.subject;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The questions and answers of the "My data" screen, in windows of their own; the studio's
 * dialog service provides them, and tests answer them without windows.
 */
public interface SubjectDialogs {

    /** A plain-words error: what failed and what to do, never a stack trace. */
    void showError(String title, String message);

    /** A plain-words notice that needs no answer. */
    void showNotice(String title, String message);

    /** Explains what withdrawing training consent means and asks to confirm; true to go ahead. */
    boolean confirmWithdrawal(String meaning);

    /** Where to save the person's data archive; empty when they cancelled. */
    Optional<Path> chooseArchiveFile(String suggestedName);

    /** Where to save one consent receipt; empty when they cancelled. */
    default Optional<Path> chooseReceiptFile(String suggestedName) {
        return chooseArchiveFile(suggestedName);
    }

    /** Tells that a file was written, with a way to open the folder holding it. */
    void showSaved(String title, String message, Path file);

    /**
     * Explains what erasure does and what it cannot undo, lets the person choose this session or
     * all of theirs, and asks them to type a word to confirm; empty when they cancelled.
     */
    Optional<ErasureScope> askErasure(ErasureRequest request);
}
