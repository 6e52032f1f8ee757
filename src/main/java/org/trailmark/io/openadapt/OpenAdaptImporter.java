package org.trailmark.io.openadapt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.ParsedSession;
import org.trailmark.io.Problem;
import org.trailmark.io.ReadResult;
import org.trailmark.io.SessionImporter;

/**
 * Reads OpenAdapt's SQLite recordings ({@code recording.db} of openadapt-capture, or the database
 * of the older OpenAdapt app): one session per {@code recording} row, with its input
 * ({@code action_event}), window focus ({@code window_event}), screenshots as a still series
 * ({@code screenshot}) and the screen video beside the database. The database is opened read-only
 * and never changed. A database that cannot be read (locked by a recorder still writing it, or
 * damaged) is an ERROR and nothing of it is imported; a recording without readable input is an ERROR
 * for that recording only. See docs/formats/openadapt.md for the column mapping.
 */
public final class OpenAdaptImporter implements SessionImporter {
    public static final String FORMAT = "openadapt";
    /** The name openadapt-capture gives its database inside a capture folder. */
    public static final String DATABASE_NAME = "recording.db";

    @Override
    public String formatName() {
        return FORMAT;
    }

    /**
     * A {@code .db}/{@code .sqlite} file, or a folder holding {@code recording.db}, whose tables
     * include {@code recording} and {@code action_event} (a Trailmark workspace or any other SQLite
     * file has other tables).
     */
    @Override
    public boolean accepts(Path path) {
        Path file = databaseOf(path);
        if (file == null || !RecordingDatabase.looksLikeSqlite(file)) {
            return false;
        }
        try (RecordingDatabase db = RecordingDatabase.open(file)) {
            return db.hasTable(RecordingRow.TABLE) && db.hasTable(EventQuery.ACTIONS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public ReadResult read(Path path, ImportOptions options) {
        Path file = databaseOf(path);
        if (file == null) {
            return new ReadResult(List.of(), List.of(Problem.error(path, 0,
                    "not an OpenAdapt database (a .db file, or a folder with recording.db)")));
        }
        List<ParsedSession> sessions = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (RecordingDatabase db = RecordingDatabase.open(file)) {
            if (!db.hasTable(RecordingRow.TABLE) || !db.hasTable(EventQuery.ACTIONS)) {
                return nothing(file, "not an OpenAdapt database (it has no recording and action_event tables)");
            }
            List<RecordingRow> recordings = RecordingRow.readAll(db);
            if (recordings.isEmpty()) {
                return nothing(file, "the database holds no recording: nothing imported");
            }
            List<Path> videos = RecordingVideoFile.candidates(file);
            for (RecordingRow recording : recordings) {
                RowProblems recordingProblems = new RowProblems(file);
                ParsedSession session = RecordingSession.read(db, file, recording, recordings.size(), options, videos,
                        recordingProblems);
                problems.addAll(recordingProblems.problems());
                if (session != null) {
                    sessions.add(session);
                }
            }
            for (Path video : videos) {
                problems.add(Problem.note(video, "screen video not used: its name matches no recording of "
                        + file.getFileName()));
            }
        } catch (SQLException e) {
            return nothing(file, RecordingDatabase.describe(e) + ": nothing imported");
        }
        return new ReadResult(sessions, problems);
    }

    private static ReadResult nothing(Path file, String reason) {
        return new ReadResult(List.of(), List.of(Problem.error(file, 0, reason)));
    }

    /** The database a path names: the file itself ({@code .db}, {@code .sqlite}) or a folder's recording.db. */
    static Path databaseOf(Path path) {
        if (path == null) {
            return null;
        }
        if (Files.isDirectory(path)) {
            Path inside = path.resolve(DATABASE_NAME);
            return Files.isRegularFile(inside) ? inside : null;
        }
        Path name = path.getFileName();
        if (name == null || !Files.isRegularFile(path)) {
            return null;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".db") || lower.endsWith(".sqlite") || lower.endsWith(".sqlite3") ? path : null;
    }
}
