package org.trailmark.io.screenpipe;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.Problem;
import org.trailmark.io.ReadResult;
import org.trailmark.io.SessionImporter;

/**
 * Reads the input events screenpipe (github.com/screenpipe/screenpipe) keeps in the {@code ui_events}
 * table of its {@code db.sqlite}: pointer moves, clicks, scrolls, keys, typed text, application and
 * window focus, clipboard use. The database is opened read-only. Accepted: a SQLite file of any name
 * with a {@code ui_events} table, or a folder holding such a {@code db.sqlite}. Mapping, units and what
 * is dropped: docs/formats/screenpipe.md; sessions: {@link ScreenpipeReader}.
 */
public final class ScreenpipeImporter implements SessionImporter {
    public static final String FORMAT = "screenpipe";

    @Override
    public String formatName() {
        return FORMAT;
    }

    @Override
    public boolean accepts(Path path) {
        Path file = ScreenpipeDatabase.fileOf(path);
        if (!ScreenpipeDatabase.looksLikeSqlite(file)) {
            return false;
        }
        try (Connection db = ScreenpipeDatabase.openReadOnly(file)) {
            return ScreenpipeDatabase.hasTable(db, ScreenpipeDatabase.TABLE);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public ReadResult read(Path path, ImportOptions options) {
        Path file = ScreenpipeDatabase.fileOf(path);
        if (!ScreenpipeDatabase.looksLikeSqlite(file)) {
            return new ReadResult(List.of(), List.of(Problem.error(file, 0,
                    "not a SQLite database: expected screenpipe's db.sqlite with a ui_events table")));
        }
        return new ScreenpipeReader(file, options).read();
    }
}
