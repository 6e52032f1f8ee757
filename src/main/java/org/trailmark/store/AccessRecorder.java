package org.trailmark.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trailmark.model.AccessAction;
import org.trailmark.model.AccessPurpose;

/**
 * Accesses waiting to be written. Playback records on every start and a reviewer may reveal the
 * same flag again and again: one row per minute per person, session, purpose and action says the
 * same and costs nothing while playing. Thread-safe; no database work here.
 */
final class AccessRecorder {
    static final Duration WINDOW = Duration.ofMinutes(1);

    /** What makes two accesses the same row. */
    record Key(String sessionId, String user, AccessPurpose purpose, AccessAction action) {
    }

    /** A row to write: the key, first and last time, how many accesses. */
    record Visit(Key key, Instant first, Instant last, long count) {
        Visit again(Instant at) {
            return new Visit(key, first, at.isAfter(last) ? at : last, count + 1);
        }
    }

    private final Clock clock;
    private final Map<Key, Visit> open = new LinkedHashMap<>();
    private final List<Visit> settled = new ArrayList<>();

    AccessRecorder(Clock clock) {
        this.clock = clock;
    }

    synchronized void record(String sessionId, String user, AccessPurpose purpose, AccessAction action) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Key key = new Key(sessionId, user, purpose, action);
        Visit current = open.get(key);
        if (current != null && now.isBefore(current.first().plus(WINDOW))) {
            open.put(key, current.again(now));
            return;
        }
        if (current != null) {
            settled.add(current);
        }
        open.put(key, new Visit(key, now, now, 1));
    }

    /** Takes every waiting row, open ones too. */
    synchronized List<Visit> takeAll() {
        List<Visit> all = new ArrayList<>(settled);
        all.addAll(open.values());
        settled.clear();
        open.clear();
        return all;
    }

    /** Takes the rows whose minute is over; the others stay open for repeats. */
    synchronized List<Visit> takeSettled() {
        Instant now = clock.instant();
        List<Visit> done = new ArrayList<>(settled);
        settled.clear();
        for (Iterator<Visit> it = open.values().iterator(); it.hasNext(); ) {
            Visit v = it.next();
            if (!now.isBefore(v.first().plus(WINDOW))) {
                done.add(v);
                it.remove();
            }
        }
        return done;
    }

    /** Puts back rows a failed write took, so nothing noted is lost. */
    synchronized void putBack(List<Visit> visits) {
        settled.addAll(0, visits);
    }

    synchronized int pending() {
        return settled.size() + open.size();
    }
}
