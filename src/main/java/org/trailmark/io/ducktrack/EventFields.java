package org.trailmark.io.ducktrack;

/**
 * The fields of one recorder line, however it was parsed: the reader validates events through this
 * view only, so the fast byte parser and the Jackson tree give the same events and the same problems.
 */
interface EventFields {
    /** {@link #flag} of a field that is absent. */
    int ABSENT = -1;
    /** {@link #flag} of a field that is present but not {@code true} or {@code false}. */
    int NOT_BOOLEAN = -2;

    /** Whether the field is there, whatever its value (null included). */
    boolean has(String field);

    /** The field as a finite number, or NaN when it is missing, not a number or not finite. */
    double finiteNumber(String field);

    /** What is wrong with a numeric field, in words that never repeat its value. */
    String numberProblem(String field);

    /** The field's string value, or null when it is missing, null or of another type. */
    String text(String field);

    /** 1 for true, 0 for false, else {@link #ABSENT} or {@link #NOT_BOOLEAN}. */
    int flag(String field);
}
