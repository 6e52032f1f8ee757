package org.trailmark.io.screenpipe;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.trailmark.io.ImportLimits;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.ParsedSession;
import org.trailmark.io.Problem;
import org.trailmark.io.ReadResult;
import org.trailmark.io.ducktrack.RecordingMetadata;
import org.trailmark.io.keys.KeyPlatform;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SubjectIds;

/**
 * Streams {@code ui_events} in time order and cuts it into sessions. screenpipe records all day;
 * a new session begins where screenpipe's own {@code session_id} changes or where no input was
 * recorded for more than {@value #SESSION_GAP_MINUTES} minutes. Only one session's events are held
 * at a time besides the finished ones.
 */
final class ScreenpipeReader {
    static final int SESSION_GAP_MINUTES = 10;
    private static final long SESSION_GAP_MS = SESSION_GAP_MINUTES * 60_000L;
    static final String CAPTURE_TOOL = "screenpipe";

    private final Path file;
    private final ImportOptions options;
    private final ImportLimits limits;
    private final RowProblems problems;
    private final UnusedRows unused = new UnusedRows();
    private final List<ParsedSession> sessions = new ArrayList<>();
    private KeyPlatform platform;
    private OpenSession current;
    private long finishedEvents;
    private int clipboards;
    private int keyRows;
    private boolean warnedNoSubject;

    ScreenpipeReader(Path file, ImportOptions options) {
        this.file = file;
        this.options = options == null ? ImportOptions.defaults() : options;
        this.limits = this.options.limits();
        this.problems = new RowProblems(file);
    }

    ReadResult read() {
        try (Connection db = ScreenpipeDatabase.openReadOnly(file)) {
            if (!ScreenpipeDatabase.hasTable(db, ScreenpipeDatabase.TABLE)) {
                problems.table(Problem.Severity.ERROR, "no table ui_events: expected screenpipe's ui_events table"
                        + " (timestamp, event_type, x, y, key_code, text_content, app_name, …); nothing imported");
                return result();
            }
            Set<String> columns = ScreenpipeDatabase.columns(db, ScreenpipeDatabase.TABLE);
            List<String> missing = UiEventColumns.missing(columns);
            if (!missing.isEmpty()) {
                problems.table(Problem.Severity.ERROR, "table ui_events lacks column " + String.join(" and ", missing)
                        + ": nothing imported");
                return result();
            }
            platform = ScreenpipeKeyPlatform.of(db, columns);
            streamRows(db, columns);
            noteWhatIsNotUsed(db, columns);
        } catch (ImportLimits.TooLargeException e) {
            sessions.clear();
            current = null;
            problems.file(Problem.Severity.ERROR, e.getMessage());
        } catch (SQLException e) {
            closeSession();
            problems.file(sessions.isEmpty() ? Problem.Severity.ERROR : Problem.Severity.WARNING,
                    "the database could not be read" + (sessions.isEmpty() ? "" : " to its end") + " ("
                            + e.getClass().getSimpleName() + ")" + (sessions.isEmpty() ? ": nothing imported"
                            : ": the sessions before the damage were kept"));
        }
        if (sessions.isEmpty() && problems.all().stream().noneMatch(Problem::isError)) {
            problems.table(Problem.Severity.ERROR, "ui_events has no readable input event: nothing imported");
        }
        return result();
    }

    private void streamRows(Connection db, Set<String> columns) throws SQLException, ImportLimits.TooLargeException {
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery(UiEventColumns.select(columns))) {
            while (rs.next()) {
                take(UiEventRow.read(rs));
            }
        }
        closeSession();
    }

    private void take(UiEventRow row) throws ImportLimits.TooLargeException {
        if (row.atMs() == null) {
            warn(row, "timestamp is missing or not a date; row skipped");
            return;
        }
        Instant at = Instant.ofEpochMilli(row.atMs());
        if (!row.badColumns().isEmpty()) {
            warn(row, String.join(", ", row.badColumns()) + " held a value of the wrong type; read as empty");
        }
        UiEventMapping.Handler handler = UiEventMapping.of(row.type());
        if (handler == null) {
            unused.unknownType(row.type());
            return;
        }
        if (UiEventMapping.isContextOnlyClick(row)) {
            unused.contextOnlyClick();
            return;
        }
        if (current != null && startsNewSession(row, at)) {
            closeSession();
        }
        if (current == null) {
            current = new OpenSession(row, at, platform, options.keepClipboard());
            if (!row.type().equals("app_switch") && !row.type().equals("window_focus") && row.app() != null) {
                // the window in front when the session began, from the row's own context
                current.events.focus(0, row.app(), UiEventMapping.withUrl(row.title(), row.url()));
            }
        }
        int last = current.events.builder().lastTime();
        long offset = current.offsetMs(at);
        if (offset < last) {
            // rows come in time order, so only a session cut by its length alone can get here
            warn(row, "time goes backwards; row skipped");
            return;
        }
        int clipboardsBefore = current.events.clipboards();
        String reason = handler.apply(row, (int) offset, current.events);
        clipboards += current.events.clipboards() - clipboardsBefore;
        if ("key".equals(row.type()) && reason == null) {
            keyRows++;
        }
        if (reason != null) {
            warn(row, reason);
        }
        current.reached(at);
        limits.checkEvents(finishedEvents + current.events.size(), file);
    }

    private boolean startsNewSession(UiEventRow row, Instant at) {
        boolean otherSession = row.sessionId() != null && current.sourceSessionId != null
                && !Objects.equals(row.sessionId(), current.sourceSessionId);
        long gap = at.toEpochMilli() - current.last().toEpochMilli();
        return otherSession || gap > SESSION_GAP_MS || current.offsetMs(at) > Integer.MAX_VALUE;
    }

    private void closeSession() {
        OpenSession session = current;
        current = null;
        if (session == null || session.events.size() == 0) {
            return;
        }
        String id = session.id();
        SessionInfo info = new SessionInfo(id, subject(session, id), ScreenpipeImporter.FORMAT,
                OffsetDateTime.ofInstant(session.start, ZoneOffset.UTC), List.of(), CAPTURE_TOOL, null, null, null);
        finishedEvents += session.events.size();
        sessions.add(new ParsedSession(file, info, session.events.builder().build(), session.problems));
    }

    /** The importer's choice, else a pseudonym of screenpipe's machine id, else a subject of this session alone. */
    private String subject(OpenSession session, String sessionId) {
        String override = options.subjectOverride();
        if (override != null && !override.isBlank()) {
            return override;
        }
        if (session.machineId != null && !session.machineId.isBlank()) {
            return RecordingMetadata.pseudonym(session.machineId);
        }
        if (!warnedNoSubject) {
            warnedNoSubject = true;
            session.problems.add(problems.file(Problem.Severity.WARNING, "the database names no machine: no person"
                    + " assigned yet (assign one with `trailmark subject assign`, or choose one with --subject on import)"));
        }
        return SubjectIds.unassignedFor(sessionId);
    }

    private void warn(UiEventRow row, String reason) {
        Problem p = problems.row(row.rowId(), reason);
        if (p != null && current != null) {
            current.problems.add(p);
        }
    }

    private void noteWhatIsNotUsed(Connection db, Set<String> columns) throws SQLException {
        unused.report(problems);
        if (clipboards > 0) {
            problems.file(Problem.Severity.NOTE, options.keepClipboard()
                    ? clipboards + " clipboard events imported with their text (--keep-clipboard)"
                    : clipboards + " clipboard events imported as their length only; the copied text was not kept"
                            + " (import with --keep-clipboard to keep it)");
        }
        if (keyRows > 0) {
            problems.file(Problem.Severity.NOTE, "key codes read as " + ScreenpipeKeyPlatform.describe(platform));
        }
        if (UiEventColumns.hasElementContext(columns)) {
            problems.file(Problem.Severity.NOTE, "the accessibility context of events (element_role, element_name,"
                    + " element_value, …) is not imported");
        }
        List<String> other = ScreenpipeDatabase.otherContentTables(db);
        if (!other.isEmpty()) {
            int shown = Math.min(other.size(), 8);
            problems.file(Problem.Severity.NOTE, "screenpipe's other tables are not imported (screen frames, OCR"
                    + " text, audio…): " + String.join(", ", other.subList(0, shown))
                    + (other.size() > shown ? " and " + (other.size() - shown) + " more" : ""));
        }
    }

    private ReadResult result() {
        return new ReadResult(sessions, problems.all());
    }
}
