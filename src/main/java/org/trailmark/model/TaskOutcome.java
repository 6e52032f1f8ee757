package org.trailmark.model;

import java.util.Locale;
import java.util.Optional;

/** How the person's attempt at a task ended. A task whose outcome is not decided yet has none (null). */
public enum TaskOutcome {
    SUCCESS, FAILURE, ABANDONED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return switch (this) {
            case SUCCESS -> "Success";
            case FAILURE -> "Failure";
            case ABANDONED -> "Abandoned";
        };
    }

    public static Optional<TaskOutcome> ofWireName(String name) {
        for (TaskOutcome o : values()) {
            if (o.wireName().equals(name)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
