package org.trailmark.ingest;

import java.util.List;

/**
 * Which sessions a context export may add to. By default every session whose capture host is known,
 * each taking only the spans of its own host; naming sessions or a subject is for recordings whose
 * host is unknown, and then a span of another known host is still refused.
 *
 * @param sessionIds sessions named by id (empty: not named)
 * @param subject    every session of this subject, or null
 */
public record ContextTargets(List<String> sessionIds, String subject) {
    public ContextTargets {
        sessionIds = List.copyOf(sessionIds);
    }

    public static ContextTargets byHost() {
        return new ContextTargets(List.of(), null);
    }

    public boolean named() {
        return !sessionIds.isEmpty() || subject != null;
    }
}
