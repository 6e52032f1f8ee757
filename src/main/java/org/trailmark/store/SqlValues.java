package org.trailmark.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** Nullable column values, which JDBC makes awkward. */
final class SqlValues {
    private SqlValues() {
    }

    static void setText(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    static void setReal(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.REAL);
        } else {
            ps.setDouble(index, value);
        }
    }

    static Double getReal(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    /** The id the connection's last INSERT generated (SQLite's rowid; PostgreSQL's identity sequence). */
    static long lastInsertId(java.sql.Connection c) throws SQLException {
        // The driver keeps its URL; asking costs nothing, unlike a failed statement in a PostgreSQL transaction.
        String query = c.getMetaData().getURL().startsWith("jdbc:sqlite:")
                ? "SELECT last_insert_rowid()" : "SELECT lastval()";
        try (java.sql.Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
