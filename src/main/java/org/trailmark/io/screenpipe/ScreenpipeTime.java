package org.trailmark.io.screenpipe;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * screenpipe's {@code timestamp} column: the recorder writes RFC 3339 in UTC
 * ({@code 2025-02-01T12:34:56.123456789+00:00}); rows that took the column default hold SQLite's
 * {@code CURRENT_TIMESTAMP}, {@code 2025-02-01 12:34:56}, which is UTC without a zone.
 */
final class ScreenpipeTime {
    private ScreenpipeTime() {
    }

    /** The instant, or null when the value is not a date in either form. */
    static Instant parse(Object value) {
        if (!(value instanceof String s)) {
            return null;
        }
        String text = s.strip().replace(' ', 'T');
        if (text.length() < 19) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                String local = text.endsWith("Z") ? text.substring(0, text.length() - 1) : text;
                return LocalDateTime.parse(local).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
