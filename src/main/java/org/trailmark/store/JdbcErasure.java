package org.trailmark.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

final class JdbcErasure implements ErasureRepository {
    private final Database db;
    private final Housekeeping housekeeping;
    private final SessionRepository sessions;
    private final AuditLog audit;
    private final JdbcMedia media;
    private final Runnable beforeErasure;

    JdbcErasure(Database db, Housekeeping housekeeping, SessionRepository sessions, AuditLog audit, JdbcMedia media,
                Runnable beforeErasure) {
        this.beforeErasure = beforeErasure;
        this.db = db;
        this.housekeeping = housekeeping;
        this.sessions = sessions;
        this.audit = audit;
        this.media = media;
    }

    @Override
    public ErasureResult erase(Collection<String> sessionIds, String actor) {
        Objects.requireNonNull(sessionIds, "sessionIds");
        Objects.requireNonNull(actor, "actor");
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(sessionIds));
        if (ids.isEmpty() || ids.contains(null)) {
            throw new IllegalArgumentException("name at least one session to erase, and no null ids");
        }
        if (db.isReadOnly()) {
            throw new WorkspaceException("cannot erase sessions from workspace " + db.where() + ": it is read-only");
        }
        beforeErasure.run();
        Instant now = Database.now();
        return db.locked("erase sessions", () -> {
            for (String id : ids) {
                if (!db.sessionExists(id)) {
                    throw db.noSession(id);
                }
            }
            // Read before the tombstones are written; the export entries outlive the erasure anyway.
            List<DatasetExports.DatasetExport> earlier = DatasetExports.containing(audit, ids);
            Map<String, List<String>> idsBySubject = new TreeMap<>();
            for (String id : ids) {
                idsBySubject.computeIfAbsent(sessions.find(id).orElseThrow(() -> db.noSession(id)).subject(),
                        s -> new ArrayList<>()).add(id);
            }
            long before = housekeeping.storedBytes(db.connection());
            SessionErasure.Removed removed;
            boolean wasSecure = housekeeping.secureDelete(db.connection(), true);
            try {
                removed = db.inTransaction(() -> {
                    // Inside the write transaction: a hold placed by another program meanwhile is seen.
                    for (String id : ids) {
                        List<LegalHold> holds = HoldRows.openOn(db.connection(), id);
                        if (!holds.isEmpty()) {
                            throw new SessionHeldException(id, holds);
                        }
                    }
                    SessionErasure.Removed total = SessionErasure.Removed.NONE;
                    for (String id : ids) {
                        SessionErasure.Removed one = SessionErasure.remove(db.connection(), id);
                        db.audit(now, actor, ErasureResult.AUDIT_ACTION, id, one.tombstone());
                        total = total.plus(one);
                    }
                    // The tombstones no longer lead back to the person; this note lets them (and a
                    // curator) still find which of their sessions were erased and which datasets held them.
                    for (Map.Entry<String, List<String>> e : idsBySubject.entrySet()) {
                        db.audit(now, actor, ErasureResult.SUBJECT_AUDIT_ACTION, null,
                                ErasureResult.subjectNote(e.getKey(), e.getValue()));
                    }
                    return total;
                });
            } finally {
                housekeeping.secureDelete(db.connection(), wasSecure);
            }
            try {
                // the pictures go too: files no remaining session cites are overwritten and deleted
                media.removeUnreferencedLocked();
            } catch (WorkspaceException e) {
                throw new WorkspaceException("sessions " + String.join(", ", ids) + " were erased, but " + e.getMessage()
                        + "; run `trailmark erase --wipe-free-space` to finish");
            }
            if (!housekeeping.wipeFreedPages(db.connection())) {
                throw new WorkspaceException("sessions " + String.join(", ", ids) + " were erased, but another"
                        + " program using workspace " + db.where() + " kept their old bytes from being wiped;"
                        + " close it and run `trailmark erase --wipe-free-space` to finish");
            }
            return new ErasureResult(ids, removed.events(), removed.tasks(), removed.flags(), earlier, before,
                    housekeeping.storedBytes(db.connection()));
        });
    }

    @Override
    public void wipeFreeSpace() {
        if (db.isReadOnly()) {
            throw new WorkspaceException("cannot wipe workspace " + db.where() + ": it is read-only");
        }
        db.locked("wipe free space", () -> {
            media.removeUnreferencedLocked();
            if (!housekeeping.wipeFreedPages(db.connection())) {
                throw new WorkspaceException("another program using workspace " + db.where()
                        + " kept its free space from being wiped; close it and try again");
            }
            return null;
        });
    }
}
