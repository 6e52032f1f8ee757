package org.trailmark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Retention rules and legal holds as the record of processing reads them, from the tables schema step 11
 * adds ({@code retention_rules}, {@code legal_holds}). A workspace made before that step has neither
 * table: this class asks the database whether each exists and reads "nothing recorded" then, so the
 * record can be made from any workspace.
 */
public final class RetentionTables {
    static final String RULES = "retention_rules";
    static final String HOLDS = "legal_holds";

    private RetentionTables() {
    }

    /** One purpose's rule: sessions erased {@code days} after capture, kept longer while a dataset cites them if set. */
    public record Rule(String purpose, int days, boolean keepWhileCited, String setBy, Instant setAt) {
    }

    /** A hold still in force (not released): on one session, or on every session of one subject. */
    public record Hold(long id, String sessionId, String subjectId, String reason, String placedBy, Instant placedAt) {
    }

    /**
     * What the workspace records.
     *
     * @param rulesRecorded false when the workspace has no retention table at all
     * @param holdsRecorded false when the workspace has no legal-hold table at all
     */
    public record Retention(boolean rulesRecorded, List<Rule> rules, boolean holdsRecorded, List<Hold> openHolds) {
        public static final Retention NOTHING = new Retention(false, List.of(), false, List.of());

        public Retention {
            rules = List.copyOf(rules);
            openHolds = List.copyOf(openHolds);
        }

        public Optional<Rule> ruleFor(String purpose) {
            return rules.stream().filter(r -> r.purpose().equals(purpose)).findFirst();
        }
    }

    public static Retention read(Workspace workspace) {
        Database db = workspace.database();
        return db.read("read retention rules and legal holds", () -> {
            Connection c = db.connection();
            boolean rules = exists(c, db.dialect(), RULES);
            boolean holds = exists(c, db.dialect(), HOLDS);
            return new Retention(rules, rules ? rules(c) : List.of(), holds, holds ? openHolds(c) : List.of());
        });
    }

    static boolean exists(Connection c, SqlDialect dialect, String table) throws SQLException {
        String sql = dialect == SqlDialect.POSTGRESQL
                ? "SELECT to_regclass(CAST(? AS text)) IS NOT NULL"
                : "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static List<Rule> rules(Connection c) throws SQLException {
        List<Rule> rules = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT purpose, days, keep_while_cited, set_by, set_at"
                + " FROM retention_rules ORDER BY purpose"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rules.add(new Rule(rs.getString(1), rs.getInt(2), rs.getInt(3) != 0, rs.getString(4),
                        time(rs.getString(5))));
            }
        }
        return rules;
    }

    private static Instant time(String text) {
        try {
            return Instant.parse(text);
        } catch (RuntimeException e) {
            throw new DamagedDataException("a retention rule or legal hold has no readable time", e);
        }
    }

    private static List<Hold> openHolds(Connection c) throws SQLException {
        List<Hold> holds = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, session_id, subject_id, reason, placed_by, placed_at"
                + " FROM legal_holds WHERE released_at IS NULL ORDER BY id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                holds.add(new Hold(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        time(rs.getString(6))));
            }
        }
        return holds;
    }
}
