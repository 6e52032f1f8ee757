package org.trailmark.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trailmark.store.StaleEditException;

class CommandStackTest {
    /** Appends to a shared list; undo removes its own entry. */
    private static final class Append implements Command {
        private final List<String> log;
        private final String value;
        RuntimeException failOnUndo;

        Append(List<String> log, String value) {
            this.log = log;
            this.value = value;
        }

        @Override
        public void execute() {
            log.add(value);
        }

        @Override
        public void undo() {
            if (failOnUndo != null) {
                throw failOnUndo;
            }
            log.remove(log.size() - 1);
        }

        @Override
        public String description() {
            return "Append " + value;
        }
    }

    private final List<String> log = new ArrayList<>();

    @Test
    void undoAndRedoWalkTheHistoryAndNameTheCommand() {
        CommandStack stack = new CommandStack();
        stack.execute(new Append(log, "a"));
        stack.execute(new Append(log, "b"));

        assertThat(stack.undoDescription()).contains("Append b");
        assertThat(stack.undo()).contains("Append b");
        assertThat(log).containsExactly("a");
        assertThat(stack.redoDescription()).contains("Append b");
        assertThat(stack.redo()).contains("Append b");
        assertThat(log).containsExactly("a", "b");
        assertThat(stack.redo()).isEmpty();
    }

    @Test
    void aNewCommandAfterUndoDropsTheRedoHistory() {
        CommandStack stack = new CommandStack();
        stack.execute(new Append(log, "a"));
        stack.undo();
        stack.execute(new Append(log, "c"));

        assertThat(stack.canRedo()).isFalse();
        assertThat(log).containsExactly("c");
    }

    @Test
    void theOldestCommandFallsOffABoundedStack() {
        CommandStack stack = new CommandStack(2);
        stack.execute(new Append(log, "a"));
        stack.execute(new Append(log, "b"));
        stack.execute(new Append(log, "c"));

        assertThat(stack.undoSize()).isEqualTo(2);
        stack.undo();
        stack.undo();
        assertThat(stack.undo()).isEmpty();
        assertThat(log).containsExactly("a");
    }

    @Test
    void everyChangeBumpsTheRevisionAndTellsListeners() {
        CommandStack stack = new CommandStack();
        List<Long> seen = new ArrayList<>();
        stack.addListener(s -> seen.add(s.revision()));

        stack.execute(new Append(log, "a"));
        stack.undo();
        stack.redo();
        stack.clear();

        assertThat(seen).containsExactly(1L, 2L, 3L, 4L);
        assertThat(stack.revision()).isEqualTo(4);
    }

    @Test
    void aCommandThatFailsIsNotRecorded() {
        CommandStack stack = new CommandStack();
        Command failing = new Command() {
            @Override
            public void execute() {
                throw new IllegalStateException("disk full");
            }

            @Override
            public void undo() {
            }

            @Override
            public String description() {
                return "Fail";
            }
        };

        assertThatThrownBy(() -> stack.execute(failing)).isInstanceOf(IllegalStateException.class);
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.revision()).isZero();
    }

    @Test
    void aFailedUndoStaysUndoableButAStaleOneDropsTheHistory() {
        CommandStack stack = new CommandStack();
        Append a = new Append(log, "a");
        Append b = new Append(log, "b");
        stack.execute(a);
        stack.execute(b);

        b.failOnUndo = new IllegalStateException("locked");
        assertThatThrownBy(stack::undo).isInstanceOf(IllegalStateException.class);
        assertThat(stack.undoDescription()).contains("Append b");

        b.failOnUndo = new StaleEditException("task 1 was changed elsewhere");
        assertThatThrownBy(stack::undo).isInstanceOf(StaleEditException.class);
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.canRedo()).isFalse();
    }
}
