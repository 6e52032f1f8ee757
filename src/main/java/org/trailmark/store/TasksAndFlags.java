package org.trailmark.store;

import java.util.List;
import org.trailmark.model.Flag;
import org.trailmark.model.Task;

/** Some of a session's tasks and flags, as one adjudication decision sees them before or after. */
public record TasksAndFlags(List<Task> tasks, List<Flag> flags) {
    public static final TasksAndFlags NONE = new TasksAndFlags(List.of(), List.of());

    public TasksAndFlags {
        tasks = List.copyOf(tasks);
        flags = List.copyOf(flags);
    }
}
