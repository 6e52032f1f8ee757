package org.trailmark.review;

import java.util.ArrayList;
import java.util.List;

/**
 * Several commands that undo as one ("Import labels"). Each part commits on its own; if a part
 * fails, the parts already done are undone again, so the whole either happens or does not.
 */
final class CompositeCommand implements Command {
    private final String description;
    private final List<Command> parts;

    CompositeCommand(String description, List<Command> parts) {
        this.description = description;
        this.parts = List.copyOf(parts);
    }

    @Override
    public void execute() {
        runAll(false);
    }

    @Override
    public void redo() {
        runAll(true);
    }

    @Override
    public void undo() {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).undo();
        }
    }

    @Override
    public String description() {
        return description;
    }

    private void runAll(boolean again) {
        List<Command> done = new ArrayList<>();
        try {
            for (Command part : parts) {
                if (again) {
                    part.redo();
                } else {
                    part.execute();
                }
                done.add(part);
            }
        } catch (RuntimeException e) {
            for (int i = done.size() - 1; i >= 0; i--) {
                try {
                    done.get(i).undo();
                } catch (RuntimeException undoFailed) {
                    e.addSuppressed(undoFailed);
                }
            }
            throw e;
        }
    }
}
