package org.trailmark.model;

import java.util.Objects;

/**
 * A stretch of a session that shows one thing a person set out to do, with the instruction one
 * would give an agent to do the same. Times are ms from session start, {@code [startMs, endMs)}.
 *
 * @param id          the workspace's id, or 0 for a task not stored yet
 * @param instruction labeler-written; may be empty while the task is being cut
 * @param label       a name from the workspace's label set, or null
 * @param outcome     null while undecided
 * @param notes       free text, or null
 */
public record Task(long id, String sessionId, int startMs, int endMs, String instruction, String label,
                   TaskOutcome outcome, String notes) {
    public Task {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(instruction, "instruction");
        if (id < 0) {
            throw new IllegalArgumentException("task id must not be negative");
        }
        Spans.check(startMs, endMs, "task");
    }

    /** A task not stored yet. */
    public static Task draft(String sessionId, int startMs, int endMs, String instruction, String label,
                             TaskOutcome outcome) {
        return new Task(0, sessionId, startMs, endMs, instruction, label, outcome, null);
    }

    public int durationMs() {
        return endMs - startMs;
    }

    public boolean contains(int ms) {
        return ms >= startMs && ms < endMs;
    }

    public Task withId(long newId) {
        return new Task(newId, sessionId, startMs, endMs, instruction, label, outcome, notes);
    }

    public Task withSpan(int newStartMs, int newEndMs) {
        return new Task(id, sessionId, newStartMs, newEndMs, instruction, label, outcome, notes);
    }

    public Task withInstruction(String newInstruction) {
        return new Task(id, sessionId, startMs, endMs, newInstruction, label, outcome, notes);
    }

    public Task withLabel(String newLabel) {
        return new Task(id, sessionId, startMs, endMs, instruction, newLabel, outcome, notes);
    }

    public Task withOutcome(TaskOutcome newOutcome) {
        return new Task(id, sessionId, startMs, endMs, instruction, label, newOutcome, notes);
    }

    public Task withNotes(String newNotes) {
        return new Task(id, sessionId, startMs, endMs, instruction, label, outcome, newNotes);
    }
}
