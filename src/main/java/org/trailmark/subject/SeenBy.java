package org.trailmark.subject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.trailmark.model.AccessAction;
import org.trailmark.model.AccessPurpose;
import org.trailmark.model.SessionAccess;

/**
 * One line of "Who has seen your sessions": a person (or database user) in a role, for one purpose,
 * how often, over how many sessions, first and last time, and what they did. Names, roles and times
 * only: nothing of what they saw.
 *
 * @param accesses how many times (repeats within a minute count one by one)
 */
public record SeenBy(String user, String role, AccessPurpose purpose, Instant first, Instant last, long accesses,
                     int sessions, Set<AccessAction> actions) {
    public SeenBy {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        actions = Set.copyOf(actions);
    }

    /** True for the recorded person looking at their own data. */
    public boolean isSelf() {
        return purpose == AccessPurpose.SUBJECT_SELF_ACCESS;
    }

    /** "opened, replayed and labelled", in the order of {@link AccessAction}. */
    public String actionsText() {
        List<String> words = new ArrayList<>();
        for (AccessAction a : EnumSet.copyOf(actions.isEmpty() ? EnumSet.noneOf(AccessAction.class) : actions)) {
            words.add(a.pastTense());
        }
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    /** The rows grouped per person, role and purpose; the earliest first. */
    static List<SeenBy> of(List<SessionAccess> rows) {
        record Key(String user, String role, AccessPurpose purpose) {
        }
        Map<Key, List<SessionAccess>> groups = new LinkedHashMap<>();
        for (SessionAccess r : rows) {
            groups.computeIfAbsent(new Key(r.user(), r.role(), r.purpose()), k -> new ArrayList<>()).add(r);
        }
        List<SeenBy> seen = new ArrayList<>();
        groups.forEach((key, group) -> {
            Instant first = group.stream().map(SessionAccess::first).min(Comparator.naturalOrder()).orElseThrow();
            Instant last = group.stream().map(SessionAccess::last).max(Comparator.naturalOrder()).orElseThrow();
            long count = group.stream().mapToLong(SessionAccess::count).sum();
            int sessions = (int) group.stream().map(SessionAccess::sessionId).distinct().count();
            Set<AccessAction> actions = EnumSet.noneOf(AccessAction.class);
            group.forEach(r -> actions.add(r.action()));
            seen.add(new SeenBy(key.user(), key.role(), key.purpose(), first, last, count, sessions, actions));
        });
        seen.sort(Comparator.comparing(SeenBy::first));
        return List.copyOf(seen);
    }
}
