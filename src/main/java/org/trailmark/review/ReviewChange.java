package org.trailmark.review;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.trailmark.store.AuditActions;
import org.trailmark.store.AuditEntry;

/**
 * A change to a session's review, told from its audit entry: who changed which part, when, and the
 * edit's name ("split task"). Built from ids, field names and user names only, as the audit log is,
 * so it is safe in a message, a log line or a status bar.
 */
public record ReviewChange(AuditEntry entry) {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    /** What each kind of entry changed, as the object of "Ana changed …". */
    private static final Map<String, String> PART = Map.of(
            AuditActions.STATUS, "the review status",
            AuditActions.ASSIGN, "the labelers",
            AuditActions.UNASSIGN, "the labelers",
            AuditActions.CLAIM, "who works on it");

    public ReviewChange {
        Objects.requireNonNull(entry, "entry");
    }

    public String actor() {
        return entry.actor();
    }

    /** "the tasks", "the flags", "the review status", "the labelers", "the label set". */
    public String part() {
        if (!AuditActions.EDIT.equals(entry.action())) {
            return PART.getOrDefault(entry.action(), "the review");
        }
        if (entry.sessionId() == null) {
            return "the label set";
        }
        String detail = entry.detail() == null ? "" : entry.detail().toLowerCase(Locale.ROOT);
        String rows = detail.contains(": ") ? detail.substring(detail.indexOf(": ") + 2) : detail;
        if (rows.startsWith("flag") || name().contains("flag")) {
            return "the flags";
        }
        if (rows.startsWith("task") || name().contains("task")) {
            return "the tasks";
        }
        return "the review";
    }

    /** The edit's own name in lower case ("split task", "undo add flag", "new -> approved"), or "". */
    public String name() {
        String detail = entry.detail();
        if (detail == null || detail.isBlank()) {
            return "";
        }
        if (AuditActions.EDIT.equals(entry.action())) {
            int colon = detail.indexOf(": ");
            if (colon < 0) {
                return detail.toLowerCase(Locale.ROOT);
            }
            // a label-set entry is "label set: 7 -> 2 labels"; a session's is "Split task: task 4 changed …"
            return entry.sessionId() == null ? detail.substring(colon + 2)
                    : detail.substring(0, colon).toLowerCase(Locale.ROOT);
        }
        return detail;
    }

    /** "Ana changed the flags": for a status bar. */
    public String shortly() {
        return entry.actor() + " changed " + part();
    }

    /** "Ana changed the tasks of session s-1 at 14:02 (split task)". */
    public String inFull(ZoneId zone) {
        String of = "the label set".equals(part()) || entry.sessionId() == null ? "" : " of session " + entry.sessionId();
        String what = name().isEmpty() ? "" : " (" + name() + ")";
        return shortly() + of + " at " + CLOCK.format(entry.at().atZone(zone)) + what;
    }
}
