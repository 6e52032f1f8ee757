package org.trailmark.subject;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
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
import org.trailmark.model.EventKind;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FlagSource;
import org.trailmark.model.ScreenRegion;
import org.trailmark.model.SessionAccess;
import org.trailmark.model.Task;
import org.trailmark.review.RegionRule;
import org.trailmark.store.AuditActions;
import org.trailmark.store.AuditEntry;
import org.trailmark.store.ConsentReceipt;
import org.trailmark.store.DatasetExports;
import org.trailmark.store.ErasureResult;
import org.trailmark.store.OwnerOnlyFiles;
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
    public List<org.trailmark.store.LegalHold> holds() {
        java.util.Set<String> mine = new java.util.HashSet<>();
        sessions().forEach(s -> mine.add(s.id()));
        return workspace.holds().open().stream()
                .filter(h -> subject.equals(h.subjectId()) || mine.contains(h.sessionId())).toList();
    }

    public SubjectOverview overview() {
        List<SessionSummary> mine = sessions();
        Set<LocalDate> days = new HashSet<>();
        Set<String> apps = new LinkedHashSet<>();
        long capturedMs = 0;
        long keystrokes = 0;
        long clicks = 0;
        long scrolls = 0;
        long switches = 0;
        long clipboardUses = 0;
        int tasks = 0;
        int privateMarks = 0;
        Map<String, Integer> taskLabels = new HashMap<>();
        Map<String, Integer> flagsByCategory = new HashMap<>();
        for (SessionSummary s : mine) {
            days.add(s.info().start().toLocalDate());
            apps.addAll(s.apps());
            capturedMs += s.durationMs();
            keystrokes += s.count(EventKind.KEY_DOWN);
            clicks += s.count(EventKind.BUTTON_DOWN);
            scrolls += s.count(EventKind.WHEEL);
            switches += s.count(EventKind.FOCUS);
            clipboardUses += s.count(EventKind.CLIPBOARD);
            for (Task t : workspace.review().tasks(s.id())) {
                tasks++;
                taskLabels.merge(t.label() == null ? SubjectOverview.UNLABELLED : t.label(), 1, Integer::sum);
            }
            for (Flag f : workspace.flags().ofSession(s.id())) {
                if (f.source() == FlagSource.SUBJECT) {
                    privateMarks++;
                } else if (f.masks()) {
                    flagsByCategory.merge(f.category().wireName(), 1, Integer::sum);
                }
            }
        }
        List<DatasetExports.DatasetExport> exports = exports();
        return new SubjectOverview(subject, mine.size(), days.size(), capturedMs, List.copyOf(apps), keystrokes,
                clicks, scrolls, switches, clipboardUses, tasks, taskLabels, flagsByCategory, privateMarks, exports, consent(),
                views());
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
        return workspace.consent().receipts(subject);
    }

    /** This subject's receipts as lines to show, oldest first. */
    public List<ReceiptLine> receiptLines() {
        return receipts().stream().map(ReceiptLine::of).toList();
    }

    /**
     * Writes one receipt, exactly as stored (its checksum verifies), owner-only and atomically.
     *
     * @throws IllegalArgumentException when the receipt is not one of this subject's
     */
    public void writeReceipt(String receiptId, Path file) {
        Objects.requireNonNull(receiptId, "receiptId");
        ConsentReceipt receipt = receipts().stream().filter(r -> r.receiptId().equals(receiptId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("there is no consent receipt " + receiptId
                        + " of yours"));
        byte[] bytes = (receipt.document() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            OwnerOnlyFiles.replaceWhole(file, out -> {
                out.write(bytes);
                return null;
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("could not write the receipt " + file.toAbsolutePath(), e);
        }
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
        return markPrivate(sessionId, startMs, endMs, null);
    }

    /**
     * Marks an area of the screen of one of this subject's sessions private during
     * {@code [startMs, endMs)} (a region drawn on the stage), or the whole stretch when
     * {@code region} is null. The area must lie within the captured screen.
     */
    public Flag markPrivate(String sessionId, int startMs, int endMs, ScreenRegion region) {
        SessionSummary s = session(sessionId);
        if (startMs < 0) {
            throw new IllegalArgumentException("a private stretch cannot start before the session");
        }
        if (endMs <= startMs) {
            throw new IllegalArgumentException("a private stretch must end after it starts");
        }
        if (endMs > wholeSessionEnd(s)) {
            throw new IllegalArgumentException("a private stretch cannot end after the session");
        }
        if (region != null) {
            String problem = RegionRule.problem(s.info(), region);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
        }
        return addMark(s, startMs, endMs, region, region == null ? "subject marks private"
                : "subject marks region private");
    }

    /** Marks the whole session private, from its start to one ms past its last event. */
    public Flag markSessionPrivate(String sessionId) {
        return markSessionPrivate(sessionId, null);
    }

    /** Marks an area of the screen private for the whole session, or everything when {@code region} is null. */
    public Flag markSessionPrivate(String sessionId, ScreenRegion region) {
        SessionSummary s = session(sessionId);
        if (region != null) {
            return markPrivate(sessionId, 0, wholeSessionEnd(s), region);
        }
        return addMark(s, 0, wholeSessionEnd(s), null, "subject marks session private");
    }

    /** Removes one of this subject's own private marks; any other flag is refused. */
    public void removePrivateMark(long flagId) {
        Flag flag = workspace.flags().find(flagId).orElseThrow(() -> new IllegalArgumentException(
                "there is no private mark " + flagId));
        session(flag.sessionId());
        if (flag.source() != FlagSource.SUBJECT) {
            throw new IllegalArgumentException("flag " + flagId + " was raised by a reviewer or a detector,"
                    + " not by you; only your own private marks can be removed here");
        }
        workspace.flags().replace(flag.sessionId(), List.of(flag), List.of(), "subject removes private mark", subject);
    }

    private Flag addMark(SessionSummary s, int startMs, int endMs, ScreenRegion region, String what) {
        Flag mark = new Flag(0, s.id(), startMs, endMs, FlagCategory.PRIVATE, null, FlagSource.SUBJECT, null, null,
                FlagSource.SUBJECT.initialStatus(), region);
        return workspace.flags().replace(s.id(), List.of(), List.of(mark), what, subject).get(0);
    }

    /** Spans are half-open, so one ms past the last event still covers it. */
    private static int wholeSessionEnd(SessionSummary s) {
        return (int) Math.min(Integer.MAX_VALUE, s.durationMs() + 1);
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
     * Ids of this subject's sessions that were erased, read from the store's note per erasure (the
     * tombstones themselves are filed under session ids that no longer lead back to anyone).
     */
    /** The sessions held now and those erased earlier: what the audit and export history are about. */
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
