package org.trailmark.subject;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentState;
import org.trailmark.model.EventKind;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagSource;
import org.trailmark.model.Task;
import org.trailmark.store.DatasetExports;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Workspace;

/** Counts what one person's sessions hold, for their {@link SubjectOverview}: one pass over the sessions. */
final class OverviewCount {
    private OverviewCount() {
    }

    /** @param mine the person's sessions; the rest is read once by the caller and handed through */
    static SubjectOverview of(Workspace workspace, String subject, List<SessionSummary> mine,
                              List<DatasetExports.DatasetExport> exports, Map<ConsentPurpose, ConsentState> consent,
                              List<SeenBy> views) {
        Set<LocalDate> days = new HashSet<>();
        Set<String> apps = new LinkedHashSet<>();
        long capturedMs = 0;
        long keystrokes = 0;
        long clicks = 0;
        long scrolls = 0;
        long switches = 0;
        long clipboardUses = 0;
        int tasks = 0;
        int privateMarks = 0;
        Map<String, Integer> taskLabels = new HashMap<>();
        Map<String, Integer> flagsByCategory = new HashMap<>();
        for (SessionSummary s : mine) {
            days.add(s.info().start().toLocalDate());
            apps.addAll(s.apps());
            capturedMs += s.durationMs();
            keystrokes += s.count(EventKind.KEY_DOWN);
            clicks += s.count(EventKind.BUTTON_DOWN);
            scrolls += s.count(EventKind.WHEEL);
            switches += s.count(EventKind.FOCUS);
            clipboardUses += s.count(EventKind.CLIPBOARD);
            for (Task t : workspace.review().tasks(s.id())) {
                tasks++;
                taskLabels.merge(t.label() == null ? SubjectOverview.UNLABELLED : t.label(), 1, Integer::sum);
            }
            for (Flag f : workspace.flags().ofSession(s.id())) {
                if (f.source() == FlagSource.SUBJECT) {
                    privateMarks++;
                } else if (f.masks()) {
                    flagsByCategory.merge(f.category().wireName(), 1, Integer::sum);
                }
            }
        }
        return new SubjectOverview(subject, mine.size(), days.size(), capturedMs, List.copyOf(apps), keystrokes,
                clicks, scrolls, switches, clipboardUses, tasks, taskLabels, flagsByCategory, privateMarks, exports,
                consent, views);
    }
}
