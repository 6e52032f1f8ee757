package org.trailmark.io.screenpipe;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.trailmark.io.Problem;
import org.trailmark.io.keys.KeyPlatform;

/** One session while its rows are read: where it began, its events and the problems met in it. */
final class OpenSession {
    final Instant start;
    final String sourceSessionId;
    final String machineId;
    final SessionEvents events;
    final List<Problem> problems = new ArrayList<>();
    private final long firstRowId;
    private final String firstTimestamp;
    private Instant last;

    OpenSession(UiEventRow first, Instant at, KeyPlatform platform, boolean keepClipboard) {
        this.start = at;
        this.last = at;
        this.sourceSessionId = first.sessionId();
        this.machineId = first.machineId();
        this.firstRowId = first.rowId();
        this.firstTimestamp = String.valueOf(first.atMs());
        this.events = new SessionEvents(platform, keepClipboard);
    }

    /** Milliseconds from the session's start; long, so the caller can tell a session too long for int times. */
    long offsetMs(Instant at) {
        return at.toEpochMilli() - start.toEpochMilli();
    }

    Instant last() {
        return last;
    }

    void reached(Instant at) {
        if (at.isAfter(last)) {
            last = at;
        }
    }

    /**
     * The same session gets the same id on every import of the same database: the first row's id and
     * time stamp and screenpipe's own session id, hashed.
     */
    String id() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String identity = firstRowId + "|" + firstTimestamp + "|" + (sourceSessionId == null ? "" : sourceSessionId);
            return "screenpipe-" + HexFormat.of().formatHex(sha.digest(identity.getBytes(StandardCharsets.UTF_8)), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
