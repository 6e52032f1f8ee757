package org.trailmark.io.openadapt;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What a recording holds that Trailmark does not import, said in NOTE problems so that nobody
 * believes it was kept: whole tables (sound, browser messages, the recorder's own statistics) and
 * the accessibility snapshots OpenAdapt stores beside actions and windows.
 */
final class UnusedData {
    private record Table(String name, String what) {
    }

    private record Column(String table, String column, String what) {
    }

    private static final Table[] TABLES = {
        new Table("audio_info", "sound recordings and their transcripts"),
        new Table("browser_event", "messages of OpenAdapt's browser extension"),
        new Table("performance_stat", "the recorder's timing statistics"),
        new Table("memory_stat", "the recorder's memory statistics"),
    };
    private static final Column[] COLUMNS = {
        new Column("action_event", "element_state", "accessibility snapshots of the element acted on"),
        new Column("action_event", "structural_observation", "accessibility observations at actions"),
        new Column("window_event", "state", "window metadata and accessibility trees (only the application name"
                + " is read from it)"),
    };

    private UnusedData() {
    }

    static void note(RecordingDatabase db, RecordingRow recording, int recordings, RowProblems problems)
            throws SQLException {
        for (Table table : TABLES) {
            if (db.hasTable(table.name())) {
                long rows = count(db, table.name(), null, recording, recordings);
                if (rows > 0) {
                    problems.note(table.name(), 0, rows + (rows == 1 ? " row" : " rows") + " of " + table.what()
                            + ": not imported");
                }
            }
        }
        for (Column column : COLUMNS) {
            if (db.has(column.table(), column.column())) {
                long rows = count(db, column.table(), column.column(), recording, recordings);
                if (rows > 0) {
                    problems.note(column.table(), 0, column.column() + " (" + column.what() + ") in " + rows
                            + (rows == 1 ? " row" : " rows") + ": not imported");
                }
            }
        }
    }

    private static long count(RecordingDatabase db, String table, String column, RecordingRow recording,
                              int recordings) throws SQLException {
        RecordingLink link = RecordingLink.of(db, table, recordings);
        if (!link.usable()) {
            return 0;
        }
        String sql = "SELECT COUNT(*) FROM " + RecordingDatabase.quoted(table) + " t WHERE " + link.condition("t")
                + (column == null ? "" : " AND t." + RecordingDatabase.quoted(column) + " IS NOT NULL"
                + " AND t." + RecordingDatabase.quoted(column) + " NOT IN ('', 'null', '{}', '[]')");
        try (PreparedStatement statement = db.connection().prepareStatement(sql)) {
            link.bind(statement, 1, recording);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
