package org.trailmark.io.openadapt;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * How the rows of a table name their recording. Newer OpenAdapt versions write
 * {@code recording_id}; older ones only {@code recording_timestamp} (a foreign key to
 * {@code recording.timestamp}); a row with an empty {@code recording_id} falls back to its
 * timestamp. A table with neither column can only belong to a database's single recording.
 */
final class RecordingLink {
    private final boolean byId;
    private final boolean byTimestamp;
    private final boolean onlyRecording;

    private RecordingLink(boolean byId, boolean byTimestamp, boolean onlyRecording) {
        this.byId = byId;
        this.byTimestamp = byTimestamp;
        this.onlyRecording = onlyRecording;
    }

    /** @param recordings how many recordings the database holds */
    static RecordingLink of(RecordingDatabase db, String table, int recordings) {
        return new RecordingLink(db.has(table, "recording_id"), db.has(table, "recording_timestamp"), recordings == 1);
    }

    /** Whether rows of the table can be told to belong to a recording at all. */
    boolean usable() {
        return byId || byTimestamp || onlyRecording;
    }

    /** The SQL condition on {@code alias}'s rows, with its parameters bound by {@link #bind}. */
    String condition(String alias) {
        if (byId && byTimestamp) {
            return "(" + alias + ".recording_id = ? OR (" + alias + ".recording_id IS NULL AND "
                    + alias + ".recording_timestamp = ?))";
        }
        if (byId) {
            return alias + ".recording_id = ?";
        }
        if (byTimestamp) {
            return alias + ".recording_timestamp = ?";
        }
        return onlyRecording ? "1" : "0";
    }

    /** Binds the condition's parameters from {@code index}; returns the next free index. */
    int bind(PreparedStatement statement, int index, RecordingRow recording) throws SQLException {
        int i = index;
        if (byId) {
            statement.setLong(i++, recording.id());
        }
        if (byTimestamp) {
            Object ts = recording.rawTimestamp();
            if (ts == null) {
                statement.setNull(i++, java.sql.Types.NULL);
            } else {
                statement.setObject(i++, ts);
            }
        }
        return i;
    }
}
