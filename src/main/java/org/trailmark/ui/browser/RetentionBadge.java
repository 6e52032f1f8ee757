package org.trailmark.ui.browser;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.trailmark.governance.RetentionService;
import org.trailmark.governance.SessionExpiry;

/**
 * A session's retention as the session table shows it: "expires 12 Jan", "held", "no policy", …, a
 * style per kind (a warning colour a week ahead) and a tooltip that says what it means.
 *
 * @param sortKey when it expires (null: never, or not known); the column sorts by it
 */
public record RetentionBadge(Kind kind, String text, String explanation, Instant sortKey) {
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** Before the expiries were read (or when they could not be). */
    public static final RetentionBadge UNKNOWN = new RetentionBadge(Kind.UNKNOWN, "", "", null);

    /** What the badge says; the wire name ends its style class. */
    public enum Kind {
        UNKNOWN("unknown"), NO_POLICY("none"), EXPIRES("expires"), SOON("soon"), DUE("due"), HELD("held"),
        KEPT("kept");

        private final String styleSuffix;

        Kind(String styleSuffix) {
            this.styleSuffix = styleSuffix;
        }

        public String styleSuffix() {
            return styleSuffix;
        }
    }

    /** True when the session will be (or is due to be) erased within the week: the status area counts these. */
    public boolean warns() {
        return kind == Kind.SOON || kind == Kind.DUE;
    }

    public static RetentionBadge of(SessionExpiry e, Instant now) {
        return switch (e.status(now, RetentionService.WARNING)) {
            case HELD -> new RetentionBadge(Kind.HELD, "held", "Under legal hold " + e.holds().get(0).id()
                    + ": kept and not erased until an admin releases the hold", e.expiresAt());
            case NO_POLICY -> new RetentionBadge(Kind.NO_POLICY, "no policy",
                    "No retention rule covers this session's purposes: it is kept until someone erases it", null);
            case DUE -> new RetentionBadge(Kind.DUE, "expired", "Its retention period (" + e.purpose() + ") ended on "
                    + DAY_MONTH_YEAR.format(e.expiresAt()) + "; the next retention apply erases it", e.expiresAt());
            case KEPT_WHILE_CITED -> new RetentionBadge(Kind.KEPT, "kept (cited)", "Its period ended on "
                    + DAY_MONTH_YEAR.format(e.expiresAt()) + ", but a dataset export cites it and training consent"
                    + " stands", e.expiresAt());
            case EXPIRES_SOON -> new RetentionBadge(Kind.SOON, "expires " + day(e.expiresAt(), now),
                    "Erased within a week, on " + DAY_MONTH_YEAR.format(e.expiresAt()) + " (" + e.purpose() + ")",
                    e.expiresAt());
            case EXPIRES -> new RetentionBadge(Kind.EXPIRES, "expires " + day(e.expiresAt(), now),
                    "Kept for " + e.purpose() + " until " + DAY_MONTH_YEAR.format(e.expiresAt()), e.expiresAt());
        };
    }

    /** "12 Jan" within the year of {@code now}, "12 Jan 2028" beyond it. */
    private static String day(Instant at, Instant now) {
        boolean sameYear = at.atZone(ZoneOffset.UTC).getYear() == now.atZone(ZoneOffset.UTC).getYear();
        return (sameYear ? DAY_MONTH : DAY_MONTH_YEAR).format(at);
    }
}
