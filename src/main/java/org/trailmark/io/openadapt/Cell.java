package org.trailmark.io.openadapt;

/**
 * Reads one SQLite value as the recorder meant it. SQLite keeps whatever was stored (a column
 * declared numeric can hold text or a blob), so each reader says what it found instead of failing.
 */
final class Cell {
    private Cell() {
    }

    /** The value as a finite number, or null when it is empty, not a number or infinite. */
    static Double number(Object value) {
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? d : null;
        }
        return null;
    }

    /** Why {@link #number} gave null: plain words, never the value itself. */
    static String numberProblem(String column, Object value) {
        if (value == null) {
            return "no " + column;
        }
        if (value instanceof Number) {
            return column + " is not a finite number";
        }
        return column + " is not a number";
    }

    /** The value as text, or null when it is empty or not text. */
    static String text(Object value) {
        return value instanceof String s && !s.isEmpty() ? s : null;
    }

    /** A true/false flag as SQLAlchemy stores it (1/0), or null when it is neither. */
    static Boolean flag(Object value) {
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (d == 1) {
                return true;
            }
            if (d == 0) {
                return false;
            }
            return null;
        }
        if (value instanceof String s) {
            return switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "true", "1" -> true;
                case "false", "0" -> false;
                default -> null;
            };
        }
        return null;
    }
}
