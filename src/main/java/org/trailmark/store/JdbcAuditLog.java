package org.trailmark.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

final class JdbcAuditLog implements AuditLog {
    private final Database db;

    JdbcAuditLog(Database db) {
        this.db = db;
    }

    @Override
    public void append(String actor, String action, String sessionId, String detail) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Instant at = Database.now();
        db.locked("write the audit log", () -> {
            db.audit(at, actor, action, sessionId, detail);
            return null;
        });
    }

    @Override
    public List<AuditEntry> entries(String sessionId) {
        String sql = "SELECT id, at, actor, action, session_id, detail FROM audit"
                + (sessionId == null ? "" : " WHERE session_id = ?") + " ORDER BY id";
        return db.locked("read the audit log", () -> {
            try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
                if (sessionId != null) {
                    ps.setString(1, sessionId);
                }
                List<AuditEntry> entries = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new AuditEntry(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6)));
                    }
                }
                return entries;
            }
        });
    }
}
