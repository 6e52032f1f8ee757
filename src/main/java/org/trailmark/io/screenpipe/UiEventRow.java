package org.trailmark.io.screenpipe;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code ui_events} row as read, before mapping; {@code atMs} is its time stamp as Unix
 * milliseconds, null when the time stamp is not a date. SQLite does not enforce column types, so each
 * value is checked here: a number column holding text or a fraction out of range is listed in
 * {@link #badColumns} (by name only) and reads as null.
 */
record UiEventRow(long rowId, Long atMs, String type, String sessionId, Integer x, Integer y,
                  Integer deltaX, Integer deltaY, Integer button, Integer clickCount, Integer keyCode,
                  Integer modifiers, String text, Integer textLength, String app, String title, String url,
                  String machineId, List<String> badColumns) {

    static UiEventRow read(ResultSet rs) throws SQLException {
        List<String> bad = new ArrayList<>(0);
        long at = rs.getLong(2);
        Long atMs = rs.wasNull() ? null : at;
        return new UiEventRow(rs.getLong(1), atMs, text(rs, 3, "event_type", bad),
                text(rs, 4, "session_id", bad), integer(rs, 5, "x", bad), integer(rs, 6, "y", bad),
                integer(rs, 7, "delta_x", bad), integer(rs, 8, "delta_y", bad), integer(rs, 9, "button", bad),
                integer(rs, 10, "click_count", bad), integer(rs, 11, "key_code", bad),
                integer(rs, 12, "modifiers", bad), text(rs, 13, "text_content", bad),
                integer(rs, 14, "text_length", bad), text(rs, 15, "app_name", bad),
                text(rs, 16, "window_title", bad), text(rs, 17, "browser_url", bad),
                text(rs, 18, "machine_id", bad), bad);
    }

    private static Integer integer(ResultSet rs, int column, String name, List<String> bad) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (!Double.isNaN(d) && d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE) {
                return (int) Math.round(d);
            }
        } else if (value instanceof String s) {
            try {
                return Integer.valueOf(s.strip());
            } catch (NumberFormatException e) {
                // falls through to bad
            }
        }
        bad.add(name);
        return null;
    }

    private static String text(ResultSet rs, int column, String name, List<String> bad) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof Number) {
            return value.toString();
        }
        bad.add(name);
        return null;
    }
}
