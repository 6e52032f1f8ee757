package org.trailmark.subject;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.trailmark.model.AccessAction;
import org.trailmark.model.AccessPurpose;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentRecord;
import org.trailmark.model.ConsentState;
import org.trailmark.model.Flag;
import org.trailmark.model.ScreenRegion;
import org.trailmark.model.SessionAccess;
import org.trailmark.store.AuditActions;
import org.trailmark.store.AuditEntry;
import org.trailmark.store.ConsentReceipt;
import org.trailmark.store.DatasetExports;
import org.trailmark.store.ErasureResult;
import org.trailmark.store.LegalHold;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Workspace;

/**
 * What a recorded person (data subject) can see and do with their own data: an overview in plain
 * words, private marks, withdrawal of training consent, erasure and a portable copy.
 *
 * <p>Every method works on this subject's sessions only; a session id of anyone else is refused
 * with an {@link IllegalArgumentException} before anything is read, so no screen or command built
 * on this service can reach another person's data. Every change is made as the subject (the audit
 * log names them as actor) and audited without content.
 */
public final class SubjectService {
    /** Audit action of an archive download (private marks are audited as flag edits). */
    public static final String AUDIT_ARCHIVE = AuditActions.SUBJECT_ARCHIVE;
    /** Audit action that tells the subject, by count only, that they had sessions erased. */
    public static final String AUDIT_ERASE = ErasureResult.SUBJECT_AUDIT_ACTION;

    static final String NOT_YOURS = "that session is not one of yours";

    private final Workspace workspace;
    private final String subject;
    private final Clock clock;
    private final SubjectReceipts receipts;
    private final PrivateMarks marks;

    /** @param subject the pseudonymous subject id, exactly as the sessions carry it */
    public SubjectService(Workspace ws, String subject) {
        this(ws, subject, Clock.systemUTC());
    }

    SubjectService(Workspace ws, String subject, Clock clock) {
        this.workspace = Objects.requireNonNull(ws, "ws");
        Objects.requireNonNull(subject, "subject");
        if (subject.isBlank()) {
            throw new IllegalArgumentException("a subject id is needed");
        }
        this.subject = subject;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.receipts = new SubjectReceipts(ws, subject);
        this.marks = new PrivateMarks(ws, subject, this::session);
    }

    public String subject() {
        return subject;
    }

    /** Package-private: handing the workspace out would reach past the isolation this class keeps. */
    Workspace workspace() {
        return workspace;
    }

    /** This subject's sessions, oldest first. */
    public List<SessionSummary> sessions() {
        return workspace.sessions().ofSubject(subject);
    }

    /** The session, if it is this subject's; otherwise refused the same way whether it exists or not. */
    public SessionSummary session(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return workspace.sessions().find(sessionId).filter(s -> s.subject().equals(subject))
                .orElseThrow(() -> new IllegalArgumentException(NOT_YOURS));
    }

    /**
     * The open legal holds that keep this person's data: on them, or on one of their sessions. The person
     * sees that a hold exists and its reason (decision 0023).
     */
    public List<LegalHold> holds() {
        return holdHistory().stream().filter(LegalHold::isOpen).toList();
    }

    /** Every legal hold on this person or one of their sessions, released ones too, oldest first. */
    public List<LegalHold> holdHistory() {
        Set<String> mine = new HashSet<>(ids(sessions()));
        return workspace.holds().all().stream()
                .filter(h -> subject.equals(h.subjectId()) || mine.contains(h.sessionId())).toList();
    }

    public SubjectOverview overview() {
        return OverviewCount.of(workspace, subject, sessions(), exports(), consent(), views());
    }

    /**
     * Who opened, replayed, revealed, labelled, flagged or exported this subject's sessions (erased ones
     * too), per person, role and purpose. Accesses still waiting to be written are written first.
     */
    public List<SeenBy> views() {
        workspace.access().flush();
        return SeenBy.of(workspace.access().ofSubject(subject));
    }

    /** The rows behind {@link #views()}, one per session and minute of access, oldest first. */
    public List<SessionAccess> accessRows() {
        workspace.access().flush();
        return workspace.access().ofSubject(subject);
    }

    /** This subject's consent receipts, one per grant and withdrawal, oldest first. */
    public List<ConsentReceipt> receipts() {
        return receipts.all();
    }

    /** This subject's receipts as lines to show, oldest first. */
    public List<ReceiptLine> receiptLines() {
        return receipts.lines();
    }

    /** Writes one of this subject's receipts exactly as stored: see {@link SubjectReceipts#write}. */
    public void writeReceipt(String receiptId, Path file) {
        receipts.write(receiptId, file);
    }

    /** Where this subject's consent stands, per purpose. */
    public Map<ConsentPurpose, ConsentState> consent() {
        List<ConsentRecord> records = workspace.consent().records(subject);
        Map<ConsentPurpose, ConsentState> states = new EnumMap<>(ConsentPurpose.class);
        for (ConsentPurpose p : ConsentPurpose.values()) {
            states.put(p, ConsentState.of(subject, p, records));
        }
        return states;
    }

    /** This subject's flags on one of their sessions (every kind, so the replay can mask them all). */
    public List<Flag> flags(String sessionId) {
        session(sessionId);
        return workspace.flags().ofSession(sessionId);
    }

    // ---- private marks ----

    /**
     * Marks {@code [startMs, endMs)} of one of this subject's sessions private: a flag of source
     * subject and category private that always masks and that reviewers cannot change.
     */
    public Flag markPrivate(String sessionId, int startMs, int endMs) {
        return marks.mark(sessionId, startMs, endMs, null);
    }

    /**
     * Marks an area of the screen of one of this subject's sessions private during
     * {@code [startMs, endMs)} (a region drawn on the stage), or the whole stretch when
     * {@code region} is null. The area must lie within the captured screen.
     */
    public Flag markPrivate(String sessionId, int startMs, int endMs, ScreenRegion region) {
        return marks.mark(sessionId, startMs, endMs, region);
    }

    /** Marks the whole session private, from its start to one ms past its last event. */
    public Flag markSessionPrivate(String sessionId) {
        return marks.markSession(sessionId, null);
    }

    /** Marks an area of the screen private for the whole session, or everything when {@code region} is null. */
    public Flag markSessionPrivate(String sessionId, ScreenRegion region) {
        return marks.markSession(sessionId, region);
    }

    /** Removes one of this subject's own private marks; any other flag is refused. */
    public void removePrivateMark(long flagId) {
        marks.remove(flagId);
    }

    // ---- withdrawal and erasure ----

    /** Withdraws consent to training use, recorded by this subject; returns the records it wrote. */
    public List<ConsentRecord> withdrawTraining() {
        return workspace.consent().withdraw(subject, ConsentPurpose.TRAINING, subject, ConsentRecord.SUBJECT);
    }

    /** What withdrawing training consent means, in plain words, before the person decides. */
    public String withdrawalMeaning() {
        return "If you withdraw your consent to training use, no new training dataset will include any of your"
                + " recorded sessions, even ones a reviewer already approved. Your recordings stay in this"
                + " workspace, and you can still look at them, mark parts private, download them or have them"
                + " erased. Datasets that were exported before you withdrew are not changed by this; the"
                + " overview lists them so the people who keep them can be asked to remove your data."
                + " You can agree again later.";
    }

    /** Erases these sessions of this subject for good; every id must be one of theirs. */
    public ErasureResult erase(Collection<String> sessionIds) {
        Objects.requireNonNull(sessionIds, "sessionIds");
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(sessionIds));
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("name at least one of your sessions to erase");
        }
        for (String id : ids) {
            session(id);
        }
        return workspace.erasure().erase(ids, subject);
    }

    /** Erases every session of this subject. */
    public ErasureResult eraseAll() {
        List<String> ids = ids(sessions());
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("there are no sessions of yours to erase");
        }
        return workspace.erasure().erase(ids, subject);
    }

    /**
     * The sessions held now and those erased earlier (read from the store's note per erasure: the tombstones
     * are filed under ids that no longer lead back to anyone): what the audit and export history are about.
     */
    private Set<String> idsEverHeld(List<AuditEntry> audit) {
        Set<String> ids = new LinkedHashSet<>(ids(sessions()));
        for (AuditEntry e : audit) {
            ids.addAll(ErasureResult.erasedIdsIn(e, subject));
        }
        return ids;
    }

    // ---- transparency and portability ----

    /**
     * Audit entries about this subject, oldest first: everything filed under their sessions, and
     * the entries filed under no session that name them (consent changes, archive downloads).
     */
    public List<AuditEntry> auditAboutMe() {
        List<AuditEntry> audit = workspace.audit().entries(null);
        Set<String> mine = idsEverHeld(audit);
        List<AuditEntry> found = new ArrayList<>();
        for (AuditEntry e : audit) {
            if (e.sessionId() != null ? mine.contains(e.sessionId()) : namesSubject(e.detail())) {
                found.add(e);
            }
        }
        return found;
    }

    /** Every dataset export that took one of this subject's sessions, erased ones too, oldest first. */
    public List<DatasetExports.DatasetExport> exports() {
        List<AuditEntry> audit = workspace.audit().entries(null);
        return DatasetExports.containing(audit, idsEverHeld(audit));
    }

    /**
     * Writes every piece of this subject's data to one JSON file (see {@link SubjectArchive}),
     * atomically, and audits the download.
     *
     * @throws java.io.UncheckedIOException when the file cannot be written; nothing is left behind then
     */
    public void writeArchive(Path file) {
        writeArchive(file, false);
    }

    /**
     * As {@link #writeArchive(Path)}; with {@code withMedia} the screen media files go in a folder
     * beside it ({@code <file>.media/}), except those of sessions holding other people's data.
     *
     * @return how many media files were written beside the archive
     */
    public int writeArchive(Path file, boolean withMedia) {
        Objects.requireNonNull(file, "file");
        SubjectArchive archive = new SubjectArchive(this, clock, withMedia);
        int sessions = archive.write(file);
        for (SessionSummary s : sessions()) {
            workspace.access().record(s.id(), AccessAction.EXPORT, AccessPurpose.SUBJECT_SELF_ACCESS);
        }
        workspace.audit().append(subject, AUDIT_ARCHIVE, null, "archive " + subjectToken() + " sessions=" + sessions
                + (withMedia ? " media_files=" + archive.mediaFiles() : ""));
        return archive.mediaFiles();
    }

    private boolean namesSubject(String detail) {
        if (detail == null) {
            return false;
        }
        String token = subjectToken();
        int at = detail.indexOf(token);
        while (at >= 0) {
            boolean startsWord = at == 0 || detail.charAt(at - 1) == ' ';
            int end = at + token.length();
            if (startsWord && (end == detail.length() || detail.charAt(end) == ' ')) {
                return true;
            }
            at = detail.indexOf(token, at + 1);
        }
        return false;
    }

    private String subjectToken() {
        return "subject=" + subject;
    }

    private static List<String> ids(List<SessionSummary> sessions) {
        return sessions.stream().map(SessionSummary::id).toList();
    }
}
