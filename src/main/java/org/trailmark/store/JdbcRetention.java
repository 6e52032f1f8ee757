package org.trailmark.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

final class JdbcRetention implements RetentionRepository {
    private final Database db;

    JdbcRetention(Database db) {
        this.db = db;
    }

    @Override
    public List<RetentionRule> rules() {
        return db.read("read retention rules", () -> {
            List<RetentionRule> rules = new ArrayList<>();
            try (PreparedStatement ps = db.connection().prepareStatement("SELECT purpose, days, keep_while_cited,"
                    + " set_by, set_at FROM retention_rules ORDER BY purpose");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rules.add(new RetentionRule(rs.getString(1), rs.getInt(2), rs.getInt(3) == 1, rs.getString(4),
                            Instant.parse(rs.getString(5))));
                }
            }
            return rules;
        });
    }

    @Override
    public RetentionRule set(String purpose, int days, boolean keepWhileCited, String actor) {
        Objects.requireNonNull(actor, "actor");
        RetentionRule rule = new RetentionRule(purpose, days, keepWhileCited, actor, Database.now());
        requireWritable("set a retention rule");
        return db.write("set a retention rule", () -> {
            MemberRole.require(db, Set.of(MemberRole.ADMIN), "set retention rules");
            try (PreparedStatement ps = db.connection().prepareStatement("INSERT INTO retention_rules (purpose, days,"
                    + " keep_while_cited, set_by, set_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (purpose) DO UPDATE SET"
                    + " days = excluded.days, keep_while_cited = excluded.keep_while_cited, set_by = excluded.set_by,"
                    + " set_at = excluded.set_at")) {
                ps.setString(1, rule.purpose());
                ps.setInt(2, rule.days());
                ps.setInt(3, rule.keepWhileCited() ? 1 : 0);
                ps.setString(4, rule.setBy());
                ps.setString(5, rule.setAt().toString());
                ps.executeUpdate();
            }
            db.audit(rule.setAt(), actor, AuditActions.RETENTION_SET, null, "retention purpose=" + rule.purpose()
                    + " days=" + rule.days() + " keep_while_cited=" + rule.keepWhileCited());
            return rule;
        });
    }

    @Override
    public boolean clear(String purpose, String actor) {
        Objects.requireNonNull(actor, "actor");
        RetentionRule.requirePurpose(purpose);
        requireWritable("clear a retention rule");
        Instant now = Database.now();
        return db.write("clear a retention rule", () -> {
            MemberRole.require(db, Set.of(MemberRole.ADMIN), "clear retention rules");
            int removed;
            try (PreparedStatement ps = db.connection().prepareStatement(
                    "DELETE FROM retention_rules WHERE purpose = ?")) {
                ps.setString(1, purpose);
                removed = ps.executeUpdate();
            }
            if (removed > 0) {
                db.audit(now, actor, AuditActions.RETENTION_CLEARED, null, "retention purpose=" + purpose + " cleared");
            }
            return removed > 0;
        });
    }

    @Override
    public boolean mayChange() {
        return !db.isReadOnly() && db.read("read your role", () -> MemberRole.of(db)).equals(MemberRole.ADMIN);
    }

    private void requireWritable(String doing) {
        if (db.isReadOnly()) {
            throw new WorkspaceException("cannot " + doing + " in workspace " + db.where() + ": it is read-only");
        }
    }
}
