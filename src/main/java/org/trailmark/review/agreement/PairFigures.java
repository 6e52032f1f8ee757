package org.trailmark.review.agreement;

/** The figures of two labelers compared with each other; {@code first} sorts before {@code second}. */
public record PairFigures(String first, String second, Figures figures) {
}
