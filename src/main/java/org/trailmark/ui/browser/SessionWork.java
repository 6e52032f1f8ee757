package org.trailmark.ui.browser;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.trailmark.store.Assignment;

/**
 * Who works on a session, as the person looking at the list reads it: "Assigned to you",
 * "Claimed by ana until 14:32", "Assigned to ana, ben", or nothing for an open session. Worked out
 * when the list is read, so a claim that lapses shows as open at the next reading.
 *
 * @param viewer the user looking (their own work reads "you")
 */
public record SessionWork(List<Assignment> assignments, String viewer, Instant now, ZoneId zone) {
    /** A session nobody is assigned to and nobody has claimed. */
    public static final SessionWork NONE = new SessionWork(List.of(), "", Instant.EPOCH, ZoneId.of("UTC"));
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    public SessionWork {
        assignments = List.copyOf(assignments);
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
    }

    /** The labelers the session is assigned to or claimed by now (a lapsed claim on a taken session is gone). */
    public List<Assignment> current() {
        return assignments.stream().filter(a -> !a.taken() || a.claimLiveAt(now) || a.submittedAt() != null).toList();
    }

    /** True when the viewer is one of the session's labelers. */
    public boolean mine() {
        return current().stream().anyMatch(a -> a.labeler().equals(viewer));
    }

    /** The list's words for it; "" for an open session. */
    public String text() {
        List<Assignment> current = current();
        if (current.isEmpty()) {
            return "";
        }
        if (current.size() == 1) {
            return one(current.get(0));
        }
        String others = String.join(", ", current.stream().map(a -> a.labeler().equals(viewer) ? "you" : a.labeler())
                .toList());
        return "Assigned to " + others;
    }

    private String one(Assignment a) {
        boolean viewers = a.labeler().equals(viewer);
        String who = viewers ? "you" : a.labeler();
        if (a.submittedAt() != null) {
            return "Submitted by " + who;
        }
        if (a.taken()) {
            return "Claimed by " + who + " until " + CLOCK.format(a.claimedUntil().atZone(zone));
        }
        if (!viewers && a.claimLiveAt(now)) {
            return "Claimed by " + who + " until " + CLOCK.format(a.claimedUntil().atZone(zone));
        }
        return "Assigned to " + who;
    }

    /** The labelers' names, for the list's filter. */
    String searchable() {
        return String.join("\n", current().stream().map(Assignment::labeler).toList());
    }
}
