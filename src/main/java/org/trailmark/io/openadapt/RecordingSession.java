package org.trailmark.io.openadapt;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.trailmark.io.ImportLimits;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.MediaReference;
import org.trailmark.io.ParsedSession;
import org.trailmark.io.keys.PynputKeyTranslator;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SubjectIds;

/**
 * One {@code recording} row of a database made into a session: its events, focus, still series and
 * video, and the problems met. Identity: {@code openadapt-} and 16 hex digits of the SHA-256 of the
 * rows read, so the same recording imported twice (even from a copy of the file) gets the same id.
 * OpenAdapt stores nothing that names the machine or the person, so the subject is the importer's
 * choice or an unassigned subject of this recording alone.
 */
final class RecordingSession {
    static final String ID_PREFIX = "openadapt-";
    static final String CAPTURE_TOOL = "OpenAdapt";

    private RecordingSession() {
    }

    /**
     * Reads the recording; null when nothing of it can be imported (an ERROR problem says why).
     * SQLite failures propagate: the caller abandons the whole database.
     *
     * @param videos the candidate videos beside the database; the one used is removed from it
     */
    static ParsedSession read(RecordingDatabase db, Path file, RecordingRow recording, int recordings,
                              ImportOptions options, List<Path> videos, RowProblems problems) throws SQLException {
        long row = recording.id();
        if (recording.timestamp() == null) {
            problems.warn(RecordingRow.TABLE, row, Cell.numberProblem("timestamp", recording.rawTimestamp())
                    + ": session time is measured from the recording's first row");
        }
        RecordingLink actions = RecordingLink.of(db, EventQuery.ACTIONS, recordings);
        if (!actions.usable()) {
            problems.error(EventQuery.ACTIONS, 0, "action rows name no recording (no recording_id or"
                    + " recording_timestamp column) and the database holds several recordings: nothing imported");
            return null;
        }
        RecordingLink windows = windowLink(db, recordings, problems);
        RecordingEvents.Result events;
        try {
            events = RecordingEvents.read(new EventQuery(db, actions, windows), recording,
                    new PynputKeyTranslator(recording.platform()), ImportOptions.limitsOf(options), problems);
        } catch (ImportLimits.TooLargeException e) {
            problems.error(RecordingRow.TABLE, row, e.getMessage());
            return null;
        }
        if (events.disabled() > 0) {
            problems.note(EventQuery.ACTIONS, 0, events.disabled() + " action rows disabled in OpenAdapt (removed by"
                    + " its user, or inside a removed action): not imported");
        }
        if (events.summaries() > 0) {
            problems.note(EventQuery.ACTIONS, 0, events.summaries() + " summary rows OpenAdapt built from other rows"
                    + " (typed text, clicks, merged moves): not imported, since the rows they summarise are");
        }
        if (events.log().isEmpty()) {
            problems.error(RecordingRow.TABLE, row, "the recording has no readable action row: nothing imported");
            return null;
        }
        if (recording.screens().isEmpty()) {
            problems.warn(RecordingRow.TABLE, row, "no usable monitor_width/monitor_height: the screen size is unknown");
        }
        String id = ID_PREFIX + events.sha256Hex().substring(0, 16);
        SessionInfo info = new SessionInfo(id, subject(options, id, row, problems), OpenAdaptImporter.FORMAT,
                start(events.origin()), recording.screens(), CAPTURE_TOOL, null, null, recording.task());
        List<MediaReference> media = new ArrayList<>();
        if (db.hasTable(ScreenshotStills.TABLE)) {
            MediaReference stills = ScreenshotStills.read(db, file, recording,
                    RecordingLink.of(db, ScreenshotStills.TABLE, recordings), events, problems);
            if (stills != null) {
                media.add(stills);
            }
        } else {
            problems.warn(ScreenshotStills.TABLE, 0, "the database has no screenshot table: no screen pictures");
        }
        for (Path video : List.copyOf(videos)) {
            if (RecordingVideoFile.belongsTo(video, recording, recordings)) {
                videos.remove(video);
                MediaReference reference = RecordingVideoFile.reference(video, recording, events, problems);
                if (reference != null) {
                    media.add(reference);
                }
            }
        }
        UnusedData.note(db, recording, recordings, problems);
        return new ParsedSession(file, info, events.log(), problems.problems(), media);
    }

    private static RecordingLink windowLink(RecordingDatabase db, int recordings, RowProblems problems) {
        if (!db.hasTable(EventQuery.WINDOWS)) {
            problems.warn(EventQuery.WINDOWS, 0, "the database has no window_event table: no window focus");
            return null;
        }
        RecordingLink link = RecordingLink.of(db, EventQuery.WINDOWS, recordings);
        if (!link.usable()) {
            problems.warn(EventQuery.WINDOWS, 0, "window rows name no recording and the database holds several:"
                    + " no window focus");
            return null;
        }
        return link;
    }

    private static String subject(ImportOptions options, String sessionId, long row, RowProblems problems) {
        String override = options == null ? null : options.subjectOverride();
        if (override != null && !override.isBlank()) {
            return override;
        }
        problems.warn(RecordingRow.TABLE, row, "OpenAdapt records no host or person: no person assigned yet (assign"
                + " one with `trailmark subject assign`, or choose one with --subject on import)");
        return SubjectIds.unassignedFor(sessionId);
    }

    private static OffsetDateTime start(double epochSeconds) {
        try {
            return Instant.ofEpochMilli(Math.round(epochSeconds * 1000)).atZone(ZoneId.systemDefault())
                    .toOffsetDateTime();
        } catch (DateTimeException | ArithmeticException e) {
            return Instant.EPOCH.atZone(ZoneId.systemDefault()).toOffsetDateTime();
        }
    }
}
