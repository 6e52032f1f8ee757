package org.trailmark.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.trailmark.model.ContextKind;
import org.trailmark.model.ContextSpan;
import org.trailmark.model.SubjectIds;

final class JdbcContext implements ContextRepository {
    private final Database db;

    JdbcContext(Database db) {
        this.db = db;
    }

    @Override
    public List<ContextSpan> ofSession(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return db.locked("read context", () -> {
            try {
                return ContextRows.of(db.connection(), sessionId);
            } catch (DamagedDataException e) {
                throw db.damaged(sessionId, e);
            }
        });
    }

    @Override
    public Map<ContextKind, Integer> add(String sessionId, List<ContextSpan> spans, String sourceName, String actor) {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(spans, "spans");
        Objects.requireNonNull(actor, "actor");
        Instant now = Database.now();
        return db.write("import context", () -> {
            if (!db.sessionExists(sessionId)) {
                throw db.noSession(sessionId);
            }
            Map<ContextKind, Integer> added = ContextRows.insert(db.connection(), sessionId, spans);
            int total = added.values().stream().mapToInt(Integer::intValue).sum();
            if (total > 0) {
                db.audit(now, actor, AuditActions.IMPORT_CONTEXT, sessionId, "file=" + sourceName + " "
                        + Arrays.stream(ContextKind.values()).map(k -> k.key() + "=" + added.getOrDefault(k, 0))
                        .collect(Collectors.joining(" ")));
            }
            return added;
        });
    }

    @Override
    public Map<String, String> captureHosts() {
        return db.locked("read capture hosts", () -> ContextRows.captureHosts(db.connection()));
    }

    @Override
    public Optional<String> captureHost(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return db.locked("read capture hosts", () -> ContextRows.captureHost(db.connection(), sessionId));
    }

    @Override
    public void rememberCaptureHost(String sessionId, String hostPseudonym) {
        Objects.requireNonNull(sessionId, "sessionId");
        if (!SubjectIds.isHostPseudonym(hostPseudonym)) {
            throw new IllegalArgumentException("not a host pseudonym");
        }
        db.locked("record capture host", () -> {
            if (db.sessionExists(sessionId)) {
                ContextRows.rememberHost(db.connection(), sessionId, hostPseudonym);
            }
            return null;
        });
    }
}
