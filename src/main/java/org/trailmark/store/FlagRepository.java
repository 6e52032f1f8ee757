package org.trailmark.store;

import java.util.List;
import java.util.Optional;
import org.trailmark.model.Flag;

/** Sensitive spans and screen regions, raised by detectors or people. Every write commits before it returns. */
public interface FlagRepository {
    /** The session's flags ordered by start, end, id. */
    List<Flag> ofSession(String sessionId);

    Optional<Flag> find(long id);

    /** As {@link ReviewRepository#replaceTasks}, for flags: compare-and-set, one commit, audited. */
    List<Flag> replace(String sessionId, List<Flag> expected, List<Flag> replacement, String what, String actor);

    /** One version's flags, under the rule of {@link ReviewRepository#tasks(String, String)}. */
    List<Flag> ofVersion(String sessionId, String labeler);

    Optional<Flag> find(long id, String labeler);

    /** As {@link ReviewRepository#replaceTasks(String, String, List, List, String, String)}, for flags. */
    List<Flag> replace(String sessionId, String labeler, List<Flag> expected, List<Flag> replacement, String what,
                       String actor);
}
