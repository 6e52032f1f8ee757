package org.trailmark.ui.browser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.SubjectIds;

/**
 * Everything the browser filters by, combined with "and". A null choice (subject, app, status,
 * date bound) means "any"; empty text means no text filter. Dates are the capture's own local
 * date, the one the table shows, and both bounds are inclusive.
 */
public record SessionFilter(String text, String subject, String app, ReviewStatus status,
                            LocalDate from, LocalDate to) {

    public static final SessionFilter NONE = new SessionFilter("", null, null, null, null, null);

    /**
     * The subject choice "every session no person is assigned to": each such session has an id
     * of its own, but a reviewer looks for them together. The bare prefix is no session's subject.
     */
    public static final String UNASSIGNED_SUBJECTS = SubjectIds.UNASSIGNED_PREFIX;

    /** The separate filters a person can set, in the order the browser shows them. */
    public enum Kind { TEXT, SUBJECT, APP, STATUS, FROM, TO }

    /** One filter that is set, with the words that name it, e.g. "subject ana". */
    public record Part(Kind kind, String description) {
    }

    public SessionFilter {
        text = text == null ? "" : text;
        subject = blankToNull(subject);
        app = blankToNull(app);
    }

    public boolean matches(SessionRow row) {
        if (!row.matches(text)) {
            return false;
        }
        if (subject != null && !matchesSubject(row)) {
            return false;
        }
        if (app != null && !row.apps().contains(app)) {
            return false;
        }
        if (status != null && status != row.status()) {
            return false;
        }
        if (from == null && to == null) {
            return true;
        }
        if (row.start() == null) {
            return false; // a session without a start time lies in no date range
        }
        LocalDate day = row.start().toLocalDate();
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    private boolean matchesSubject(SessionRow row) {
        return subject.equals(UNASSIGNED_SUBJECTS) ? row.unassigned() : subject.equals(row.subject());
    }

    /** The filters that are set; empty when this filter lets every session through. */
    public List<Part> parts() {
        List<Part> parts = new ArrayList<>();
        if (!text.isBlank()) {
            parts.add(new Part(Kind.TEXT, "text “" + text.trim() + "”"));
        }
        if (subject != null) {
            parts.add(new Part(Kind.SUBJECT, subject.equals(UNASSIGNED_SUBJECTS) ? "no person assigned"
                    : "subject " + subject));
        }
        if (app != null) {
            parts.add(new Part(Kind.APP, "app " + app));
        }
        if (status != null) {
            parts.add(new Part(Kind.STATUS, "status " + status.label()));
        }
        if (from != null) {
            parts.add(new Part(Kind.FROM, "from " + from));
        }
        if (to != null) {
            parts.add(new Part(Kind.TO, "until " + to));
        }
        return parts;
    }

    public boolean isEmpty() {
        return parts().isEmpty();
    }

    /** This filter with one kind unset. */
    public SessionFilter without(Kind kind) {
        return new SessionFilter(kind == Kind.TEXT ? "" : text, kind == Kind.SUBJECT ? null : subject,
                kind == Kind.APP ? null : app, kind == Kind.STATUS ? null : status,
                kind == Kind.FROM ? null : from, kind == Kind.TO ? null : to);
    }

    /** Only the one kind of this filter, every other unset: does this part alone hide everything? */
    public SessionFilter only(Kind kind) {
        return new SessionFilter(kind == Kind.TEXT ? text : "", kind == Kind.SUBJECT ? subject : null,
                kind == Kind.APP ? app : null, kind == Kind.STATUS ? status : null,
                kind == Kind.FROM ? from : null, kind == Kind.TO ? to : null);
    }

    public SessionFilter withSubject(String value) {
        return new SessionFilter(text, value, app, status, from, to);
    }

    public SessionFilter withApp(String value) {
        return new SessionFilter(text, subject, value, status, from, to);
    }

    public SessionFilter withStatus(ReviewStatus value) {
        return new SessionFilter(text, subject, app, value, from, to);
    }

    /** How a subject choice reads in the filter list: "Unassigned" for {@link #UNASSIGNED_SUBJECTS}. */
    public static String subjectChoiceText(String choice) {
        return UNASSIGNED_SUBJECTS.equals(choice) ? SessionRow.UNASSIGNED : choice;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
