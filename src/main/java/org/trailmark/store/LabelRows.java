package org.trailmark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.trailmark.model.Label;

/** The workspace's label set, in display order. Call with the workspace lock held. */
final class LabelRows {
    private LabelRows() {
    }

    static List<Label> all(Connection c) throws SQLException {
        List<Label> labels = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name, colour, hotkey FROM labels ORDER BY position")) {
            while (rs.next()) {
                try {
                    labels.add(new Label(rs.getString(1), rs.getString(2), rs.getInt(3)));
                } catch (RuntimeException e) {
                    throw new DamagedDataException("label row does not parse", e);
                }
            }
        }
        return labels;
    }

    static void replaceAll(Connection c, List<Label> labels) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM labels");
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO labels (position, name, colour, hotkey) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < labels.size(); i++) {
                Label label = labels.get(i);
                ps.setInt(1, i);
                ps.setString(2, label.name());
                ps.setString(3, label.colour());
                ps.setInt(4, label.hotkey());
                ps.executeUpdate();
            }
        }
    }

    /** Two labels with one name, or one hotkey picking two labels, would make the set ambiguous. */
    static void requireUnambiguous(List<Label> labels) {
        Set<String> names = new HashSet<>();
        Set<Integer> hotkeys = new HashSet<>();
        for (Label label : labels) {
            if (!names.add(label.name())) {
                throw new IllegalArgumentException("two labels are named '" + label.name() + "'");
            }
            if (label.hasHotkey() && !hotkeys.add(label.hotkey())) {
                throw new IllegalArgumentException("hotkey " + label.hotkey() + " is given to two labels");
            }
        }
    }
}
