package org.trailmark.governance;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.ReviewStatus;
import org.trailmark.store.RetentionRule;

/**
 * The record in words, as sections of labelled rows, so that the terminal, the HTML file and the studio
 * page say the same thing in the same order. Dates are UTC.
 */
public final class RecordSections {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);
    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    public static final String NO_RETENTION = "no retention policy recorded";
    public static final String NO_HOLDS = "no holds";

    /** One labelled value. */
    public record Row(String label, String value) {
    }

    /** A heading over rows; {@code empty} is what it says when there are none. */
    public record Group(String heading, List<Row> rows, String empty) {
        public Group {
            rows = List.copyOf(rows);
        }
    }

    /** A titled part of the record: the header, one purpose, or what holds across purposes. */
    public record Section(String title, List<Group> groups) {
        public Section {
            groups = List.copyOf(groups);
        }
    }

    private RecordSections() {
    }

    public static List<Section> of(ProcessingRecord record) {
        List<Section> sections = new ArrayList<>();
        RecordHeader h = record.header();
        sections.add(new Section("Record of processing activities (GDPR Art. 30)", List.of(new Group("", List.of(
                new Row("Controller", h.controllerName().orElse(RecordHeader.NOT_SET)),
                new Row("Controller contact", h.controllerContact().orElse(RecordHeader.NOT_SET)),
                new Row("Generated", MINUTE.format(h.generatedAt())),
                new Row("Workspace", h.workspace()),
                new Row("Trailmark version", h.trailmarkVersion())), ""))));
        for (PurposeRecord p : record.purposes()) {
            sections.add(purpose(p));
        }
        sections.add(acrossPurposes(record));
        return sections;
    }

    private static Section purpose(PurposeRecord p) {
        List<Group> groups = new ArrayList<>();
        List<Row> people = new ArrayList<>();
        people.add(new Row("People with sessions held", count(p.subjects())));
        if (p.consentKept()) {
            people.add(new Row("People whose consent stands", count(p.subjectsConsenting())));
            people.add(new Row("People who withdrew consent", count(p.subjectsWithdrawn())));
        } else {
            people.add(new Row("Consent", p.purpose().isPresent()
                    ? "not recorded by Trailmark for this purpose (only named in capture headers)"
                    : "no purpose was stated for these sessions"));
        }
        people.add(new Row("Sessions", count(p.sessions())));
        people.add(new Row("Events", count(p.events())));
        people.add(new Row("Captured", range(p.firstCapture(), p.lastCapture())));
        groups.add(new Group("People and sessions", people, ""));
        groups.add(new Group("Categories of data captured", p.categories().stream().map(c -> new Row(
                c.category().label(), count(c.count()) + " " + c.category().unit(c.count()) + " in " + sessions(c.sessions())))
                .toList(), "no data held"));
        groups.add(new Group("Recipients (training sets exported)", p.recipients().stream().map(r -> new Row(
                "Export " + r.exportId() + " (" + r.folderName() + ")",
                DAY.format(r.at()) + " by " + String.join(", ", r.exportedBy()) + ": " + sessions(r.sessions()) + ", "
                        + count(r.events()) + " events")).toList(), "no dataset exported under this purpose"));
        groups.add(new Group("Retention and legal holds", List.of(
                new Row("Retention", p.retention().map(RecordSections::rule).orElse(NO_RETENTION)),
                new Row("Legal holds in force", p.openHolds() == 0 ? NO_HOLDS : count(p.openHolds()))), ""));
        List<Row> done = new ArrayList<>();
        if (p.consentKept()) {
            done.add(new Row("Withdrawals", activity(p.withdrawals(), "withdrawal", "withdrawals")));
        }
        done.add(new Row("Sessions erased", activity(p.erasures(), "session", "sessions")));
        groups.add(new Group("Withdrawals and erasures", done, ""));
        List<Row> flags = new ArrayList<>();
        for (FlagCategory c : FlagCategory.values()) {
            long n = p.flags().getOrDefault(c, 0L);
            if (n > 0) {
                flags.add(new Row(c.label(), count(n)));
            }
        }
        groups.add(new Group("Flags by category", flags, "no flags"));
        List<Row> reviews = new ArrayList<>();
        reviews.add(new Row("Reviews done", count(p.reviewed()) + " of " + sessions(p.sessions())));
        for (ReviewStatus s : ReviewStatus.values()) {
            reviews.add(new Row(s.label(), count(p.reviews().getOrDefault(s, 0))));
        }
        groups.add(new Group("Reviews", reviews, ""));
        return new Section("Purpose: " + p.title(), groups);
    }

    private static Section acrossPurposes(ProcessingRecord record) {
        RetentionInForce retention = record.retention();
        List<Row> rules = retention.rules().stream().map(r -> new Row(r.purpose(), rule(r))).toList();
        List<Row> holds = retention.openHolds().stream().map(h -> new Row("Hold " + h.id() + " on "
                + (h.sessionId() != null ? "session " + h.sessionId() : "subject " + h.subjectId()),
                "placed " + DAY.format(h.placedAt()) + " by " + h.placedBy() + ": " + h.reason())).toList();
        return new Section("Across all purposes", List.of(
                new Group("Erasures", List.of(new Row("Sessions erased",
                        activity(record.erasures(), "session", "sessions"))), ""),
                new Group("Retention rules", rules, NO_RETENTION),
                new Group("Legal holds in force", holds, NO_HOLDS)));
    }

    private static String rule(RetentionRule r) {
        return "erased " + r.days() + (r.days() == 1 ? " day" : " days") + " after capture"
                + (r.keepWhileCited() ? ", kept while a dataset cites it and training consent stands" : "")
                + " (set by " + r.setBy() + " on " + DAY.format(r.setAt()) + ")";
    }

    private static String activity(Activity a, String one, String many) {
        if (a.count() == 0) {
            return "none";
        }
        return count(a.count()) + " " + (a.count() == 1 ? one : many) + " of " + count(a.subjects())
                + (a.subjects() == 1 ? " person" : " people") + ", " + range(a.first(), a.last());
    }

    private static String range(Optional<Instant> first, Optional<Instant> last) {
        if (first.isEmpty() || last.isEmpty()) {
            return "none";
        }
        String from = DAY.format(first.get());
        String to = DAY.format(last.get());
        return from.equals(to) ? "on " + from : "from " + from + " to " + to;
    }

    private static String sessions(int n) {
        return count(n) + (n == 1 ? " session" : " sessions");
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
