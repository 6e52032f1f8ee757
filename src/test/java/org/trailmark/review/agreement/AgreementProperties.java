package org.trailmark.review.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.Task;
import org.trailmark.model.TaskOutcome;

class AgreementProperties {
    private static final String[] LABELS = {"browse", "edit", "mail", null};

    /** A task as numbers: gap before it, its length, which label, which outcome (3 = undecided). */
    record Cut(int gapMs, int lengthMs, int label, int outcome) {
    }

    /** A flag as numbers: start, length, category. */
    record Mark(int startMs, int lengthMs, int category) {
    }

    @Provide
    Arbitrary<List<Cut>> cuts() {
        return Combinators.combine(Arbitraries.integers().between(0, 5_000), Arbitraries.integers().between(1, 8_000),
                Arbitraries.integers().between(0, LABELS.length - 1), Arbitraries.integers().between(0, 3))
                .as(Cut::new).list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<Mark>> marks() {
        return Combinators.combine(Arbitraries.integers().between(0, 60_000), Arbitraries.integers().between(1, 5_000),
                Arbitraries.integers().between(0, FlagCategory.values().length - 1))
                .as(Mark::new).list().ofMaxSize(6);
    }

    private static Versions version(String labeler, List<Cut> cuts, List<Mark> marks) {
        Versions v = Versions.by(labeler);
        int at = 0;
        for (Cut c : cuts) {
            at += c.gapMs();
            TaskOutcome outcome = c.outcome() == 3 ? null : TaskOutcome.values()[c.outcome()];
            v.task(at, at + c.lengthMs(), LABELS[c.label()], outcome);
            at += c.lengthMs();
        }
        for (Mark m : marks) {
            v.flag(m.startMs(), m.startMs() + m.lengthMs(), FlagCategory.values()[m.category()]);
        }
        return v;
    }

    @Property(tries = 200)
    void identicalVersionsAgreeFully(@ForAll("cuts") List<Cut> cuts, @ForAll("marks") List<Mark> marks,
                                     @ForAll @IntRange(min = 1, max = 3) int extraLabelers) {
        // A task of at least a slice after a slice without one: both "no task" and a label occur, so κ is defined.
        List<Cut> withTwoCategories = new ArrayList<>(cuts);
        withTwoCategories.add(0, new Cut(1_000, 1_000, 0, 0));
        List<Versions> versions = new ArrayList<>();
        for (int i = 0; i <= extraLabelers; i++) {
            versions.add(version("labeler" + i, withTwoCategories, marks));
        }
        SessionVersions session = Versions.session(80_000, versions.toArray(Versions[]::new));

        AgreementReport report = AgreementPool.session(session, AgreementPool.DEFAULT_SLICE_MS);

        List<Figures> all = new ArrayList<>(report.pairs().stream().map(PairFigures::figures).toList());
        all.add(report.overall());
        for (Figures f : all) {
            if (f != report.overall() || extraLabelers == 1) {
                assertThat(f.cohenKappa().value()).isEqualTo(1.0);
            }
            assertThat(f.fleissKappa().value()).isEqualTo(1.0);
            assertThat(f.krippendorffAlpha().value()).isEqualTo(1.0);
            assertThat(f.boundaryF1HalfSecond().value()).isEqualTo(1.0);
            assertThat(f.boundaryF1TwoSeconds().value()).isEqualTo(1.0);
            assertThat(f.flagIou().values()).allMatch(v -> v == 1.0);
            assertThat(f.flagIou()).hasSize((int) marks.stream().map(Mark::category).distinct().count());
            assertThat(f.outcomeAgreement().value()).isEqualTo(1.0);
            assertThat(f.outcomes().unpaired()).isZero();
        }
    }

    @Property(tries = 300)
    void cohenKappaIsSymmetricInThePair(@ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 3) Integer> first,
                                        @ForAll @Size(min = 40, max = 40) List<@IntRange(min = 0, max = 3) Integer> second) {
        int[] a = first.stream().mapToInt(Integer::intValue).toArray();
        int[] b = Arrays.copyOf(second.stream().mapToInt(Integer::intValue).toArray(), a.length);

        Coefficient ab = CohenKappa.of(a, b);
        Coefficient ba = CohenKappa.of(b, a);

        assertThat(ba.isDefined()).isEqualTo(ab.isDefined());
        if (ab.isDefined()) {
            assertThat(ba.value()).isCloseTo(ab.value(), within(1e-12));
        }
    }

    @Property(tries = 300)
    void shiftingEveryBoundaryByLessThanTheToleranceKeepsF1AtOne(
            @ForAll @Size(min = 1, max = 10) List<@IntRange(min = 0, max = 10_000) Integer> extraGaps,
            @ForAll @Size(min = 20, max = 20) List<@IntRange(min = -499, max = 499) Integer> shifts) {
        int tolerance = 500;
        int spacing = 2 * tolerance + 1;
        List<Task> original = new ArrayList<>();
        List<Task> shifted = new ArrayList<>();
        int at = spacing;
        for (int i = 0; i < extraGaps.size(); i++) {
            int start = at;
            int end = start + spacing + extraGaps.get(i);
            original.add(Task.draft("s", start, end, "", null, null));
            shifted.add(Task.draft("s", start + shifts.get(2 * i), end + shifts.get(2 * i + 1), "", null, null));
            at = end + spacing;
        }

        assertThat(BoundaryTally.of(original, shifted, tolerance).f1().value()).isEqualTo(1.0);
        assertThat(BoundaryTally.of(shifted, original, tolerance).f1().value()).isEqualTo(1.0);
    }

    @Property(tries = 300)
    void everyFigureStaysInItsRange(@ForAll("cuts") List<Cut> first, @ForAll("marks") List<Mark> firstMarks,
                                    @ForAll("cuts") List<Cut> second, @ForAll("marks") List<Mark> secondMarks,
                                    @ForAll @IntRange(min = 0, max = 70_000) int lengthMs,
                                    @ForAll @IntRange(min = 100, max = 5_000) int sliceMs) {
        SessionVersions session = Versions.session(lengthMs, version("a", first, firstMarks), version("b", second, secondMarks));

        Figures f = AgreementPool.session(session, sliceMs).overall();

        assertInRange(f.cohenKappa(), -1, 1);
        assertInRange(f.fleissKappa(), -1, 1);
        assertInRange(f.krippendorffAlpha(), -1, 1);
        assertInRange(f.boundaryF1HalfSecond(), 0, 1);
        assertInRange(f.boundaryF1TwoSeconds(), 0, 1);
        assertInRange(f.outcomeAgreement(), 0, 1);
        assertThat(f.flagIou().values()).allMatch(v -> v >= 0 && v <= 1);
        assertThat(f.boundaryF1TwoSeconds().isDefined()).isEqualTo(f.boundaryF1HalfSecond().isDefined());
        if (f.boundaryF1HalfSecond().isDefined()) {
            assertThat(f.boundaryF1TwoSeconds().value()).isGreaterThanOrEqualTo(f.boundaryF1HalfSecond().value());
        }
    }

    private static void assertInRange(Coefficient c, double min, double max) {
        if (c.isDefined()) {
            assertThat(c.value()).isBetween(min, max);
        } else {
            assertThat(c.reason()).isNotBlank();
        }
    }
}
