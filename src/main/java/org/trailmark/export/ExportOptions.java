package org.trailmark.export;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * What an export should do.
 *
 * @param split             train, validation and test ratios; non-negative and summing to 1
 * @param seed              fixes the split and the pseudonym key; empty means a fresh random export
 * @param includeUnreviewed also take sessions not approved yet (never rejected ones, never without consent)
 * @param toolVersion       written into the manifest
 * @param filter            which sessions and tasks to take among those consent and review allow
 */
public record ExportOptions(double[] split, OptionalLong seed, boolean includeUnreviewed, String toolVersion,
                            ExportFilter filter) {
    public ExportOptions {
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
        split = split.clone();
    }

    @Override
    public double[] split() {
        return split.clone();
    }

    public static ExportOptions defaults(String toolVersion) {
        return new ExportOptions(new double[] {0.8, 0.1, 0.1}, OptionalLong.empty(), false, toolVersion, ExportFilter.NONE);
    }

    public ExportOptions withSeed(long newSeed) {
        return new ExportOptions(split, OptionalLong.of(newSeed), includeUnreviewed, toolVersion, filter);
    }

    public ExportOptions withIncludeUnreviewed(boolean include) {
        return new ExportOptions(split, seed, include, toolVersion, filter);
    }

    public ExportOptions withFilter(ExportFilter newFilter) {
        return new ExportOptions(split, seed, includeUnreviewed, toolVersion, newFilter);
    }
}
