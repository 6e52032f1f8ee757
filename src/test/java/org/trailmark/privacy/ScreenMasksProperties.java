package org.trailmark.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FlagSource;
import org.trailmark.model.FlagStatus;
import org.trailmark.model.FrameMask;
import org.trailmark.model.ScreenRegion;
import org.trailmark.replay.TimeSpan;

/** ScreenMasks against the rules read straight off the flags, at many random times over random flag sets. */
class ScreenMasksProperties {
    private static final int LENGTH = 10_000;

    /** Random flags: spans and regions, every category, status and source, some revealed. */
    private record Case(List<Flag> flags, Set<Long> revealed, Random random) {
        int anyTime() {
            return random.nextInt(-100, LENGTH + 200);
        }
    }

    private static Case randomCase(long seed, int count) {
        Random r = new Random(seed);
        List<Flag> flags = new ArrayList<>();
        Set<Long> revealed = new HashSet<>();
        for (int i = 0; i < count; i++) {
            int start = r.nextInt(LENGTH);
            int end = start + 1 + r.nextInt(r.nextBoolean() ? 50 : 3_000);
            FlagCategory category = FlagCategory.values()[r.nextInt(FlagCategory.values().length)];
            FlagSource source = FlagSource.values()[r.nextInt(FlagSource.values().length)];
            FlagStatus status = FlagStatus.values()[r.nextInt(FlagStatus.values().length)];
            ScreenRegion region = r.nextInt(3) == 0 ? null
                    : new ScreenRegion(r.nextInt(2_000) - 500, r.nextInt(1_000), 1 + r.nextInt(900), 1 + r.nextInt(600));
            long id = i + 1;
            flags.add(new Flag(id, "s", start, end, category, null, source, null, null, status, region));
            if (r.nextInt(4) == 0) {
                revealed.add(id);
            }
        }
        return new Case(flags, revealed, r);
    }

    /** The rule in words: which flags mask now, as the viewer sees it. */
    private static List<Flag> maskingAt(Case c, int t) {
        return c.flags().stream().filter(f -> f.contains(t) && f.status() != FlagStatus.REJECTED)
                .filter(f -> !c.revealed().contains(f.id()) || f.source() == FlagSource.SUBJECT).toList();
    }

    @Property(tries = 200)
    void theMaskAtAnyTimeIsWhatTheFlagsCoveringItSay(@ForAll long seed, @ForAll @IntRange(max = 60) int count) {
        Case c = randomCase(seed, count);
        ScreenMasks masks = ScreenMasks.of(c.flags(), c.revealed());
        for (int k = 0; k < 300; k++) {
            int t = c.anyTime();
            List<Flag> covering = maskingAt(c, t);
            FlagCategory expectedHider = covering.stream().filter(f -> !f.isRegion()).map(Flag::category)
                    .min(Comparator.comparingInt(ScreenMasks.SENSITIVITY::indexOf)).orElse(null);
            FrameMask mask = masks.at(t);
            assertThat(mask.hiddenBy()).as("at %d", t).isEqualTo(expectedHider);
            if (expectedHider == null) {
                assertThat(new HashSet<>(mask.regions())).as("at %d", t).isEqualTo(new HashSet<>(
                        covering.stream().map(Flag::region).toList()));
            }
        }
    }

    @Property(tries = 200)
    void aTimeInsideAMaskingSpanFlagIsAlwaysHidden(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int count) {
        Case c = randomCase(seed, count);
        ScreenMasks masks = ScreenMasks.of(c.flags(), Set.of());
        for (Flag f : c.flags()) {
            if (f.masks() && !f.isRegion()) {
                for (int t : new int[] {f.startMs(), f.endMs() - 1, (f.startMs() + f.endMs()) / 2}) {
                    assertThat(masks.at(t).hidesWholePicture()).as("flag %s at %d", f, t).isTrue();
                }
            }
            if (f.masks() && f.isRegion() && !masks.hidesWholePictureAt(f.startMs())) {
                assertThat(masks.at(f.startMs()).regions()).contains(f.region());
            }
        }
    }

    @Property(tries = 200)
    void aRejectedFlagNeverMasks(@ForAll long seed, @ForAll @IntRange(max = 60) int count) {
        Case c = randomCase(seed, count);
        List<Flag> rejected = c.flags().stream().map(f -> f.withStatus(FlagStatus.REJECTED)).toList();
        List<Flag> withoutRejected = c.flags().stream().filter(Flag::masks).toList();
        ScreenMasks all = ScreenMasks.of(c.flags(), c.revealed());
        ScreenMasks onlyMasking = ScreenMasks.of(withoutRejected, c.revealed());
        ScreenMasks none = ScreenMasks.of(rejected, Set.of());
        assertThat(none.isEmpty()).isTrue();
        for (int k = 0; k < 300; k++) {
            int t = c.anyTime();
            assertThat(none.at(t)).isEqualTo(FrameMask.NONE);
            assertThat(all.at(t)).isEqualTo(onlyMasking.at(t));
        }
    }

    @Property(tries = 200)
    void aRevealedFlagHidesNothingButAPrivateMarkStays(@ForAll long seed, @ForAll @IntRange(max = 60) int count) {
        Case c = randomCase(seed, count);
        List<Flag> unrevealed = c.flags().stream()
                .filter(f -> !c.revealed().contains(f.id()) || f.source() == FlagSource.SUBJECT).toList();
        ScreenMasks revealedSome = ScreenMasks.of(c.flags(), c.revealed());
        ScreenMasks withoutThem = ScreenMasks.of(unrevealed, Set.of());
        for (int k = 0; k < 300; k++) {
            int t = c.anyTime();
            assertThat(revealedSome.at(t)).isEqualTo(withoutThem.at(t));
        }
    }

    @Property(tries = 200)
    void maskedSpansAreExactlyTheTimesTheWholePictureIsHidden(@ForAll long seed,
                                                              @ForAll @IntRange(max = 60) int count) {
        Case c = randomCase(seed, count);
        ScreenMasks masks = ScreenMasks.of(c.flags(), c.revealed());
        List<TimeSpan> spans = masks.maskedSpans();
        for (int i = 1; i < spans.size(); i++) {
            assertThat(spans.get(i).startMs()).isGreaterThan(spans.get(i - 1).endMs());
        }
        for (int k = 0; k < 500; k++) {
            int t = c.anyTime();
            boolean inSpan = spans.stream().anyMatch(s -> s.contains(t));
            assertThat(inSpan).as("at %d", t).isEqualTo(masks.hidesWholePictureAt(t));
        }
        for (TimeSpan s : spans) {
            assertThat(masks.hidesWholePictureAt(s.startMs() - 1)).isFalse();
            assertThat(masks.hidesWholePictureAt(s.endMs())).isFalse();
        }
    }
}
