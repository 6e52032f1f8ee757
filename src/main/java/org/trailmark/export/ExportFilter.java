package org.trailmark.export;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Set;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.Task;

/**
 * Narrows an export; an empty set or a null date means "no limit". Session filters (subjects,
 * dates) drop whole sessions; task filters (labels, outcomes, apps) drop single records. Filters
 * only ever take away: none can add a session that consent or review keeps out.
 *
 * @param from first session start date (UTC) taken, inclusive
 * @param to   last session start date (UTC) taken, inclusive
 */
public record ExportFilter(Set<String> subjects, LocalDate from, LocalDate to, Set<String> labels,
                           Set<String> outcomes, Set<String> apps) {
    public static final ExportFilter NONE = new ExportFilter(Set.of(), null, null, Set.of(), Set.of(), Set.of());

    public ExportFilter {
        subjects = Set.copyOf(subjects);
        labels = Set.copyOf(labels);
        outcomes = Set.copyOf(outcomes);
        apps = Set.copyOf(apps);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the date range ends before it starts");
        }
    }

    public boolean takesSession(SessionInfo info) {
        LocalDate day = info.start().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        return (subjects.isEmpty() || subjects.contains(info.subject()))
                && (from == null || !day.isBefore(from))
                && (to == null || !day.isAfter(to));
    }

    public boolean takesTask(Task task, Collection<String> appsOfTask) {
        return (labels.isEmpty() || (task.label() != null && labels.contains(task.label())))
                && (outcomes.isEmpty() || (task.outcome() != null && outcomes.contains(task.outcome().wireName())))
                && (apps.isEmpty() || appsOfTask.stream().anyMatch(apps::contains));
    }
}
