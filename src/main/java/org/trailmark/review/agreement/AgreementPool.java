package org.trailmark.review.agreement;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.trailmark.model.FlagCategory;

/**
 * Agreement over one or many double-labelled sessions. Label slices are pooled across sessions (each
 * slice is one unit), boundary and flag figures are summed over sessions before dividing, per pair and
 * per labeler. The overall figures put all labelers of a slice together for Fleiss' κ and Krippendorff's
 * α and take the mean over pairs for the rest.
 */
public final class AgreementPool {
    public static final int DEFAULT_SLICE_MS = 1_000;

    private final int sliceMs;
    private final Categories categories = new Categories();
    private final FleissKappa fleiss = new FleissKappa();
    private final KrippendorffAlpha alpha = new KrippendorffAlpha();
    private final Map<List<String>, PairTally> pairs = new TreeMap<>(AgreementPool::comparePairs);
    private final Map<String, PairTally> perLabeler = new TreeMap<>();
    private final TreeSet<String> labelers = new TreeSet<>();
    private final List<String> sessionIds = new ArrayList<>();
    private long slices;

    public AgreementPool(int sliceMs) {
        if (sliceMs <= 0) {
            throw new AgreementRefused("the time slice must be at least 1 ms long");
        }
        this.sliceMs = sliceMs;
    }

    /** The report for one session. */
    public static AgreementReport session(SessionVersions versions, int sliceMs) {
        AgreementPool pool = new AgreementPool(sliceMs);
        pool.add(versions);
        return pool.report();
    }

    public void add(SessionVersions session) {
        List<LabelerVersion> versions = session.versions();
        int[][] sliced = new int[versions.size()][];
        for (int v = 0; v < versions.size(); v++) {
            sliced[v] = TimeSlices.of(versions.get(v).tasks(), session.lengthMs(), sliceMs, categories);
        }
        int sliceCount = TimeSlices.count(session.lengthMs(), sliceMs);
        int[] unit = new int[versions.size()];
        for (int s = 0; s < sliceCount; s++) {
            for (int v = 0; v < versions.size(); v++) {
                unit[v] = sliced[v][s];
            }
            fleiss.addUnit(unit);
            alpha.addUnit(unit);
        }
        for (int a = 0; a < versions.size(); a++) {
            for (int b = a + 1; b < versions.size(); b++) {
                LabelerVersion first = versions.get(a);
                LabelerVersion second = versions.get(b);
                pairs.computeIfAbsent(List.of(first.labeler(), second.labeler()), k -> new PairTally())
                        .add(first, sliced[a], second, sliced[b]);
                perLabeler.computeIfAbsent(first.labeler(), k -> new PairTally()).add(first, sliced[a], second, sliced[b]);
                perLabeler.computeIfAbsent(second.labeler(), k -> new PairTally()).add(second, sliced[b], first, sliced[a]);
            }
        }
        labelers.addAll(session.labelers());
        sessionIds.add(session.sessionId());
        slices += sliceCount;
    }

    public AgreementReport report() {
        if (sessionIds.isEmpty()) {
            throw new AgreementRefused("no session has versions by two or more labelers");
        }
        List<PairFigures> pairFigures = new ArrayList<>();
        pairs.forEach((names, tally) -> pairFigures.add(new PairFigures(names.get(0), names.get(1), tally.figures())));
        List<LabelerFigures> labelerFigures = new ArrayList<>();
        perLabeler.forEach((name, tally) -> labelerFigures.add(new LabelerFigures(name, tally.figures())));
        String sessionId = sessionIds.size() == 1 ? sessionIds.get(0) : null;
        return new AgreementReport(sessionId, sessionIds.size(), sliceMs, slices, List.copyOf(labelers),
                overall(pairFigures), pairFigures, labelerFigures);
    }

    private Figures overall(List<PairFigures> pairFigures) {
        List<Figures> each = pairFigures.stream().map(PairFigures::figures).toList();
        Coefficient cohen = each.size() == 1 ? each.get(0).cohenKappa()
                : Coefficient.undefined("Cohen's κ compares two labelers; with more, read fleiss_kappa, "
                        + "krippendorff_alpha and each pair's cohen_kappa");
        OutcomeTally outcomes = OutcomeTally.NONE;
        for (Figures f : each) {
            outcomes = outcomes.plus(f.outcomes());
        }
        String noPair = "no pair of labelers";
        return new Figures(cohen, fleiss.value(), alpha.value(),
                Coefficient.mean(each.stream().map(Figures::boundaryF1HalfSecond).toList(), noPair),
                Coefficient.mean(each.stream().map(Figures::boundaryF1TwoSeconds).toList(), noPair),
                meanFlagIou(each),
                Coefficient.mean(each.stream().map(Figures::outcomeAgreement).toList(), noPair),
                outcomes);
    }

    /** Per category, the mean over the pairs where someone flagged it. */
    private static Map<FlagCategory, Double> meanFlagIou(List<Figures> each) {
        Map<FlagCategory, Double> mean = new EnumMap<>(FlagCategory.class);
        for (FlagCategory c : FlagCategory.values()) {
            List<Double> values = each.stream().map(f -> f.flagIou().get(c)).filter(v -> v != null).toList();
            if (!values.isEmpty()) {
                mean.put(c, values.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
            }
        }
        return mean;
    }

    private static int comparePairs(List<String> a, List<String> b) {
        int first = a.get(0).compareTo(b.get(0));
        return first != 0 ? first : a.get(1).compareTo(b.get(1));
    }
}
