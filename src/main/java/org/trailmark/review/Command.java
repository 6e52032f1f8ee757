package org.trailmark.review;

/**
 * One undoable edit. {@link #execute} runs it the first time, {@link #undo} reverses it and
 * {@link #redo} runs it again after an undo. Each call commits to the workspace before it
 * returns, so an edit that returned is never lost.
 */
public interface Command {
    void execute();

    void undo();

    default void redo() {
        execute();
    }

    /**
     * Short and content-free ("Split task"), for the Edit menu and the audit log: never an
     * instruction, a reason or anything captured.
     */
    String description();

    /** The one session the command changes, or null when it changes none or several. */
    default String sessionId() {
        return null;
    }
}
