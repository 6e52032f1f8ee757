package org.trailmark.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FlagSource;
import org.trailmark.model.FrameMask;
import org.trailmark.model.ScreenRegion;
import org.trailmark.replay.TimeSpan;

/**
 * What of the screen must be covered at each moment of a session, from its flags. A masking flag
 * over its whole span hides the whole picture; a masking region flag covers its area. Built once
 * per set of flags (cut into the pieces of time between flag edges, each with its mask) and then
 * answered by binary search, since playback asks every frame. Immutable and thread-safe.
 *
 * <p>A flag the viewer revealed (an audited reveal in the studio) no longer masks; exports pass no
 * revealed ids. A private mark of the recorded person is never lifted by a reveal: reviewers
 * cannot reveal it ({@code ReviewService.revealFlag} refuses), and this holds even if an id of one
 * is passed by mistake.
 */
public final class ScreenMasks {
    /**
     * Most sensitive first: when several flags hide one picture, the first of these names it. A
     * password or secret on screen outranks personal data, the person's own private mark outranks
     * third-party data, and "other" says least.
     */
    public static final List<FlagCategory> SENSITIVITY = List.of(FlagCategory.PASSWORD, FlagCategory.CREDENTIAL,
            FlagCategory.PERSONAL_DATA, FlagCategory.PRIVATE, FlagCategory.THIRD_PARTY, FlagCategory.OTHER);

    public static final ScreenMasks NONE = new ScreenMasks(new int[0], new FrameMask[0], List.of());

    /** Piece i covers {@code [edges[i], edges[i + 1])} with {@code masks[i]}; the last piece runs to the end. */
    private final int[] edges;
    private final FrameMask[] masks;
    private final List<TimeSpan> hiddenSpans;

    private ScreenMasks(int[] edges, FrameMask[] masks, List<TimeSpan> hiddenSpans) {
        this.edges = edges;
        this.masks = masks;
        this.hiddenSpans = hiddenSpans;
    }

    /** Masks of the flags that mask (all but rejected ones), less those in {@code revealed}. */
    public static ScreenMasks of(List<Flag> flags, Set<Long> revealed) {
        Objects.requireNonNull(revealed, "revealed");
        List<Flag> masking = new ArrayList<>();
        for (Flag f : flags) {
            boolean lifted = revealed.contains(f.id()) && f.source() != FlagSource.SUBJECT;
            if (f.masks() && !lifted) {
                masking.add(f);
            }
        }
        return build(masking);
    }

    /**
     * Masks of every flag, rejected ones too, with nothing revealed: for a view that must not show
     * anything anyone flagged (the recorded person's own view, where another person's data a
     * reviewer flagged stays covered as it does for their typed text).
     */
    public static ScreenMasks ofEveryFlag(List<Flag> flags) {
        return build(List.copyOf(flags));
    }

    /** What to cover at this session time. */
    public FrameMask at(int sessionMs) {
        int i = Arrays.binarySearch(edges, sessionMs);
        if (i < 0) {
            i = -i - 2; // the piece starting before it
        }
        return i < 0 ? FrameMask.NONE : masks[i];
    }

    public boolean hidesWholePictureAt(int sessionMs) {
        return at(sessionMs).hidesWholePicture();
    }

    /** The stretches where the whole picture is hidden, in time order, touching stretches joined. */
    public List<TimeSpan> maskedSpans() {
        return hiddenSpans;
    }

    /** Whether nothing is ever covered. */
    public boolean isEmpty() {
        return edges.length == 0;
    }

    private static ScreenMasks build(List<Flag> masking) {
        if (masking.isEmpty()) {
            return NONE;
        }
        TreeSet<Integer> edgeSet = new TreeSet<>();
        for (Flag f : masking) {
            edgeSet.add(f.startMs());
            edgeSet.add(f.endMs());
        }
        int[] allEdges = edgeSet.stream().mapToInt(Integer::intValue).toArray();
        List<Flag> byStart = new ArrayList<>(masking);
        byStart.sort(Comparator.comparingInt(Flag::startMs).thenComparingLong(Flag::id));
        List<Flag> active = new ArrayList<>();
        int next = 0;
        List<Integer> keptEdges = new ArrayList<>();
        List<FrameMask> keptMasks = new ArrayList<>();
        for (int edge : allEdges) {
            active.removeIf(f -> f.endMs() <= edge);
            while (next < byStart.size() && byStart.get(next).startMs() <= edge) {
                active.add(byStart.get(next++));
            }
            FrameMask mask = maskOf(active);
            // Pieces with the same mask as the one before add nothing to look up.
            if (keptMasks.isEmpty() || !keptMasks.get(keptMasks.size() - 1).equals(mask)) {
                keptEdges.add(edge);
                keptMasks.add(mask);
            }
        }
        int[] edges = keptEdges.stream().mapToInt(Integer::intValue).toArray();
        FrameMask[] masks = keptMasks.toArray(FrameMask[]::new);
        return new ScreenMasks(edges, masks, hiddenSpans(edges, masks));
    }

    private static FrameMask maskOf(List<Flag> active) {
        if (active.isEmpty()) {
            return FrameMask.NONE;
        }
        FlagCategory hiddenBy = null;
        Set<ScreenRegion> regions = new LinkedHashSet<>();
        for (Flag f : active) {
            if (f.isRegion()) {
                regions.add(f.region());
            } else if (hiddenBy == null || SENSITIVITY.indexOf(f.category()) < SENSITIVITY.indexOf(hiddenBy)) {
                hiddenBy = f.category();
            }
        }
        // Under a whole-picture mask the regions would cover nothing more: drop them.
        return new FrameMask(hiddenBy, hiddenBy != null ? List.of() : List.copyOf(regions));
    }

    private static List<TimeSpan> hiddenSpans(int[] edges, FrameMask[] masks) {
        List<TimeSpan> spans = new ArrayList<>();
        for (int i = 0; i < masks.length; i++) {
            if (!masks[i].hidesWholePicture()) {
                continue;
            }
            int end = i + 1 < edges.length ? edges[i + 1] : Integer.MAX_VALUE;
            if (!spans.isEmpty() && spans.get(spans.size() - 1).endMs() == edges[i]) {
                spans.set(spans.size() - 1, new TimeSpan(spans.get(spans.size() - 1).startMs(), end));
            } else {
                spans.add(new TimeSpan(edges[i], end));
            }
        }
        return List.copyOf(spans);
    }
}
