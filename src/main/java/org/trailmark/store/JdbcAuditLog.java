package org.trailmark.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
    public Optional<AuditEntry> lastReviewChange(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        // Wire names are fixed constants, so inlining them is safe.
        String actions = AuditActions.REVIEW_CHANGES.stream().map(a -> "'" + a + "'").collect(Collectors.joining(", "));
        // two queries, each on the audit_by_session index, rather than one OR that reads the whole log
        String ofSession = "SELECT id, at, actor, action, session_id, detail FROM audit WHERE session_id = ?"
                + " AND action IN (" + actions + ") ORDER BY id DESC LIMIT 1";
        String ofLabelSet = "SELECT id, at, actor, action, session_id, detail FROM audit WHERE session_id IS NULL"
                + " AND action = '" + AuditActions.EDIT + "' ORDER BY id DESC LIMIT 1";
        return db.locked("check the session for changes", () -> {
            Optional<AuditEntry> session = latest(ofSession, sessionId);
            Optional<AuditEntry> labels = latest(ofLabelSet, null);
            return Stream.of(session, labels).flatMap(Optional::stream).max(Comparator.comparingLong(AuditEntry::id));
        });
    }

    private Optional<AuditEntry> latest(String sql, String sessionId) throws java.sql.SQLException {
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            if (sessionId != null) {
                ps.setString(1, sessionId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static AuditEntry read(ResultSet rs) throws java.sql.SQLException {
        return new AuditEntry(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6));
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
                        entries.add(read(rs));
                    }
                }
                return entries;
            }
        });
    }
}
