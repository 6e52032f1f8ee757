package org.trailmark.review.agreement;

import java.util.List;
import java.util.Objects;
import org.trailmark.model.Flag;
import org.trailmark.model.Task;

/**
 * One labeler's independent version of a session's review: their tasks and flags.
 *
 * <p>Only flags that still mask count for agreement: a flag the labeler rejected says "nothing here",
 * so it is dropped on the way in.
 */
public record LabelerVersion(String labeler, List<Task> tasks, List<Flag> flags) {
    public LabelerVersion {
        Objects.requireNonNull(labeler, "labeler");
        if (labeler.isBlank()) {
            throw new AgreementRefused("a labeler's version needs the labeler's name");
        }
        tasks = List.copyOf(tasks);
        flags = flags.stream().filter(Flag::masks).toList();
    }
}
