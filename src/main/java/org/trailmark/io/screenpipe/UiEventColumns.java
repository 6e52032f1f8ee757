package org.trailmark.io.screenpipe;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code ui_events} columns the importer relies on, as created by screenpipe's migration
 * {@code 20250201000000_create_ui_events} and later ones. Older or trimmed databases may lack any
 * of the optional ones: a missing column reads as NULL. {@code timestamp} and {@code event_type}
 * are required; rows are identified by SQLite's rowid (screenpipe's {@code id}).
 */
final class UiEventColumns {
    static final String TIMESTAMP = "timestamp";
    static final String EVENT_TYPE = "event_type";
    static final List<String> REQUIRED = List.of(TIMESTAMP, EVENT_TYPE);
    /** In select order after rowid, timestamp and event_type. */
    static final List<String> OPTIONAL = List.of("session_id", "x", "y", "delta_x", "delta_y", "button",
            "click_count", "key_code", "modifiers", "text_content", "text_length", "app_name", "window_title",
            "browser_url", "machine_id");
    /** Accessibility context of an event: present in every version, never imported. */
    static final String ELEMENT_PREFIX = "element_";

    private UiEventColumns() {
    }

    /** The required columns the table lacks. */
    static List<String> missing(Set<String> present) {
        return REQUIRED.stream().filter(c -> !present.contains(c)).toList();
    }

    /**
     * All rows in time order, each with its time as Unix milliseconds (NULL when {@code timestamp} is
     * not a date). SQLite's julianday() reads both forms screenpipe has written (RFC 3339 with an
     * offset from the recorder, {@code YYYY-MM-DD HH:MM:SS} in UTC from the column default) to the
     * millisecond, so the order and the times come from one reading of the column, where text order
     * would mix the two forms up; rowid breaks ties in insertion order.
     */
    static String select(Set<String> present) {
        String optional = OPTIONAL.stream()
                .map(c -> present.contains(c) ? "\"" + c + "\"" : "NULL AS \"" + c + "\"")
                .collect(Collectors.joining(", "));
        return "SELECT rowid, " + UNIX_MS + " AS at_ms, \"event_type\", " + optional
                + " FROM ui_events ORDER BY at_ms, rowid";
    }

    private static final String UNIX_MS =
            "CAST(round((julianday(\"timestamp\") - 2440587.5) * 86400000.0) AS INTEGER)";

    static boolean hasElementContext(Set<String> present) {
        return present.stream().anyMatch(c -> c.startsWith(ELEMENT_PREFIX));
    }
}
