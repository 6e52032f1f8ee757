package org.trailmark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FlagSource;
import org.trailmark.model.FlagStatus;
import org.trailmark.model.ScreenRegion;

/**
 * The {@code flags} table. As with tasks, each row belongs to the gold set ({@link Versions#GOLD}:
 * detector findings, private marks and adjudicated flags) or one labeler's version (schema step 10).
 * Call with the workspace lock held.
 */
final class FlagRows extends VersionedRows<Flag> {
    static final FlagRows TABLE = new FlagRows();
    /** The gold set's flags, as edits replace them. */
    static final RowReplacement.Table<Flag> GOLD = TABLE.version(Versions.GOLD);

    /**
     * Schema step 7: the screen area of a region flag, in screen pixels. All four are null for a flag
     * over its whole span; a row with some but not all set does not parse (it is reported as damaged).
     * Columns already there are left alone, so the step can run again on a file whose recorded
     * version was set back.
     */
    static void addRegionColumns(Connection c) throws SQLException {
        Set<String> present = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(flags)")) {
            while (rs.next()) {
                present.add(rs.getString("name"));
            }
        }
        try (Statement s = c.createStatement()) {
            for (String column : List.of("region_x", "region_y", "region_width", "region_height")) {
                if (!present.contains(column)) {
                    boolean size = column.equals("region_width") || column.equals("region_height");
                    s.execute("ALTER TABLE flags ADD COLUMN " + column + " INTEGER"
                            + (size ? " CHECK (" + column + " IS NULL OR " + column + " > 0)" : ""));
                }
            }
        }
    }

    private FlagRows() {
        super("flags", "flag", List.of("session_id", "start_ms", "end_ms", "category", "reason", "source", "detector",
                "confidence", "status", "region_x", "region_y", "region_width", "region_height"));
    }

    @Override
    long id(Flag row) {
        return row.id();
    }

    @Override
    String sessionId(Flag row) {
        return row.sessionId();
    }

    @Override
    Flag withId(Flag row, long id) {
        return row.withId(id);
    }

    @Override
    String describeNew(Flag row) {
        return row.startMs() + "-" + row.endMs() + " ms, " + describe(row);
    }

    /**
     * What differs, for the audit log. Category and status are named with their values (they are
     * labels, not content); span and reason only by field name.
     */
    @Override
    List<String> changedFields(Flag before, Flag after) {
        List<String> fields = new ArrayList<>();
        if (before.startMs() != after.startMs()) {
            fields.add("start_ms");
        }
        if (before.endMs() != after.endMs()) {
            fields.add("end_ms");
        }
        if (before.category() != after.category()) {
            fields.add("category " + before.category().wireName() + "->" + after.category().wireName());
        }
        if (!Objects.equals(before.reason(), after.reason())) {
            fields.add("reason");
        }
        if (before.source() != after.source() || !Objects.equals(before.detector(), after.detector())
                || !Objects.equals(before.confidence(), after.confidence())) {
            fields.add("source");
        }
        if (before.status() != after.status()) {
            fields.add("status " + before.status().wireName() + "->" + after.status().wireName());
        }
        if (!Objects.equals(before.region(), after.region())) {
            // Where on the screen is geometry, not content: the audit may name it.
            fields.add("region " + regionText(before.region()) + "->" + regionText(after.region()));
        }
        return fields;
    }

    static String describe(Flag flag) {
        return flag.category().wireName() + ", " + flag.source().wireName() + ", " + flag.status().wireName()
                + (flag.isRegion() ? ", region " + flag.region() : "");
    }

    private static String regionText(ScreenRegion region) {
        return region == null ? "none" : region.toString();
    }

    @Override
    void bindFields(PreparedStatement ps, int first, Flag flag) throws SQLException {
        int i = first;
        ps.setString(i++, flag.sessionId());
        ps.setInt(i++, flag.startMs());
        ps.setInt(i++, flag.endMs());
        ps.setString(i++, flag.category().wireName());
        SqlValues.setText(ps, i++, flag.reason());
        ps.setString(i++, flag.source().wireName());
        SqlValues.setText(ps, i++, flag.detector());
        SqlValues.setReal(ps, i++, flag.confidence());
        ps.setString(i++, flag.status().wireName());
        ScreenRegion region = flag.region();
        for (Integer value : region == null ? new Integer[4]
                : new Integer[] {region.x(), region.y(), region.width(), region.height()}) {
            if (value == null) {
                ps.setNull(i++, Types.INTEGER);
            } else {
                ps.setInt(i++, value);
            }
        }
    }

    private static ScreenRegion region(ResultSet rs) throws SQLException {
        int x = rs.getInt("region_x");
        if (rs.wasNull()) {
            return null;
        }
        return new ScreenRegion(x, rs.getInt("region_y"), rs.getInt("region_width"), rs.getInt("region_height"));
    }

    @Override
    Flag read(ResultSet rs) throws SQLException {
        return new Flag(rs.getLong("id"), rs.getString("session_id"), rs.getInt("start_ms"), rs.getInt("end_ms"),
                FlagCategory.ofWireName(rs.getString("category")).orElseThrow(), rs.getString("reason"),
                FlagSource.ofWireName(rs.getString("source")).orElseThrow(), rs.getString("detector"),
                SqlValues.getReal(rs, "confidence"), FlagStatus.ofWireName(rs.getString("status")).orElseThrow(),
                region(rs));
    }
}
