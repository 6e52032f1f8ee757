package org.trailmark.governance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.trailmark.model.ConsentRecord;
import org.trailmark.model.ConsentStatus;
import org.trailmark.store.AuditActions;
import org.trailmark.store.DatasetExports;
import org.trailmark.store.LegalHold;
import org.trailmark.store.SessionHeldException;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Workspace;
import org.trailmark.store.WorkspaceException;

/**
 * Retention for a whole workspace: each session's expiry, what is due, what expires soon, and erasing
 * what expired through the workspace's one erasure (vacuumed, audited, tombstones), one session per
 * transaction so that an interrupted run leaves whole sessions and a second run finishes the rest.
 */
public final class RetentionService {
    /** How far ahead the studio and {@code retention show} warn. */
    public static final Duration WARNING = Duration.ofDays(7);

    private final Workspace workspace;

    public RetentionService(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    public RetentionPolicy policy() {
        return new RetentionPolicy(workspace.retention().rules());
    }

    /** Every session's standing, in the workspace's session order. */
    public List<SessionExpiry> expiries() {
        return expiriesOf(workspace.sessions().all());
    }

    /** The standing of the given sessions (e.g. one subject's). */
    public List<SessionExpiry> expiriesOf(List<SessionSummary> sessions) {
        RetentionPolicy policy = policy();
        List<LegalHold> open = workspace.holds().open();
        Set<String> cited = DatasetExports.containing(workspace.audit().entries(null),
                sessions.stream().map(SessionSummary::id).toList()).stream()
                .map(DatasetExports.DatasetExport::sessionId).collect(Collectors.toSet());
        Map<String, List<ConsentRecord>> consentBySubject = new HashMap<>();
        List<SessionExpiry> result = new ArrayList<>(sessions.size());
        for (SessionSummary s : sessions) {
            List<ConsentRecord> consent = consentBySubject.computeIfAbsent(s.subject(),
                    subject -> workspace.consent().records(subject));
            Instant captured = s.info().start().toInstant();
            boolean isCited = cited.contains(s.id());
            RetentionPolicy.Decision d = policy.decide(captured, purposes(s, consent), isCited,
                    s.trainingConsent() == ConsentStatus.GRANTED);
            result.add(new SessionExpiry(s.id(), s.subject(), captured, d.expiresAt(), d.purpose(), isCited,
                    d.keptWhileCited(), holdsOn(s, open)));
        }
        return result;
    }

    /** Sessions retention erases at {@code now}: period ended, not held, not kept by a citation. */
    public List<SessionExpiry> due(Instant now) {
        return expiries().stream().filter(e -> e.isDue(now)).toList();
    }

    /** Sessions that will be erased within {@code ahead} unless something changes. */
    public List<SessionExpiry> warnSoon(Instant now, Duration ahead) {
        return expiries().stream().filter(e -> e.expiresWithin(now, ahead)).toList();
    }

    /**
     * Lists what expired at {@code now} and, unless {@code dryRun}, erases it one session at a time.
     * Held sessions and sessions kept by a citation are skipped, saying why.
     *
     * @throws WorkspaceException when (not a dry run) whoever runs it may not erase by policy (not an admin)
     */
    public RetentionRun apply(Instant now, boolean dryRun, String actor) {
        Objects.requireNonNull(actor, "actor");
        List<SessionExpiry> due = new ArrayList<>();
        List<RetentionRun.Skipped> skipped = new ArrayList<>();
        for (SessionExpiry e : expiries()) {
            if (!e.periodEnded(now)) {
                continue;
            }
            if (e.isHeld()) {
                skipped.add(new RetentionRun.Skipped(e, heldWords(e.holds())));
            } else if (e.keptWhileCited()) {
                skipped.add(new RetentionRun.Skipped(e, "kept: a dataset export cites it and training consent stands"));
            } else {
                due.add(e);
            }
        }
        if (dryRun) {
            return new RetentionRun(true, due, skipped, List.of());
        }
        if (!due.isEmpty() && !workspace.retention().mayChange()) {
            throw new WorkspaceException("only an admin may erase expired sessions in workspace " + workspace.where()
                    + "; run with --dry-run to see what has expired");
        }
        List<SessionExpiry> erased = new ArrayList<>();
        List<RetentionRun.Failed> failed = new ArrayList<>();
        for (SessionExpiry e : due) {
            try {
                workspace.erasure().erase(List.of(e.sessionId()), actor);
            } catch (SessionHeldException held) {
                // placed after the list was read: the erasure saw it inside its transaction
                skipped.add(new RetentionRun.Skipped(e, "held by legal hold " + held.holdId()));
                continue;
            } catch (WorkspaceException ex) {
                failed.add(new RetentionRun.Failed(e, ex.getMessage()));
                continue;
            }
            workspace.audit().append(actor, AuditActions.RETENTION_APPLIED, e.sessionId(),
                    "expired under retention purpose=" + e.purpose() + " expired_at=" + e.expiresAt());
            erased.add(e);
        }
        return new RetentionRun(false, erased, skipped, failed);
    }

    /** "held by legal hold 3" or "held by legal holds 3, 7": ids only, never a reason. */
    static String heldWords(List<LegalHold> holds) {
        return "held by legal hold" + (holds.size() > 1 ? "s " : " ")
                + holds.stream().map(h -> Long.toString(h.id())).collect(Collectors.joining(", "));
    }

    /**
     * The purposes a session's consent names: its capture header's and those its subject has consent
     * records for. A withdrawal does not take a purpose away (the session would then never expire); it ends
     * a keeping while cited, which needs training consent to stand.
     */
    static Set<String> purposes(SessionSummary s, Collection<ConsentRecord> consent) {
        Set<String> purposes = new TreeSet<>();
        if (s.info().consent() != null) {
            purposes.addAll(s.info().consent().purposes());
        }
        consent.forEach(r -> purposes.add(r.purpose().wireName()));
        return purposes;
    }

    private static List<LegalHold> holdsOn(SessionSummary s, List<LegalHold> open) {
        return open.stream().filter(h -> s.id().equals(h.sessionId()) || s.subject().equals(h.subjectId())).toList();
    }
}
