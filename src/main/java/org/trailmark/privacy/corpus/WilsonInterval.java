package org.trailmark.privacy.corpus;

/**
 * The Wilson score interval for a proportion {@code successes / trials} at 95 % confidence. Unlike
 * the normal approximation it stays inside [0, 1] and is honest for small samples and for
 * proportions at 0 or 1 (10 of 10 found gives [0.72, 1.00], not [1, 1]).
 */
public record WilsonInterval(double low, double high) {
    /** z for a two-sided 95 % interval. */
    static final double Z95 = 1.959963984540054;

    public static WilsonInterval of(int successes, int trials) {
        if (trials <= 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 <= successes <= trials and trials > 0");
        }
        double n = trials;
        double p = successes / n;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new WilsonInterval(Math.max(0, centre - half), Math.min(1, centre + half));
    }
}
