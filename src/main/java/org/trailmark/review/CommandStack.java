package org.trailmark.review;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.trailmark.store.StaleEditException;

/**
 * Undo/redo history of executed commands. Bounded: past {@code capacity} the oldest command
 * falls off (it stays committed, it just cannot be undone any more). Every change bumps
 * {@link #revision()} and tells the listeners, so a UI can bind menu labels without polling.
 * Not thread-safe: use it from one thread (the UI thread, or a test).
 */
public final class CommandStack {
    public static final int DEFAULT_CAPACITY = 200;

    /** Told after every change of the stack. */
    @FunctionalInterface
    public interface Listener {
        void changed(CommandStack stack);
    }

    private final int capacity;
    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private long revision;

    public CommandStack() {
        this(DEFAULT_CAPACITY);
    }

    public CommandStack(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("an undo history holds at least one command");
        }
        this.capacity = capacity;
    }

    /** Runs the command; only when it succeeds does it become undoable and the redo history go. */
    public void execute(Command command) {
        Objects.requireNonNull(command, "command");
        command.execute();
        undo.push(command);
        while (undo.size() > capacity) {
            undo.removeLast();
        }
        redo.clear();
        changed();
    }

    /**
     * Undoes the latest command and returns its description, or empty when there is nothing to
     * undo. If the workspace no longer matches the history (edited elsewhere), the history is
     * dropped, since none of it can be undone safely, and the StaleEditException is rethrown.
     * Any other failure leaves the history as it was, to try again.
     */
    public Optional<String> undo() {
        Command command = undo.peek();
        if (command == null) {
            return Optional.empty();
        }
        try {
            command.undo();
        } catch (StaleEditException e) {
            clear();
            throw e;
        }
        undo.pop();
        redo.push(command);
        changed();
        return Optional.of(command.description());
    }

    /** Redoes the latest undone command; as {@link #undo()} otherwise. */
    public Optional<String> redo() {
        Command command = redo.peek();
        if (command == null) {
            return Optional.empty();
        }
        try {
            command.redo();
        } catch (StaleEditException e) {
            clear();
            throw e;
        }
        redo.pop();
        undo.push(command);
        changed();
        return Optional.of(command.description());
    }

    /** The command undo would undo, if any. */
    Optional<Command> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    /** The command redo would redo, if any. */
    Optional<Command> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** What Undo would undo, for "Undo Split task". */
    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(Command::description);
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(Command::description);
    }

    public int undoSize() {
        return undo.size();
    }

    public int redoSize() {
        return redo.size();
    }

    public int capacity() {
        return capacity;
    }

    /** Counts every change (execute, undo, redo, clear); a view compares it to know it is stale. */
    public long revision() {
        return revision;
    }

    /** Forgets the history, e.g. when another session is opened. Nothing in the workspace changes. */
    public void clear() {
        if (undo.isEmpty() && redo.isEmpty()) {
            return;
        }
        undo.clear();
        redo.clear();
        changed();
    }

    public void addListener(Listener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private void changed() {
        revision++;
        for (Listener listener : listeners) {
            listener.changed(this);
        }
    }
}
