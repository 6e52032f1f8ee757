package org.trailmark.subject;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentState;
import org.trailmark.model.ConsentStatus;
import org.trailmark.model.FlagCategory;
import org.trailmark.store.DatasetExports;

/**
 * What the workspace holds about one recorded person, as plain facts for the "My data" screen and
 * {@code trailmark subject overview}.
 *
 * @param days            distinct calendar days (in each capture's own time zone) with a session
 * @param capturedMs      the sessions' durations added up
 * @param apps            applications that had focus, in order of first use
 * @param taskLabels      tasks per label; tasks without one count under {@link #UNLABELLED}
 * @param flagsByCategory masking flags that reviewers or detectors raised, by category wire name;
 *                        the person's own private marks are counted in {@code privateMarks} instead
 * @param clipboardUses   copies, cuts and pastes a recorder captured (clipboard events)
 * @param exports         every training-set export that took one of the sessions, oldest first
 * @param views           who opened, replayed, labelled, flagged or exported the sessions, per person,
 *                        role and purpose (the person's own looks too), earliest first
 */
public record SubjectOverview(String subject, int sessions, int days, long capturedMs, List<String> apps,
                              long keystrokes, long clicks, long scrolls, long windowSwitches, long clipboardUses,
                              int tasks,
                              Map<String, Integer> taskLabels, Map<String, Integer> flagsByCategory, int privateMarks,
                              List<DatasetExports.DatasetExport> exports, Map<ConsentPurpose, ConsentState> consent,
                              List<SeenBy> views) {
    public static final String UNLABELLED = "(no label)";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public SubjectOverview {
        Objects.requireNonNull(subject, "subject");
        apps = List.copyOf(apps);
        // Sorted and kept sorted: Map.copyOf would iterate in an order that changes with every start.
        taskLabels = Collections.unmodifiableMap(new TreeMap<>(taskLabels));
        flagsByCategory = Collections.unmodifiableMap(new TreeMap<>(flagsByCategory));
        exports = List.copyOf(exports);
        consent = Collections.unmodifiableMap(new EnumMap<>(consent));
        views = List.copyOf(views);
    }

    /** An overview nobody has looked at yet. */
    public SubjectOverview(String subject, int sessions, int days, long capturedMs, List<String> apps, long keystrokes,
                           long clicks, long scrolls, long windowSwitches, long clipboardUses, int tasks,
                           Map<String, Integer> taskLabels, Map<String, Integer> flagsByCategory, int privateMarks,
                           List<DatasetExports.DatasetExport> exports, Map<ConsentPurpose, ConsentState> consent) {
        this(subject, sessions, days, capturedMs, apps, keystrokes, clicks, scrolls, windowSwitches, clipboardUses,
                tasks, taskLabels, flagsByCategory, privateMarks, exports, consent, List.of());
    }

    /** The distinct export ids among {@link #exports}, in order of first export. */
    public List<String> exportIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (DatasetExports.DatasetExport e : exports) {
            ids.add(e.exportId());
        }
        return List.copyOf(ids);
    }

    /** Where consent to the purpose stands; {@link ConsentStatus#NONE} when nothing was recorded. */
    public ConsentStatus consentStatus(ConsentPurpose purpose) {
        ConsentState state = consent.get(purpose);
        return state == null ? ConsentStatus.NONE : state.status();
    }

    /** One plain sentence per fact, in the order a person would ask about them. */
    public List<String> plainSentences() {
        List<String> lines = new ArrayList<>();
        if (sessions == 0) {
            lines.add("This workspace holds no recordings of you.");
        } else {
            lines.add("This workspace holds " + count(sessions, "recorded session") + " of you, captured on "
                    + count(days, "day") + ", " + duration(capturedMs) + " in all.");
            lines.add(apps.isEmpty() ? "No application names were recorded."
                    : "Applications you used while recorded: " + String.join(", ", apps) + ".");
            lines.add("Recorded: " + count(keystrokes, "keystroke") + ", " + count(clicks, "click") + ", "
                    + count(scrolls, "scroll") + " and " + count(windowSwitches, "window switch", "window switches")
                    + ".");
            if (clipboardUses > 0) {
                lines.add("Also recorded: " + count(clipboardUses, "copy or paste", "copies or pastes")
                        + " through the clipboard (how many characters each time; the copied text only where the"
                        + " import was told to keep it).");
            }
        }
        lines.add(taskSentence());
        lines.add(flagSentence());
        lines.add(privateMarks == 0 ? "You have not marked anything private."
                : "You marked " + count(privateMarks, "stretch", "stretches") + " private: reviewers cannot"
                + " see, reject or remove " + (privateMarks == 1 ? "it" : "them")
                + ", and exports always leave " + (privateMarks == 1 ? "it" : "them") + " out.");
        lines.add(exportSentence());
        lines.add(viewSentence());
        lines.add("Consent: " + consentText(ConsentPurpose.CAPTURE, "to being recorded") + "; "
                + consentText(ConsentPurpose.TRAINING, "to training use") + ".");
        return List.copyOf(lines);
    }

    private String taskSentence() {
        if (tasks == 0) {
            return "Reviewers have not marked any tasks in your sessions.";
        }
        List<String> parts = new ArrayList<>();
        taskLabels.forEach((label, n) -> parts.add(UNLABELLED.equals(label) ? n + " without a label" : n + " " + label));
        return "Reviewers marked " + count(tasks, "task") + " in your sessions (" + String.join(", ", parts) + ").";
    }

    private String flagSentence() {
        int total = flagsByCategory.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return "Nothing in your sessions is flagged as sensitive.";
        }
        List<String> parts = new ArrayList<>();
        flagsByCategory.forEach((wire, n) -> parts.add(n + " " + FlagCategory.ofWireName(wire)
                .map(c -> c.label().toLowerCase(Locale.ROOT)).orElse(wire)));
        return count(total, "stretch", "stretches") + " of your sessions " + (total == 1 ? "is" : "are")
                + " flagged as sensitive and hidden from exports (" + String.join(", ", parts) + ").";
    }

    private String exportSentence() {
        if (exports.isEmpty()) {
            return "None of your sessions has been put into a training dataset.";
        }
        List<String> ids = exportIds();
        long sessionsExported = exports.stream().map(DatasetExports.DatasetExport::sessionId).distinct().count();
        DatasetExports.DatasetExport last = exports.get(exports.size() - 1);
        return count(sessionsExported, "of your sessions", "of your sessions") + " went into "
                + count(ids.size(), "training dataset") + " (" + String.join(", ", ids) + "), the last on "
                + DAY.format(last.at().atZone(java.time.ZoneOffset.UTC)) + ".";
    }

    private String viewSentence() {
        long others = views.stream().filter(v -> !v.isSelf()).map(v -> v.user() + "\n" + v.role()).distinct().count();
        if (others == 0) {
            return "Nobody but you has opened, replayed, labelled or exported your sessions here.";
        }
        return count(others, "person or role has", "people or roles have") + " opened, replayed, labelled or"
                + " exported your sessions; who, why and when is listed under \"Who has seen your sessions\".";
    }

    private String consentText(ConsentPurpose purpose, String what) {
        return switch (consentStatus(purpose)) {
            case GRANTED -> "you agreed " + what;
            case WITHDRAWN -> "you withdrew your agreement " + what;
            case NONE -> "no agreement " + what + " is recorded";
        };
    }

    private static String count(long n, String singular) {
        return count(n, singular, singular + "s");
    }

    private static String count(long n, String singular, String plural) {
        return String.format(Locale.ENGLISH, "%,d %s", n, n == 1 ? singular : plural);
    }

    /** "2 h 05 min", "12 min", "40 s". */
    static String duration(long ms) {
        long seconds = ms / 1_000;
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + " min";
        }
        return String.format(Locale.ENGLISH, "%d h %02d min", minutes / 60, minutes % 60);
    }
}
