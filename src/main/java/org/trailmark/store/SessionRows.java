package org.trailmark.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.trailmark.model.ConsentReference;
import org.trailmark.model.EventKind;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.Screen;
import org.trailmark.model.SessionInfo;

/** Maps a session's header and figures to the columns of the {@code sessions} table and back. */
final class SessionRows {
    static final String COLUMNS = "id, subject_id, source_format, start_time, start_epoch_ms, screens,"
            + " capture_tool, capture_tool_version, consent_policy_id, consent_policy_version, consent_purposes,"
            + " consent_granted_at, suggested_instruction, event_count, duration_ms, chunk_count, kind_counts, apps,"
            + " review_status, imported_at, source_path";

    static final String INSERT = "INSERT INTO sessions (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** The figures stored beside the header so that listing sessions never touches event chunks. */
    record Figures(long events, long durationMs, int chunkCount, Map<EventKind, Long> counts, List<String> apps) {
    }

    private SessionRows() {
    }

    static void bindInsert(PreparedStatement ps, SessionInfo info, Figures figures, Instant importedAt,
                           String sourcePath) throws SQLException {
        int i = 1;
        ps.setString(i++, info.id());
        ps.setString(i++, info.subject());
        ps.setString(i++, info.sourceFormat());
        ps.setString(i++, formatTime(info.start()));
        ps.setLong(i++, info.start().toInstant().toEpochMilli());
        ps.setString(i++, encodeScreens(info.screens()));
        setNullable(ps, i++, info.captureTool());
        setNullable(ps, i++, info.captureToolVersion());
        ConsentReference consent = info.consent();
        setNullable(ps, i++, consent == null ? null : consent.policyId());
        setNullable(ps, i++, consent == null ? null : consent.policyVersion());
        setNullable(ps, i++, consent == null ? null : TextLists.encode(consent.purposes()));
        setNullable(ps, i++, consent == null || consent.grantedAt() == null ? null : formatTime(consent.grantedAt()));
        setNullable(ps, i++, info.suggestedInstruction());
        ps.setLong(i++, figures.events());
        ps.setLong(i++, figures.durationMs());
        ps.setInt(i++, figures.chunkCount());
        ps.setString(i++, encodeCounts(figures.counts()));
        ps.setString(i++, TextLists.encode(figures.apps()));
        ps.setString(i++, ReviewStatus.NEW.wireName());
        ps.setString(i++, importedAt.toString());
        setNullable(ps, i, sourcePath);
    }

    /** Reads a row selected with {@link #COLUMNS}; a row that does not parse is {@link DamagedDataException}. */
    static SessionSummary read(ResultSet rs) throws SQLException {
        try {
            return parse(rs);
        } catch (RuntimeException e) {
            // Dates, numbers and screen sizes are only checked here, long after the row was written.
            throw new DamagedDataException("session row does not parse", e);
        }
    }

    private static SessionSummary parse(ResultSet rs) throws SQLException {
        String purposes = rs.getString("consent_purposes");
        ConsentReference consent = purposes == null ? null : new ConsentReference(
                rs.getString("consent_policy_id"), rs.getString("consent_policy_version"),
                TextLists.decode(purposes), parseTime(rs.getString("consent_granted_at")));
        SessionInfo info = new SessionInfo(rs.getString("id"), rs.getString("subject_id"),
                rs.getString("source_format"), parseTime(rs.getString("start_time")),
                decodeScreens(rs.getString("screens")), rs.getString("capture_tool"),
                rs.getString("capture_tool_version"), consent, rs.getString("suggested_instruction"));
        ReviewStatus status = ReviewStatus.ofWireName(rs.getString("review_status")).orElse(ReviewStatus.NEW);
        return new SessionSummary(info, rs.getLong("event_count"), rs.getLong("duration_ms"),
                decodeCounts(rs.getString("kind_counts")), TextLists.decode(rs.getString("apps")), status,
                Instant.parse(rs.getString("imported_at")), rs.getString("source_path"));
    }

    /** RFC 3339 with offset and always with seconds (OffsetDateTime.toString drops ":00"). */
    static String formatTime(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    private static OffsetDateTime parseTime(String text) {
        return text == null ? null : OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void setNullable(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    static String encodeScreens(List<Screen> screens) {
        StringBuilder sb = new StringBuilder();
        for (Screen s : screens) {
            sb.append(s.id()).append(' ').append(s.x()).append(' ').append(s.y()).append(' ')
                    .append(s.width()).append(' ').append(s.height()).append(' ').append(s.scale()).append('\n');
        }
        return sb.toString();
    }

    static List<Screen> decodeScreens(String text) {
        List<Screen> screens = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split(" ");
            screens.add(new Screen(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                    Integer.parseInt(f[3]), Integer.parseInt(f[4]), Double.parseDouble(f[5])));
        }
        return screens;
    }

    /** Wire names, not codes, so the text stays readable with any SQLite tool. */
    static String encodeCounts(Map<EventKind, Long> counts) {
        StringBuilder sb = new StringBuilder();
        for (EventKind kind : EventKind.values()) {
            long n = counts.getOrDefault(kind, 0L);
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(kind.wireName()).append('=').append(n);
        }
        return sb.toString();
    }

    static Map<EventKind, Long> decodeCounts(String text) {
        Map<EventKind, Long> counts = new EnumMap<>(EventKind.class);
        for (EventKind kind : EventKind.values()) {
            counts.put(kind, 0L);
        }
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                EventKind.ofWireName(pair.substring(0, eq))
                        .ifPresent(kind -> counts.put(kind, Long.parseLong(pair.substring(eq + 1))));
            }
        }
        return counts;
    }
}
