package org.trailmark.ui.browser;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.trailmark.model.ConsentStatus;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.SubjectIds;
import org.trailmark.store.SessionSummary;
import org.trailmark.ui.common.Formats;

/**
 * One line of the session table: the raw values (so columns sort by time and number, not by
 * text) and their display forms.
 */
public record SessionRow(SessionSummary summary, SessionWork work, RetentionBadge retention) {
    /** How a session no person is assigned to shows its subject. */
    public static final String UNASSIGNED = "Unassigned";

    public SessionRow {
        java.util.Objects.requireNonNull(summary, "summary");
        java.util.Objects.requireNonNull(work, "work");
        java.util.Objects.requireNonNull(retention, "retention");
    }

    /** A row for a session nobody is assigned to or working on, its retention not known. */
    public SessionRow(SessionSummary summary) {
        this(summary, SessionWork.NONE, RetentionBadge.UNKNOWN);
    }

    /** "Assigned to you", "Claimed by ana until 14:32", or "" for an open session. */
    public String workText() {
        return work.text();
    }

    /** {@link #workText()} for the list's narrow column: "You", "ana until 14:32". */
    public String workShortText() {
        return work.shortText();
    }

    public String id() {
        return summary.id();
    }

    public String subject() {
        return summary.subject();
    }

    /** True when the recording named nobody and nobody has assigned it to a person yet. */
    public boolean unassigned() {
        return SubjectIds.isUnassigned(summary.subject());
    }

    /** The subject as a person reads it: the id, or "Unassigned" instead of a placeholder id. */
    public String subjectText() {
        return subjectText(subject());
    }

    static String subjectText(String subject) {
        return SubjectIds.isUnassigned(subject) ? UNASSIGNED : subject;
    }

    public String format() {
        return summary.info().sourceFormat();
    }

    public OffsetDateTime start() {
        return summary.info().start();
    }

    public long durationMs() {
        return summary.durationMs();
    }

    public long events() {
        return summary.events();
    }

    public List<String> apps() {
        return summary.apps();
    }

    public ReviewStatus status() {
        return summary.status();
    }

    /** Whether the subject's data may go into training sets: Granted, Withdrawn or None. */
    public ConsentStatus trainingConsent() {
        return summary.trainingConsent();
    }

    public String trainingConsentText() {
        return trainingConsent().label();
    }

    public String startText() {
        return Formats.start(start());
    }

    public String durationText() {
        return Formats.hms(durationMs());
    }

    public String eventsText() {
        return Formats.count(events());
    }

    public String appsText() {
        return Formats.joined(apps(), "—");
    }

    /**
     * True when every word of the filter occurs (ignoring case) in the id, subject, format, an
     * app name, the status, the start date, the training consent or the retention badge ("held"), so "alice chrome" narrows to
     * Alice's browser work.
     */
    public boolean matches(String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String haystack = searchableText();
        for (String word : filter.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private String searchableText() {
        // the training consent too, so typing "withdrawn" finds the sessions no export may take
        return String.join("\n", id(), subject(), subjectText(), format(), String.join("\n", apps()),
                status().label(), status().wireName(), startText(), trainingConsent().wireName(), work.labelers(), retention.text())
                .toLowerCase(Locale.ROOT);
    }
}
