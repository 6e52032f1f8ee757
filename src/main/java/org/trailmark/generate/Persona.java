package org.trailmark.generate;

/**
 * How one person types and moves the pointer. Typing times are log-normal around the median
 * inter-key interval; pointer movement time follows Fitts' law, {@code fittsA + fittsB·log2(D/W+1)}.
 *
 * @param ikiMedianMs   median time between two key downs while typing
 * @param ikiSigma      log-normal spread of that interval
 * @param dwellMedianMs median time a key is held
 * @param typoRate      chance per letter of hitting a neighbouring key
 * @param overshootRate chance that a long pointer movement overshoots its target
 * @param shiftCode     the Shift key this person prefers
 */
record Persona(String subject, double ikiMedianMs, double ikiSigma, double dwellMedianMs, double typoRate,
               double fittsA, double fittsB, double overshootRate, String shiftCode) {

    static final Persona ANA = new Persona("subj-ana", 165, 0.38, 95, 0.018, 120, 150, 0.35, "ShiftLeft");
    static final Persona BEN = new Persona("subj-ben", 128, 0.33, 82, 0.012, 95, 125, 0.45, "ShiftRight");
    static final Persona CHLOE = new Persona("subj-chloe", 215, 0.42, 112, 0.03, 140, 175, 0.25, "ShiftLeft");
    static final Persona BENCH = new Persona("subj-bench", 150, 0.36, 90, 0.015, 110, 145, 0.35, "ShiftLeft");
}
