package org.trailmark.export;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.OptionalLong;

/**
 * What an export should do.
 *
 * @param split             train, validation and test ratios; non-negative and summing to 1
 * @param seed              with the workspace's pseudonym secret, fixes the split and the pseudonyms; empty means
 *                          a fresh random export
 * @param includeUnreviewed also take sessions not approved yet (never rejected ones, never without consent)
 * @param toolVersion       written into the manifest
 * @param filter            which sessions and tasks to take among those consent and review allow
 * @param formats           which files to write; at least one
 * @param pyautogui         also write each trajectory action as a pyautogui call string
 * @param actor             who runs the export, for the audit entries of the exported sessions
 * @param withScreens       give each trajectory step an observation: the screen just before its action
 * @param observationOffsetMs how long before the action the observation is taken (OpenCUA: 500 ms)
 */
public record ExportOptions(double[] split, OptionalLong seed, boolean includeUnreviewed, String toolVersion,
                            ExportFilter filter, Set<ExportFormat> formats, boolean pyautogui, String actor,
                            boolean withScreens, int observationOffsetMs) {
    /** Who the audit log names when nobody said who runs the export. */
    public static final String DEFAULT_ACTOR = "curator";
    /** OpenCUA takes each action's observation half a second before it. */
    public static final int DEFAULT_OBSERVATION_OFFSET_MS = 500;

    public ExportOptions(double[] split, OptionalLong seed, boolean includeUnreviewed, String toolVersion,
                         ExportFilter filter, Set<ExportFormat> formats, boolean pyautogui, String actor) {
        this(split, seed, includeUnreviewed, toolVersion, filter, formats, pyautogui, actor, false,
                DEFAULT_OBSERVATION_OFFSET_MS);
    }

    public ExportOptions(double[] split, OptionalLong seed, boolean includeUnreviewed, String toolVersion,
                         ExportFilter filter) {
        this(split, seed, includeUnreviewed, toolVersion, filter, EnumSet.of(ExportFormat.TRAJECTORIES), false);
    }

    public ExportOptions(double[] split, OptionalLong seed, boolean includeUnreviewed, String toolVersion,
                         ExportFilter filter, Set<ExportFormat> formats, boolean pyautogui) {
        this(split, seed, includeUnreviewed, toolVersion, filter, formats, pyautogui, DEFAULT_ACTOR);
    }

    public ExportOptions {
        Objects.requireNonNull(formats, "formats");
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("choose at least one format");
        }
        formats = Set.copyOf(EnumSet.copyOf(formats));
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(toolVersion, "toolVersion");
        if (split.length != 3) {
            throw new IllegalArgumentException("the split needs three ratios: train, validation, test");
        }
        double sum = 0;
        for (double r : split) {
            if (!(r >= 0)) {
                throw new IllegalArgumentException("split ratios must not be negative");
            }
            sum += r;
        }
        if (Math.abs(sum - 1.0) > 1e-6) {
            throw new IllegalArgumentException("split ratios must sum to 1");
        }
        if (observationOffsetMs < 0) {
            throw new IllegalArgumentException("the observation offset must not be negative");
        }
        split = split.clone();
        actor = actor == null || actor.isBlank() ? DEFAULT_ACTOR : actor;
    }

    @Override
    public double[] split() {
        return split.clone();
    }

    public static ExportOptions defaults(String toolVersion) {
        return new ExportOptions(new double[] {0.8, 0.1, 0.1}, OptionalLong.empty(), false, toolVersion, ExportFilter.NONE);
    }

    public ExportOptions withSeed(long newSeed) {
        return new ExportOptions(split, OptionalLong.of(newSeed), includeUnreviewed, toolVersion, filter, formats, pyautogui, actor, withScreens, observationOffsetMs);
    }

    public ExportOptions withIncludeUnreviewed(boolean include) {
        return new ExportOptions(split, seed, include, toolVersion, filter, formats, pyautogui, actor, withScreens, observationOffsetMs);
    }

    public ExportOptions withFilter(ExportFilter newFilter) {
        return new ExportOptions(split, seed, includeUnreviewed, toolVersion, newFilter, formats, pyautogui, actor, withScreens, observationOffsetMs);
    }

    public ExportOptions withFormats(Set<ExportFormat> newFormats) {
        return new ExportOptions(split, seed, includeUnreviewed, toolVersion, filter, newFormats, pyautogui, actor, withScreens, observationOffsetMs);
    }

    public ExportOptions withPyautogui(boolean write) {
        return new ExportOptions(split, seed, includeUnreviewed, toolVersion, filter, formats, write, actor, withScreens, observationOffsetMs);
    }

    public ExportOptions withActor(String who) {
        return new ExportOptions(split, seed, includeUnreviewed, toolVersion, filter, formats, pyautogui, who, withScreens, observationOffsetMs);
    }

    /** With an observation per trajectory step, taken {@code offsetMs} before the action. */
    public ExportOptions withScreens(boolean write, int offsetMs) {
        return new ExportOptions(split, seed, includeUnreviewed, toolVersion, filter, formats, pyautogui, actor, write,
                offsetMs);
    }

    public boolean writes(ExportFormat format) {
        return formats.contains(format);
    }
}
