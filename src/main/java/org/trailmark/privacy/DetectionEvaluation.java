package org.trailmark.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trailmark.model.SessionLog;

/**
 * Precision and recall per kind over the evaluation corpus and any captured sessions with ground
 * truth. A hit in text counts when it has the planted kind and covers the planted characters
 * with intersection over union of at least one half; a session finding counts when it has the
 * planted kind and overlaps the planted time span. Passwords are scored in two rows: found from
 * the password field, and inferred without field context.
 */
public final class DetectionEvaluation {
    public static final String PASSWORD_FIELD_ROW = "password (field context)";
    public static final String PASSWORD_INFERRED_ROW = "password (inferred)";

    /** A planted value in a session: typed by key events within {@code [startMs, endMs]}. */
    public record TimedTruth(FindingKind kind, int startMs, int endMs) {
    }

    /** A session with its ground truth; only findings of {@code scoredKinds} are counted. */
    public record SessionCase(String name, SessionLog log, List<TimedTruth> truths, Set<FindingKind> scoredKinds) {
        public SessionCase {
            truths = List.copyOf(truths);
            scoredKinds = Set.copyOf(scoredKinds);
        }
    }

    /** Counts for one row of the report. */
    public record Score(String row, boolean targeted, int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            int found = truePositives + falsePositives;
            return found == 0 ? 1.0 : (double) truePositives / found;
        }

        public double recall() {
            int planted = truePositives + falseNegatives;
            return planted == 0 ? 1.0 : (double) truePositives / planted;
        }

        /** The targets: recall ≥ 0.98 and precision ≥ 0.95 (only for targeted rows). */
        public boolean meetsTarget() {
            return !targeted || (recall() >= 0.98 && precision() >= 0.95);
        }
    }

    /** Rows in report order, with sample and session counts. */
    public record Report(List<Score> scores, int samples, int sessions) {
        public Report {
            scores = List.copyOf(scores);
        }

        public Score row(String name) {
            return scores.stream().filter(s -> s.row().equals(name)).findFirst().orElseThrow();
        }

        public boolean targetsMet() {
            return scores.stream().allMatch(Score::meetsTarget);
        }
    }

    private final Map<String, int[]> counts = new LinkedHashMap<>();

    private DetectionEvaluation() {
        for (FindingKind k : FindingKind.values()) {
            if (k == FindingKind.PASSWORD) {
                counts.put(PASSWORD_FIELD_ROW, new int[3]);
                counts.put(PASSWORD_INFERRED_ROW, new int[3]);
            } else {
                counts.put(k.wireName(), new int[3]);
            }
        }
    }

    /** The default corpus (seed {@link EvaluationCorpus#DEFAULT_SEED}) plus {@code sessions}. */
    public static Report evaluateDefault(List<SessionCase> sessions) {
        List<SessionCase> all = new ArrayList<>(sessions);
        int i = 0;
        for (EvaluationCorpus.PasswordSession p : EvaluationCorpus.passwordSessions(EvaluationCorpus.DEFAULT_SEED, 60)) {
            all.add(new SessionCase("password-field-" + i++, p.log(),
                    List.of(new TimedTruth(FindingKind.PASSWORD, p.startMs(), p.endMs())), Set.of(FindingKind.PASSWORD)));
        }
        return evaluate(EvaluationCorpus.samples(EvaluationCorpus.DEFAULT_SEED, 60), all);
    }

    public static Report evaluate(List<EvaluationCorpus.Sample> samples, List<SessionCase> sessions) {
        DetectionEvaluation e = new DetectionEvaluation();
        for (EvaluationCorpus.Sample s : samples) {
            e.sample(s);
        }
        for (SessionCase c : sessions) {
            e.session(c);
        }
        List<Score> scores = new ArrayList<>();
        for (Map.Entry<String, int[]> entry : e.counts.entrySet()) {
            int[] c = entry.getValue();
            scores.add(new Score(entry.getKey(), targeted(entry.getKey()), c[0], c[1], c[2]));
        }
        return new Report(scores, samples.size(), sessions.size());
    }

    private static boolean targeted(String row) {
        if (row.equals(PASSWORD_FIELD_ROW)) {
            return true;
        }
        return FindingKind.ofWireName(row).map(k -> k.validated() && k != FindingKind.PASSWORD).orElse(false);
    }

    private void sample(EvaluationCorpus.Sample s) {
        List<TextMatch> hits = TextScanner.scan(s.text(), s.title(), s.inferPasswords());
        boolean[] used = new boolean[hits.size()];
        for (EvaluationCorpus.Truth t : s.truths()) {
            String row = row(t.kind(), false);
            boolean found = false;
            for (int h = 0; h < hits.size(); h++) {
                TextMatch m = hits.get(h);
                if (!used[h] && m.kind() == t.kind() && iou(m.start(), m.end(), t.start(), t.end()) >= 0.5) {
                    used[h] = true;
                    found = true;
                    break;
                }
            }
            counts.get(row)[found ? 0 : 2]++;
        }
        for (int h = 0; h < hits.size(); h++) {
            if (!used[h]) {
                counts.get(row(hits.get(h).kind(), false))[1]++;
            }
        }
    }

    private void session(SessionCase c) {
        List<Finding> findings = SessionScanner.scan(c.log()).findings();
        boolean[] used = new boolean[findings.size()];
        for (TimedTruth t : c.truths()) {
            int hit = -1;
            for (int f = 0; f < findings.size(); f++) {
                Finding x = findings.get(f);
                if (!used[f] && x.kind() == t.kind() && x.startMs() <= t.endMs() && t.startMs() < x.endMs()) {
                    hit = f;
                    break;
                }
            }
            if (hit >= 0) {
                used[hit] = true;
                counts.get(row(t.kind(), findings.get(hit).origin() == Finding.Origin.PASSWORD_FIELD))[0]++;
            } else {
                // A planted password in a field-context session should have come from the field.
                counts.get(row(t.kind(), true))[2]++;
            }
        }
        for (int f = 0; f < findings.size(); f++) {
            Finding x = findings.get(f);
            if (!used[f] && c.scoredKinds().contains(x.kind())) {
                counts.get(row(x.kind(), x.origin() == Finding.Origin.PASSWORD_FIELD))[1]++;
            }
        }
    }

    private static String row(FindingKind kind, boolean passwordField) {
        if (kind == FindingKind.PASSWORD) {
            return passwordField ? PASSWORD_FIELD_ROW : PASSWORD_INFERRED_ROW;
        }
        return kind.wireName();
    }

    private static double iou(int a0, int a1, int b0, int b1) {
        int inter = Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
        int union = Math.max(a1, b1) - Math.min(a0, b0);
        return union == 0 ? 0 : (double) inter / union;
    }

    /** The report as a plain table, for the command line and docs. */
    public static String format(Report r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-26s %6s %6s %6s %9s %7s  %s%n", "KIND", "TP", "FP", "FN", "PRECISION", "RECALL",
                "TARGET"));
        for (Score s : r.scores()) {
            sb.append(String.format(java.util.Locale.ROOT, "%-26s %6d %6d %6d %9.3f %7.3f  %s%n", s.row(),
                    s.truePositives(), s.falsePositives(), s.falseNegatives(), s.precision(), s.recall(),
                    !s.targeted() ? "-" : s.meetsTarget() ? "met" : "MISSED"));
        }
        sb.append(String.format("%d corpus samples, %d sessions%n", r.samples(), r.sessions()));
        return sb.toString();
    }
}
