package org.trailmark.privacy.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trailmark.privacy.DetectionEvaluation;
import org.trailmark.privacy.Finding;
import org.trailmark.privacy.FindingKind;
import org.trailmark.privacy.SessionScanner;

/**
 * Scores the detectors on the independent corpus through the path the studio uses: every typed
 * case becomes a session and goes through {@link SessionScanner}; window titles go through the
 * same scanner as a window shown with that title, scored apart. A planted value is found when a
 * finding of its kind (or one its entry accepts) overlaps the time it was typed; each finding
 * finds at most one value; every other finding is a false alarm of its own kind.
 */
public final class CorpusEvaluation {
    /** Rows for the kinds no detector claims yet, scored from their truths all the same. */
    private static final List<String> EXPECTED_UNDETECTED = List.of("person_name", "postal_address");

    public static final long DEFAULT_SEED = 20261205L;

    private final Map<String, int[]> typed = rows();
    private final Map<String, int[]> titles = rows();
    private final List<CorpusReport.Outcome> misses = new ArrayList<>();
    private final List<CorpusReport.Outcome> falseAlarms = new ArrayList<>();

    private CorpusEvaluation() {
    }

    public static CorpusReport run(IndependentCorpus corpus, long seed) {
        CorpusEvaluation e = new CorpusEvaluation();
        Typist typist = new Typist(corpus, seed);
        int cases = 0;
        for (CorpusItem item : corpus.items()) {
            for (TypedCase c : typist.cases(item)) {
                e.typedCase(c);
                cases++;
            }
        }
        for (ProseTemplate t : corpus.templates()) {
            if (t.slots().isEmpty()) {
                for (TypedCase c : typist.proseCases(t)) {
                    e.typedCase(c);
                    cases++;
                }
            }
        }
        for (CorpusTitle t : corpus.titles()) {
            e.title(t);
        }
        return new CorpusReport(seed, cases, corpus.titles().size(), list(e.typed), list(e.titles), e.misses,
                e.falseAlarms);
    }

    private void typedCase(TypedCase c) {
        CaseSession session = CaseSession.of(c);
        List<Finding> findings = SessionScanner.scan(session.log()).findings().stream()
                .filter(f -> f.origin() != Finding.Origin.WINDOW_TITLE).toList();
        boolean[] used = new boolean[findings.size()];
        for (int t = 0; t < c.truths().size(); t++) {
            CorpusTruth truth = c.truths().get(t);
            String row = truthRow(truth.kind(), c.passwordFieldKnown());
            int hit = -1;
            for (int f = 0; f < findings.size() && hit < 0; f++) {
                Finding x = findings.get(f);
                if (!used[f] && truth.acceptedAs(x.kind().wireName()) && x.startMs() <= session.truthEnd()[t]
                        && session.truthStart()[t] < x.endMs()) {
                    hit = f;
                }
            }
            if (hit >= 0) {
                used[hit] = true;
                count(typed, row)[0]++;
            } else {
                count(typed, row)[2]++;
                misses.add(new CorpusReport.Outcome("typed", row, c.sources().get(t), c.variant()));
            }
        }
        for (int f = 0; f < findings.size(); f++) {
            if (!used[f]) {
                String row = findingRow(findings.get(f));
                count(typed, row)[1]++;
                falseAlarms.add(new CorpusReport.Outcome("typed", row, c.itemId(), c.variant()));
            }
        }
    }

    private void title(CorpusTitle t) {
        List<Finding> findings = SessionScanner.scan(CaseSession.titled(t)).findings().stream()
                .filter(f -> f.origin() == Finding.Origin.WINDOW_TITLE).toList();
        boolean[] used = new boolean[findings.size()];
        for (CorpusTruth truth : t.truths()) {
            String row = truthRow(truth.kind(), false);
            int hit = -1;
            for (int f = 0; f < findings.size() && hit < 0; f++) {
                if (!used[f] && truth.acceptedAs(findings.get(f).kind().wireName())) {
                    hit = f;
                }
            }
            if (hit >= 0) {
                used[hit] = true;
                count(titles, row)[0]++;
            } else {
                count(titles, row)[2]++;
                misses.add(new CorpusReport.Outcome("title", row, t.id(), "as shown"));
            }
        }
        for (int f = 0; f < findings.size(); f++) {
            if (!used[f]) {
                String row = findingRow(findings.get(f));
                count(titles, row)[1]++;
                falseAlarms.add(new CorpusReport.Outcome("title", row, t.id(), "as shown"));
            }
        }
    }

    private static String truthRow(String kind, boolean passwordField) {
        if (kind.equals(FindingKind.PASSWORD.wireName())) {
            return passwordField ? DetectionEvaluation.PASSWORD_FIELD_ROW : DetectionEvaluation.PASSWORD_INFERRED_ROW;
        }
        return kind;
    }

    private static String findingRow(Finding f) {
        return truthRow(f.kind().wireName(), f.origin() == Finding.Origin.PASSWORD_FIELD);
    }

    private static int[] count(Map<String, int[]> rows, String row) {
        return rows.computeIfAbsent(row, k -> new int[3]);
    }

    private static Map<String, int[]> rows() {
        Map<String, int[]> rows = new LinkedHashMap<>();
        for (FindingKind k : FindingKind.values()) {
            if (k == FindingKind.PASSWORD) {
                rows.put(DetectionEvaluation.PASSWORD_FIELD_ROW, new int[3]);
                rows.put(DetectionEvaluation.PASSWORD_INFERRED_ROW, new int[3]);
            } else {
                rows.put(k.wireName(), new int[3]);
            }
        }
        EXPECTED_UNDETECTED.forEach(k -> rows.putIfAbsent(k, new int[3]));
        return rows;
    }

    private static List<CorpusReport.Row> list(Map<String, int[]> rows) {
        List<CorpusReport.Row> out = new ArrayList<>();
        rows.forEach((name, c) -> out.add(new CorpusReport.Row(name, c[0], c[1], c[2])));
        return out;
    }
}
