package org.trailmark.ui.browser;

import java.util.ArrayList;
import java.util.List;
import org.trailmark.model.ConsentReference;
import org.trailmark.model.ConsentStatus;
import org.trailmark.model.EventKind;
import org.trailmark.model.Screen;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SubjectIds;
import org.trailmark.store.SessionSummary;
import org.trailmark.ui.common.Formats;

/**
 * The figures the details pane shows for one session — the same ones {@code trailmark info}
 * prints — already in display form, so the view only lays them out.
 *
 * @param figures labelled values in display order
 * @param counts  one entry per event kind, every kind present, in {@link EventKind} order
 */
public record SessionDetails(String id, String subtitle, List<Figure> figures, List<KindCount> counts,
                             long totalEvents) {

    /** A labelled value, e.g. "Duration" → "00:12:34". */
    public record Figure(String label, String value) {
    }

    /** Events of one kind; {@code share} is the fraction of all events (0 when there are none). */
    public record KindCount(EventKind kind, long count, double share) {
        public String name() {
            return kind.wireName();
        }

        public String countText() {
            return Formats.count(count);
        }
    }

    public SessionDetails {
        figures = List.copyOf(figures);
        counts = List.copyOf(counts);
    }

    /** As {@link #of(SessionSummary)}, with who works on the session ("Claimed by ana until 14:32"). */
    public static SessionDetails of(SessionSummary summary, SessionWork work) {
        SessionDetails plain = of(summary);
        List<Figure> figures = new ArrayList<>(plain.figures());
        figures.add(new Figure("Labeler", work.text().isEmpty()
                ? "Nobody yet: Next session for me (Ctrl+N) takes it" : work.text()));
        return new SessionDetails(plain.id(), plain.subtitle(), figures, plain.counts(), plain.totalEvents());
    }

    public static SessionDetails of(SessionSummary summary) {
        SessionInfo info = summary.info();
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("Session", info.id()));
        boolean unassigned = SubjectIds.isUnassigned(info.subject());
        figures.add(new Figure("Subject", unassigned
                ? SessionRow.UNASSIGNED + " — the recording named nobody; never exported until assigned to a person"
                : info.subject()));
        figures.add(new Figure("Format", info.sourceFormat()));
        figures.add(new Figure("Start", Formats.startFull(info.start())));
        figures.add(new Figure("Duration", Formats.hms(summary.durationMs())));
        figures.add(new Figure("Events", Formats.count(summary.events())));
        figures.add(new Figure("Apps", Formats.joined(summary.apps(), "none recorded (no focus events)")));
        figures.add(new Figure("Screens", screens(info.screens())));
        figures.add(new Figure("Capture tool", captureTool(info)));
        figures.add(new Figure("Consent", consent(info.consent())));
        figures.add(new Figure("Training consent", unassigned ? "Nobody can grant it until a person is assigned"
                : training(summary.trainingConsent())));
        figures.add(new Figure("Suggested task",
                info.suggestedInstruction() == null || info.suggestedInstruction().isBlank()
                        ? "none" : info.suggestedInstruction()));
        figures.add(new Figure("Review status", summary.status().label()));

        List<KindCount> counts = new ArrayList<>();
        long total = summary.events();
        for (EventKind kind : EventKind.values()) {
            long n = summary.count(kind);
            counts.add(new KindCount(kind, n, total == 0 ? 0 : (double) n / total));
        }
        String subtitle = SessionRow.subjectText(info.subject()) + " · " + info.sourceFormat() + " · "
                + Formats.start(info.start());
        return new SessionDetails(info.id(), subtitle, figures, counts, total);
    }

    /** The value of the figure with that label, or null; for tests and accessibility text. */
    public String figure(String label) {
        return figures.stream().filter(f -> f.label().equals(label)).map(Figure::value).findFirst().orElse(null);
    }

    public long count(EventKind kind) {
        return counts.stream().filter(c -> c.kind() == kind).mapToLong(KindCount::count).findFirst().orElse(0);
    }

    private static String screens(List<Screen> screens) {
        if (screens.isEmpty()) {
            return "none stated";
        }
        List<String> parts = new ArrayList<>();
        for (Screen s : screens) {
            String scale = s.scale() == 1.0 ? ""
                    : " @" + java.math.BigDecimal.valueOf(s.scale()).stripTrailingZeros().toPlainString() + "x";
            parts.add(s.width() + "×" + s.height() + scale);
        }
        return String.join(", ", parts);
    }

    private static String captureTool(SessionInfo info) {
        if (info.captureTool() == null || info.captureTool().isBlank()) {
            return "not stated";
        }
        return info.captureToolVersion() == null || info.captureToolVersion().isBlank()
                ? info.captureTool() : info.captureTool() + " " + info.captureToolVersion();
    }

    /** The state now, from the workspace's consent records, which can differ from the capture header. */
    private static String training(ConsentStatus status) {
        return switch (status) {
            case GRANTED -> "Granted — may be exported for training";
            case WITHDRAWN -> "Withdrawn — excluded from every export";
            case NONE -> "None — never exported for training";
        };
    }

    private static String consent(ConsentReference consent) {
        if (consent == null) {
            return "none stated in the capture";
        }
        String purposes = consent.purposes().isEmpty() ? "no purposes listed" : String.join(", ", consent.purposes());
        String granted = consent.grantedAt() == null ? "" : ", granted " + consent.grantedAt().toLocalDate();
        return consent.policyId() + " v" + consent.policyVersion() + " — " + purposes + granted;
    }
}
