package org.trailmark.ui.browser;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.trailmark.store.Assignment;

/**
 * Who works on a session, as the person looking at the list reads it: "Assigned to you",
 * "Claimed by ana until 14:32", "Assigned to ben, cy", or nothing for an open session. Worked out
 * when the list is read, so a claim that lapses shows as open at the next reading; two readings that
 * say the same are equal, so a refresh does not disturb the selection.
 *
 * @param text       the sentence; "" for an open session
 * @param shortText  the same in a few words for the list's narrow column: "You", "ana until 14:32", "ben, cy"
 * @param labelers   the labelers' names, newline-separated, for the list's filter
 */
public record SessionWork(String text, String shortText, String labelers) {
    /** A session nobody is assigned to and nobody has claimed. */
    public static final SessionWork NONE = new SessionWork("", "", "");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    /**
     * @param viewer the user looking: their own work reads "you"
     */
    public static SessionWork of(List<Assignment> assignments, String viewer, Instant now, ZoneId zone) {
        // a session someone took and left (their claim lapsed, nothing submitted) is open again
        List<Assignment> current = assignments.stream()
                .filter(a -> !a.taken() || a.claimLiveAt(now) || a.submittedAt() != null).toList();
        if (current.isEmpty()) {
            return NONE;
        }
        String names = String.join("\n", current.stream().map(Assignment::labeler).toList());
        if (current.size() > 1) {
            String who = String.join(", ", current.stream().map(a -> a.labeler().equals(viewer) ? "you" : a.labeler())
                    .toList());
            return new SessionWork("Assigned to " + who, who, names);
        }
        Assignment a = current.get(0);
        boolean viewers = a.labeler().equals(viewer);
        String who = viewers ? "you" : a.labeler();
        if (a.submittedAt() != null) {
            return new SessionWork("Submitted by " + who, capital(who) + " (submitted)", names);
        }
        // my own claim on work assigned to me is not news; anyone's claim on a session they took is
        if (a.taken() || (!viewers && a.claimLiveAt(now))) {
            String until = CLOCK.format(a.claimedUntil().atZone(zone));
            return new SessionWork("Claimed by " + who + " until " + until, capital(who) + " until " + until, names);
        }
        return new SessionWork("Assigned to " + who, capital(who), names);
    }

    private static String capital(String who) {
        return who.equals("you") ? "You" : who;
    }
}
