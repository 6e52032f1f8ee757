package org.trailmark.store;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentRecord;
import org.trailmark.model.ConsentReference;
import org.trailmark.model.ConsentState;
import org.trailmark.model.ConsentStatus;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SubjectIds;

final class JdbcConsent implements ConsentRepository {
    private final Database db;

    JdbcConsent(Database db) {
        this.db = db;
    }

    @Override
    public List<ConsentRecord> records(String subject) {
        Objects.requireNonNull(subject, "subject");
        return db.read("read consent records", () -> ConsentRows.ofSubject(db.connection(), subject));
    }

    @Override
    public ConsentRecord grant(String subject, ConsentPurpose purpose, String policyId, String policyVersion,
                                      String recordedBy, String source) {
        Objects.requireNonNull(subject, "subject");
        if (SubjectIds.isUnassigned(subject)) {
            // Nobody can consent on behalf of a person nobody has named yet.
            throw new IllegalArgumentException(ConsentRepository.UNASSIGNED_CONSENT);
        }
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Instant now = Database.now();
        return db.write("record consent", () -> {
            List<ConsentRecord> records = readConsents(subject);
            ConsentState state = ConsentState.of(subject, purpose, records);
            if (state.permits() && Objects.equals(state.deciding().policyId(), policyId)
                    && Objects.equals(state.deciding().policyVersion(), policyVersion)) {
                return state.deciding();
            }
            // A grant and a withdrawal at the same instant count as withdrawn; a grant made after
            // a withdrawal within the same millisecond must still be the later one.
            Instant grantedAt = now;
            if (state.status() == ConsentStatus.WITHDRAWN && !grantedAt.isAfter(state.deciding().lastChange())) {
                grantedAt = state.deciding().lastChange().plusMillis(1);
            }
            ConsentRecord stored = ConsentRows.insert(db.connection(), new ConsentRecord(0, subject, purpose, policyId,
                    policyVersion, grantedAt, null, recordedBy, source), now);
            auditConsent(now, recordedBy, "grant", stored, "");
            ConsentReceipts.issue(db.connection(), stored, ConsentReceipt.GRANT, source, now);
            return stored;
        });
    }

    @Override
    public List<ConsentRecord> withdraw(String subject, ConsentPurpose purpose, String recordedBy,
                                               String source) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Instant now = Database.now();
        return db.write("withdraw consent", () -> {
            List<ConsentRecord> changed = new ArrayList<>();
            for (ConsentRecord r : readConsents(subject)) {
                if (r.purpose() == purpose && !r.isWithdrawn()) {
                    // Never before the grant, even when the clock stepped back.
                    Instant at = now.isBefore(r.grantedAt()) ? r.grantedAt() : now;
                    ConsentRows.markWithdrawn(db.connection(), r.id(), at);
                    ConsentRecord withdrawn = r.withdrawn(at);
                    auditConsent(now, recordedBy, "withdraw", withdrawn, "");
                    ConsentReceipts.issue(db.connection(), withdrawn, ConsentReceipt.WITHDRAW, source, now);
                    changed.add(withdrawn);
                }
            }
            if (changed.isEmpty() && ConsentState.of(subject, purpose, readConsents(subject)).status()
                    != ConsentStatus.WITHDRAWN) {
                ConsentRecord stored = ConsentRows.insert(db.connection(), new ConsentRecord(0, subject, purpose, null,
                        null, null, now, recordedBy, source), now);
                auditConsent(now, recordedBy, "withdraw", stored, "");
                ConsentReceipts.issue(db.connection(), stored, ConsentReceipt.WITHDRAW, source, now);
                changed.add(stored);
            }
            return changed;
        });
    }

    /**
     * The capture header's consent becomes one record per purpose it lists (purposes Trailmark
     * does not know are left to the header), unless the same grant is already recorded, withdrawn
     * or not. Call inside the import's transaction.
     */
    void recordHeaderConsent(SessionInfo info, Instant now) throws SQLException {
        ConsentReference header = info.consent();
        // A grant in the header of a capture that names nobody is nobody's grant.
        if (header == null || SubjectIds.isUnassigned(info.subject())) {
            return;
        }
        // A header without a time was granted by the time the capture started, at the latest.
        Instant grantedAt = (header.grantedAt() != null ? header.grantedAt() : info.start()).toInstant()
                .truncatedTo(ChronoUnit.MILLIS);
        List<ConsentRecord> existing = readConsents(info.subject());
        for (String listed : header.purposes()) {
            Optional<ConsentPurpose> purpose = ConsentPurpose.ofWireName(listed);
            if (purpose.isEmpty()) {
                continue;
            }
            // A grant the subject has since withdrawn is stored as withdrawn then, so that every
            // record reads right on its own, not only the deciding one.
            Instant endedBy = existing.stream()
                    .filter(r -> r.purpose() == purpose.get() && r.isWithdrawn()
                            && !r.withdrawnAt().isBefore(grantedAt))
                    .map(ConsentRecord::withdrawnAt).max(Instant::compareTo).orElse(null);
            ConsentRecord wanted = new ConsentRecord(0, info.subject(), purpose.get(), header.policyId(),
                    header.policyVersion(), grantedAt, endedBy, "import", ConsentRecord.HEADER);
            if (existing.stream().noneMatch(r -> ConsentRows.sameGrant(r, wanted))) {
                ConsentRecord stored = ConsentRows.insert(db.connection(), wanted, now);
                existing.add(stored);
                auditConsent(now, "import", "grant", stored, " from the header of session " + info.id());
                ConsentReceipts.issue(db.connection(), stored, ConsentReceipt.GRANT, ConsentRecord.HEADER, now);
            }
        }
    }

    @Override
    public List<ConsentReceipt> receipts(String subject) {
        Objects.requireNonNull(subject, "subject");
        return db.read("read consent receipts", () -> ConsentReceipts.ofSubject(db.connection(), subject));
    }

    @Override
    public ConsentController controller() {
        return db.read("read the consent controller", () -> ConsentReceipts.controller(db.connection()));
    }

    private List<ConsentRecord> readConsents(String subject) throws SQLException {
        try {
            return new ArrayList<>(ConsentRows.ofSubject(db.connection(), subject));
        } catch (DamagedDataException e) {
            throw new WorkspaceException("workspace " + db.where() + " is damaged (consent records)", e);
        }
    }

    /** Ids, purpose and source only: the subject id is pseudonymous and the policy names no content. */
    private void auditConsent(Instant at, String actor, String what, ConsentRecord r, String origin)
            throws SQLException {
        // Filed under no session: consent belongs to the subject, and a session's own entries stay
        // what was done to that session.
        db.audit(at, actor, "consent", null, what + " " + r.purpose().wireName() + " subject=" + r.subject()
                + " record=" + r.id() + " source=" + r.source()
                + (r.policyText() == null ? "" : " policy=" + r.policyText()) + origin);
    }
}
