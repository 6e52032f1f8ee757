package org.trailmark.ui.review;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.trailmark.model.Label;
import org.trailmark.model.Task;
import org.trailmark.model.TaskOutcome;
import org.trailmark.replay.TimeSpan;

/**
 * The tasks part of the review panel: which task is selected, a task from the in and out marks (Enter,
 * Ctrl+Enter with the capture's suggested instruction), labels by digit (tapped or held during playback),
 * split, merge, delete and every field edit. Each change runs through the review's lane like every edit
 * ({@link ReviewViewModel#edit}), so it is committed, audited and undoable.
 */
public final class TaskReviewModel {
    private final ReviewViewModel review;
    private final ObjectProperty<Long> selectedTaskId = new SimpleObjectProperty<>(this, "selectedTaskId");

    TaskReviewModel(ReviewViewModel review) {
        this.review = review;
    }

    public ObjectProperty<Long> selectedTaskIdProperty() {
        return selectedTaskId;
    }

    public Optional<Task> selectedTask() {
        Long id = selectedTaskId.get();
        return id == null ? Optional.empty() : review.tasks().stream().filter(t -> t.id() == id).findFirst();
    }

    /** Tasks without an outcome yet, which an approval would pass over. */
    public long undecidedTasks() {
        return review.tasks().stream().filter(t -> t.outcome() == null).count();
    }

    /** Enter: a task from the marks, with the label a digit picked; the instruction is typed afterwards. */
    public Optional<Task> commitTask() {
        return commitTask("");
    }

    /**
     * Ctrl+Enter: with marks, a task from them taking the capture's suggested instruction;
     * without, the suggestion goes to the selected task.
     */
    public Optional<Task> acceptSuggestedInstruction() {
        String suggestion = suggestedInstruction();
        if (suggestion == null) {
            review.say("This capture carries no suggested instruction");
            return Optional.empty();
        }
        if (review.marks().isSet()) {
            return commitTask(suggestion);
        }
        return selectedTask().flatMap(task -> editTask(task.withInstruction(suggestion)));
    }

    /** The instruction the capture carried (an AgentNet task name), or null. */
    public String suggestedInstruction() {
        String s = review.openSession() == null ? null : review.openSession().suggestedInstruction();
        return s == null || s.isBlank() ? null : s;
    }

    private Optional<Task> commitTask(String instruction) {
        if (!review.isOpen()) {
            return Optional.empty();
        }
        boolean anyMark = review.marks().isSet();
        Optional<TimeSpan> span = review.marks().span();
        if (span.isEmpty()) {
            if (!anyMark) {
                review.say("Set an in point (I) and an out point (O) first");
            }
            return Optional.empty();
        }
        String label = review.marks().pendingLabel();
        if (!review.ensureReviewer()) {
            return Optional.empty();
        }
        // the marks go at once, so a second Enter cannot add the same task twice while this one is stored
        review.clearMarks();
        return addTask(span.get().startMs(), span.get().endMs(), instruction, label);
    }

    public Optional<Task> addTask(int startMs, int endMs, String instruction, String label) {
        if (!review.isOpen()) {
            return Optional.empty();
        }
        String id = review.sessionIdProperty().get();
        return review.edit("Adding a task", s -> s.addTask(Task.draft(id, startMs, endMs, instruction, label, null)),
                task -> selectedTaskId.set(task.id()));
    }

    public Optional<Task> editTask(Task changed) {
        return review.edit("Editing a task", s -> s.editTask(changed), task -> { });
    }

    public Optional<Task> setInstruction(long taskId, String instruction) {
        return task(taskId).flatMap(t -> t.instruction().equals(instruction) ? Optional.of(t)
                : editTask(t.withInstruction(instruction == null ? "" : instruction)));
    }

    public Optional<Task> setTaskLabel(long taskId, String label) {
        return task(taskId).flatMap(t -> Objects.equals(t.label(), label) ? Optional.of(t) : editTask(t.withLabel(label)));
    }

    public Optional<Task> setOutcome(long taskId, TaskOutcome outcome) {
        return task(taskId).flatMap(t -> t.outcome() == outcome ? Optional.of(t) : editTask(t.withOutcome(outcome)));
    }

    public Optional<Task> moveTaskEdges(long taskId, int startMs, int endMs) {
        return review.edit("Moving a task", s -> s.moveTaskEdges(taskId, startMs, endMs), task -> { });
    }

    /**
     * 1–9: the label with that hotkey for the task the marks will make, or else for the selected
     * task. False when no label has that hotkey.
     */
    public boolean pickLabel(int digit) {
        Optional<Label> label = labelWithHotkey(digit);
        if (label.isEmpty()) {
            return false;
        }
        if (review.marks().isSet() || selectedTask().isEmpty()) {
            review.marks().pickLabel(label.get().name());
            return true;
        }
        return setTaskLabel(selectedTaskId.get(), label.get().name()).isPresent();
    }

    /** A digit key went down: remember where, in case it is held during playback. Repeats are ignored. */
    public void digitPressed(int digit) {
        review.marks().digitPressed(digit);
    }

    /**
     * A digit key came up: held while the playhead moved at least {@value ReviewViewModel#MIN_HELD_MS} ms, it
     * labels that stretch as a new task; a tap picks the label ({@link #pickLabel}).
     */
    public void digitReleased(int digit) {
        Optional<TimeSpan> held = review.marks().digitReleased(digit, ReviewViewModel.MIN_HELD_MS);
        if (held.isEmpty()) {
            pickLabel(digit);
            return;
        }
        labelWithHotkey(digit).ifPresent(label -> addTask(held.get().startMs(), held.get().endMs(), "", label.name()));
    }

    private Optional<Label> labelWithHotkey(int digit) {
        Optional<Label> label = review.labels().stream().filter(l -> l.hotkey() == digit).findFirst();
        if (label.isEmpty()) {
            review.say("No label has the hotkey " + digit);
        }
        return label;
    }

    /** Splits the selected task (or the one under the playhead) at the playhead. */
    public boolean splitAtPlayhead() {
        Optional<Task> target = taskForCommand();
        int at = review.playhead();
        return target.isPresent() && review.edit("Splitting a task", s -> s.splitTask(target.get().id(), at),
                parts -> selectedTaskId.set(parts.get(1).id())).isPresent();
    }

    public boolean mergeWithNext() {
        Optional<Task> target = taskForCommand();
        return target.isPresent()
                && review.edit("Merging tasks", s -> s.mergeWithNext(target.get().id()), task -> { }).isPresent();
    }

    public boolean deleteTask() {
        Optional<Task> target = selectedTask();
        if (target.isEmpty()) {
            review.say("Select a task first");
            return false;
        }
        return review.attempt("Deleting a task", s -> s.deleteTask(target.get().id()));
    }

    private Optional<Task> taskForCommand() {
        Optional<Task> target = selectedTask();
        if (target.isEmpty()) {
            int t = review.playhead();
            target = review.tasks().stream().filter(task -> task.contains(t)).findFirst();
        }
        if (target.isEmpty()) {
            review.say("Select a task first");
        }
        return target;
    }

    private Optional<Task> task(long taskId) {
        return review.tasks().stream().filter(t -> t.id() == taskId).findFirst();
    }
}
