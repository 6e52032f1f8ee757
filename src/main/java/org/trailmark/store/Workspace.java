package org.trailmark.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentRecord;
import org.trailmark.model.ConsentReference;
import org.trailmark.model.ConsentState;
import org.trailmark.model.ConsentStatus;
import org.trailmark.model.ContextKind;
import org.trailmark.model.ContextSpan;
import org.trailmark.model.Flag;
import org.trailmark.model.Label;
import org.trailmark.model.EventSink;
import org.trailmark.model.EventSource;
import org.trailmark.model.LogFigures;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.ScreenMedia;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;
import org.trailmark.model.SessionReview;
import org.trailmark.model.SubjectIds;
import org.trailmark.model.Task;

/**
 * One SQLite file holding sessions, their events (compressed columnar chunks), and the audit
 * log. Every method commits before it returns.
 *
 * <p>Thread-safety: the workspace owns a single connection and every database access holds one
 * lock, so callers on any thread see whole operations. CPU work that needs no database (encoding
 * chunks before an import, decoding them after a load) runs outside the lock, on up to two
 * threads. Other processes may open the same file (SQLite WAL); a writer waits up to
 * {@link #BUSY_TIMEOUT_MS} for them and then reports the workspace as locked.
 *
 * <p>Durability: WAL with synchronous=NORMAL. A committed import survives the process being
 * killed at any point; after a power cut the last few commits may be rolled back, but the file
 * is never left half-written.
 */
public final class Workspace implements AutoCloseable {
    /** Events per stored chunk: large enough to compress well, small enough to decode in parallel. */
    static final int CHUNK_EVENTS = 65_536;
    static final int BUSY_TIMEOUT_MS = 5_000;
    static final int STRINGS_CODEC = 1;
    /** The audit action of a pseudonym key rotation. */
    public static final String PSEUDONYM_KEY_ROTATED = AuditActions.PSEUDONYM_KEY_ROTATED;

    /** Why a grant for an unassigned subject is refused, in words for the person who tried. */
    public static final String UNASSIGNED_CONSENT = "no person is assigned to this recording, so nobody can grant"
            + " consent for it: assign the session to a person first (trailmark subject assign SESSION SUBJECT)";

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final MediaStore mediaStore;
    private final Connection connection;
    private final boolean readOnly;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile java.util.function.Consumer<String> accessWatcher = doing -> { };
    private boolean closed;

    private Workspace(Path file, Connection connection, boolean readOnly) {
        this.file = file;
        this.mediaStore = new MediaStore(file);
        this.connection = connection;
        this.readOnly = readOnly;
    }

    /**
     * Opens (creating and migrating when needed) the workspace at {@code file}. A new workspace,
     * its folders and the files SQLite keeps beside it are owner-only.
     */
    public static Workspace open(Path file) {
        return open(file, BUSY_TIMEOUT_MS);
    }

    /** As {@link #open(Path)}, waiting at most {@code busyTimeoutMs} for another program's lock. */
    static Workspace open(Path file, int busyTimeoutMs) {
        Path path = file.toAbsolutePath().normalize();
        refuseWhatIsNotAWorkspaceFile(path);
        WorkspaceFiles.prepareForWriting(path);
        return connect(path, busyTimeoutMs, true);
    }

    /** True when something that may be a workspace (a non-empty file) is at {@code file}. */
    public static boolean existsAt(Path file) {
        return WorkspaceFiles.existsAt(file.toAbsolutePath().normalize());
    }

    /**
     * Opens (migrating when needed) a workspace that exists, creating neither file nor folder.
     *
     * @throws NoWorkspaceException when there is no workspace at {@code file}
     */
    public static Workspace openExisting(Path file) {
        Path path = file.toAbsolutePath().normalize();
        refuseWhatIsNotAWorkspaceFile(path);
        if (!WorkspaceFiles.existsAt(path)) {
            throw new NoWorkspaceException(path);
        }
        WorkspaceFiles.restrictExisting(path);
        return connect(path, BUSY_TIMEOUT_MS, false);
    }

    private static Workspace connect(Path path, int busyTimeoutMs, boolean mayCreate) {
        SqliteNativeLibrary.prepare();
        SQLiteConfig config = new SQLiteConfig();
        if (!mayCreate) {
            // Should the file vanish after the check above, SQLite fails instead of making a new one.
            config.resetOpenMode(SQLiteOpenMode.CREATE);
        }
        Connection c;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + path, config.toProperties());
        } catch (SQLException e) {
            throw SqlErrors.translate(e, path, "open workspace " + path);
        }
        try {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = " + busyTimeoutMs);
            }
            // Identify the file before any pragma that writes (journal_mode=WAL rewrites the header).
            Migrations.bringUpToDate(c, path);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("PRAGMA foreign_keys = ON");
            }
            return new Workspace(path, c, false);
        } catch (SQLException e) {
            closeQuietly(c);
            throw SqlErrors.translate(e, path, "open workspace " + path);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /**
     * Opens an existing, up-to-date workspace for reading only, e.g. while another Trailmark
     * window holds its {@link WorkspaceLock}. Nothing is written, not even a migration; every
     * write fails with "it is read-only".
     */
    public static Workspace openReadOnly(Path file) {
        Path path = file.toAbsolutePath().normalize();
        refuseWhatIsNotAWorkspaceFile(path);
        if (!WorkspaceFiles.existsAt(path)) {
            throw new NoWorkspaceException(path);
        }
        SqliteNativeLibrary.prepare();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        Connection c;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + path, config.toProperties());
        } catch (SQLException e) {
            throw SqlErrors.translate(e, path, "open workspace " + path);
        }
        try {
            Migrations.requireCurrentWithoutWriting(c, path);
            return new Workspace(path, c, true);
        } catch (SQLException e) {
            closeQuietly(c);
            throw SqlErrors.translate(e, path, "open workspace " + path);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /** True when opened with {@link #openReadOnly}: every write fails. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /** The schema version of the file (PRAGMA user_version). */
    public int schemaVersion() {
        return withLock("read workspace", () -> Migrations.schemaVersion(connection));
    }

    public boolean containsSession(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return withLock("read workspace", () -> exists(sessionId));
    }

    /** Adds a whole session atomically (all events or nothing) and audits the import. */
    public AddOutcome addSession(SessionInfo info, SessionLog log, String sourcePath, String actor) {
        return addSession(info, log, List.of(), sourcePath, actor);
    }

    /**
     * Adds a whole session with the screen media it carries, atomically. The media files must already
     * be in {@link #mediaStore()}; a session that fails to be added leaves them unreferenced, and
     * {@link #removeUnreferencedMedia()} clears them.
     */
    public AddOutcome addSession(SessionInfo info, SessionLog log, List<ScreenMedia> media, String sourcePath,
                                 String actor) {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(actor, "actor");
        if (containsSession(info.id())) {
            return AddOutcome.ALREADY_PRESENT;
        }
        byte[][] chunks = encodeChunks(log);
        LogFigures figures = LogFigures.of(log);
        Instant now = now();
        return withLock("import session", () -> inTransaction(() -> {
            // Checked again under the lock: another thread or process may have added it meanwhile.
            if (exists(info.id())) {
                return AddOutcome.ALREADY_PRESENT;
            }
            insertSessionRows(info, figures, chunks.length, media, sourcePath, actor, now);
            insertChunks(info.id(), log, chunks);
            return AddOutcome.ADDED;
        }));
    }

    /**
     * Adds a session whose events are read while they are stored, chunk by chunk, in one transaction
     * ({@link ChunkStreamWriter}): memory stays bounded whatever the capture's length, and a read
     * that fails, finds nothing or is killed leaves nothing behind. {@code sessionId} is the id the
     * read will give; a session with it already here is not read at all ({@code ALREADY_PRESENT}).
     * Empty when the read found nothing to store.
     */
    public Optional<AddOutcome> addStreamedSession(String sessionId, StreamedImport.Read read, String sourcePath,
                                                   String actor) {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(actor, "actor");
        if (containsSession(sessionId)) {
            return Optional.of(AddOutcome.ALREADY_PRESENT);
        }
        Instant now = now();
        return withLock("import session", () -> {
            try {
                return Optional.of(inTransaction(() -> {
                    if (exists(sessionId)) {
                        return AddOutcome.ALREADY_PRESENT;
                    }
                    try (Statement s = connection.createStatement()) {
                        // the chunks come before their session row; the keys are checked at commit
                        s.execute("PRAGMA defer_foreign_keys = ON");
                    }
                    StreamedImport.Rows rows;
                    int chunkCount;
                    try (ChunkStreamWriter chunks = new ChunkStreamWriter(connection, sessionId, CHUNK_EVENTS)) {
                        rows = read.readInto(SessionLogBuilder.spilling(CHUNK_EVENTS, chunks));
                        if (rows == null) {
                            throw new NothingRead();
                        }
                        chunkCount = chunks.finish();
                    }
                    if (!rows.info().id().equals(sessionId)) {
                        throw new IllegalStateException("the read gave session " + rows.info().id()
                                + ", not the announced " + sessionId);
                    }
                    insertSessionRows(rows.info(), rows.figures(), chunkCount, rows.media(), sourcePath, actor, now);
                    return AddOutcome.ADDED;
                }));
            } catch (NothingRead e) {
                return Optional.empty();
            }
        });
    }

    /** Rolls back a streamed import whose read found nothing to store. */
    private static final class NothingRead extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NothingRead() {
            super(null, null, false, false);
        }
    }

    /** Everything of an import but its chunks: subject, session row, strings, media, audit, consent. */
    private void insertSessionRows(SessionInfo info, LogFigures log, int chunkCount, List<ScreenMedia> media,
                                   String sourcePath, String actor, Instant now) throws SQLException {
        SessionRows.Figures figures = new SessionRows.Figures(log.events(), log.durationMs(), chunkCount,
                log.countsByKind(), log.apps());
        insertSubjectIfNew(info.subject(), now);
        try (PreparedStatement ps = connection.prepareStatement(SessionRows.INSERT)) {
            SessionRows.bindInsert(ps, info, figures, now, sourcePath);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO session_strings (session_id, codec, data) VALUES (?, ?, ?)")) {
            ps.setString(1, info.id());
            ps.setInt(2, STRINGS_CODEC);
            ps.setBytes(3, StringTableCodec.encode(log.strings()));
            ps.executeUpdate();
        }
        MediaRows.insert(connection, info.id(), media);
        if (ContextRows.isHostPseudonym(info.subject())) {
            ContextRows.rememberHost(connection, info.id(), info.subject());
        }
        insertAudit(now, actor, "import", info.id(),
                "events=" + log.events() + " format=" + info.sourceFormat()
                        + (media.isEmpty() ? "" : " media=" + media.size()));
        recordHeaderConsent(info, now);
    }

    /** Where this workspace keeps screen media files. */
    public MediaStore mediaStore() {
        return mediaStore;
    }

    /** The screen media a session carries, in the order they were imported; empty when it has none. */
    public List<ScreenMedia> media(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return withLock("read screen media", () -> MediaRows.of(connection, sessionId));
    }

    /** The session's context spans (window, afk, web) ordered by start; empty when it has none. */
    public List<ContextSpan> context(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return withLock("read context", () -> {
            try {
                return ContextRows.of(connection, sessionId);
            } catch (DamagedDataException e) {
                throw new WorkspaceException("session " + sessionId + " in workspace " + file + " is damaged", e);
            }
        });
    }

    /**
     * Adds the context spans the session does not hold yet, in one commit, and audits the file name
     * and the counts (never a title or URL). Returns how many of each kind were new.
     */
    public Map<ContextKind, Integer> addContext(String sessionId, List<ContextSpan> spans, String sourceName,
                                                String actor) {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(spans, "spans");
        Objects.requireNonNull(actor, "actor");
        Instant now = now();
        return withLock("import context", () -> inTransaction(() -> {
            if (!exists(sessionId)) {
                throw noSession(sessionId);
            }
            Map<ContextKind, Integer> added = ContextRows.insert(connection, sessionId, spans);
            int total = added.values().stream().mapToInt(Integer::intValue).sum();
            if (total > 0) {
                insertAudit(now, actor, AuditActions.IMPORT_CONTEXT, sessionId, "file=" + sourceName + " "
                        + Arrays.stream(ContextKind.values()).map(k -> k.key() + "=" + added.getOrDefault(k, 0))
                        .collect(Collectors.joining(" ")));
            }
            return added;
        }));
    }

    /** The pseudonym of the host each session was captured on, for the sessions whose host is known. */
    public Map<String, String> captureHosts() {
        return withLock("read capture hosts", () -> ContextRows.captureHosts(connection));
    }

    public Optional<String> captureHost(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return withLock("read capture hosts", () -> ContextRows.captureHost(connection, sessionId));
    }

    /**
     * Records that the session was captured on the host with that pseudonym ({@code host-} and 8 hex
     * digits), unless its host is known already; a later change of subject keeps it.
     */
    public void rememberCaptureHost(String sessionId, String hostPseudonym) {
        Objects.requireNonNull(sessionId, "sessionId");
        if (!ContextRows.isHostPseudonym(hostPseudonym)) {
            throw new IllegalArgumentException("not a host pseudonym");
        }
        withLock("record capture host", () -> {
            if (exists(sessionId)) {
                ContextRows.rememberHost(connection, sessionId, hostPseudonym);
            }
            return null;
        });
    }

    /** The stored file with that content hash (a video, or one still), if the workspace holds it. */
    public Optional<Path> mediaFile(String sha256) {
        return mediaStore.find(sha256);
    }

    /**
     * Destroys media files no session cites any more (after an erasure, or left by an import that
     * failed): overwritten, then deleted. Returns how many went.
     */
    public int removeUnreferencedMedia() {
        if (readOnly) {
            return 0;
        }
        return withLock("remove unused screen media", () -> {
            try {
                return mediaStore.removeAllBut(MediaRows.referencedHashes(connection));
            } catch (java.io.IOException e) {
                throw new WorkspaceException("could not remove unused screen media in " + mediaStore.folder()
                        + ": " + e.getMessage());
            }
        });
    }

    /** All sessions, oldest start first. */
    public List<SessionSummary> sessions() {
        return querySummaries("SELECT " + SessionRows.COLUMNS + " FROM sessions ORDER BY start_epoch_ms, id", null);
    }

    public List<SessionSummary> sessionsOfSubject(String subject) {
        Objects.requireNonNull(subject, "subject");
        return querySummaries("SELECT " + SessionRows.COLUMNS
                + " FROM sessions WHERE subject_id = ? ORDER BY start_epoch_ms, id", subject);
    }

    public Optional<SessionSummary> session(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        List<SessionSummary> found = querySummaries("SELECT " + SessionRows.COLUMNS
                + " FROM sessions WHERE id = ?", sessionId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Loads every event of the session; throws WorkspaceException when there is no such session. */
    public SessionLog loadLog(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        StoredSession stored = withLock("load session", () -> readStored(sessionId));
        try {
            return decode(stored);
        } catch (DamagedDataException | IllegalArgumentException e) {
            throw new WorkspaceException("session " + sessionId + " in workspace " + file + " is damaged", e);
        }
    }

    /**
     * The session's events for a reader that never looks at pointer moves (the sensitive-data scan),
     * read chunk by chunk whenever the reader asks, so memory does not follow the session's length.
     * Throws WorkspaceException when there is no such session or it is damaged (then or while read).
     */
    public EventSource storedEvents(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        SessionSummary summary = session(sessionId)
                .orElseThrow(() -> new WorkspaceException("no session " + sessionId + " in workspace " + file));
        try {
            StoredEvents events = withLock("load session", () -> {
                byte[] strings = null;
                int chunkCount = -1;
                try (PreparedStatement ps = connection.prepareStatement("SELECT s.chunk_count, t.codec, t.data"
                        + " FROM sessions s JOIN session_strings t ON t.session_id = s.id WHERE s.id = ?")) {
                    ps.setString(1, sessionId);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next() && rs.getInt(2) == STRINGS_CODEC) {
                            chunkCount = rs.getInt(1);
                            strings = rs.getBytes(3);
                        }
                    }
                }
                if (strings == null || summary.events() > Integer.MAX_VALUE - 8) {
                    throw new DamagedDataException("session row or strings missing");
                }
                return StoredEvents.open(this::withLock, connection, sessionId, (int) summary.events(), chunkCount,
                        StringTableCodec.decode(strings));
            });
            return new DamageReporting(events, sessionId);
        } catch (DamagedDataException | IllegalArgumentException e) {
            throw new WorkspaceException("session " + sessionId + " in workspace " + file + " is damaged", e);
        }
    }

    /** A damaged chunk found while a stored session is read is the workspace's error, as on load. */
    private final class DamageReporting implements EventSource {
        private final EventSource events;
        private final String sessionId;

        DamageReporting(EventSource events, String sessionId) {
            this.events = events;
            this.sessionId = sessionId;
        }

        @Override
        public int eventCount() {
            return events.eventCount();
        }

        @Override
        public String string(int id) {
            return events.string(id);
        }

        @Override
        public int stringCount() {
            return events.stringCount();
        }

        @Override
        public void withoutPointerMoves(int from, int to, EventSink sink) {
            try {
                events.withoutPointerMoves(from, to, sink);
            } catch (DamagedDataException e) {
                throw new WorkspaceException("session " + sessionId + " in workspace " + file + " is damaged", e);
            }
        }
    }

    public void appendAudit(String actor, String action, String sessionId, String detail) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Instant at = now();
        withLock("write the audit log", () -> {
            insertAudit(at, actor, action, sessionId, detail);
            return null;
        });
    }

    /** Audit entries, oldest first; sessionId null for all. */
    public List<AuditEntry> audit(String sessionId) {
        String sql = "SELECT id, at, actor, action, session_id, detail FROM audit"
                + (sessionId == null ? "" : " WHERE session_id = ?") + " ORDER BY id";
        return withLock("read the audit log", () -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
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

    /**
     * Moves everything from the write-ahead log into the main file and truncates the log, so the
     * file alone holds the workspace (before copying it, or to measure its size).
     */
    public void checkpoint() {
        withLock("checkpoint workspace", () -> {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            return null;
        });
    }

    /** SQLite's own consistency check; "ok" when the file is sound. */
    public String integrityCheck() {
        return withLock("check workspace", () -> {
            StringBuilder sb = new StringBuilder();
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) {
                    if (sb.length() > 0) {
                        sb.append('\n');
                    }
                    sb.append(rs.getString(1));
                }
            }
            return sb.toString();
        });
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            connection.close();
        } catch (SQLException e) {
            throw SqlErrors.translate(e, file, "close workspace " + file);
        } finally {
            lock.unlock();
        }
    }

    // ---- review: tasks, flags, the label set, session status, settings ----

    /** The session's tasks ordered by start, end, id. */
    public List<Task> tasks(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return readReview("read tasks", () -> TaskRows.ofSession(connection, sessionId));
    }

    public Optional<Task> task(long id) {
        return readReview("read tasks", () -> TaskRows.byId(connection, id));
    }

    /**
     * Replaces {@code expected} (tasks exactly as the caller last saw them) with
     * {@code replacement} in one commit: rows of expected that are missing from replacement are
     * deleted, the others updated; replacement tasks with id 0 are added under fresh ids, those
     * with an unused id are restored under it (undo of a delete). Fails with
     * {@link StaleEditException}, writing nothing, when any expected task has changed since.
     *
     * @param what   what the edit is, for the audit log ("split task"); must hold no captured content
     * @return the replacement as stored, ids filled in, in the order given
     */
    public List<Task> replaceTasks(String sessionId, List<Task> expected, List<Task> replacement, String what,
                                   String actor) {
        return replaceRows(ReviewTables.TASKS, sessionId, expected, replacement, what, actor);
    }

    /** The session's flags ordered by start, end, id. */
    public List<Flag> flags(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return readReview("read flags", () -> FlagRows.ofSession(connection, sessionId));
    }

    public Optional<Flag> flag(long id) {
        return readReview("read flags", () -> FlagRows.byId(connection, id));
    }

    /** As {@link #replaceTasks}, for flags. */
    public List<Flag> replaceFlags(String sessionId, List<Flag> expected, List<Flag> replacement, String what,
                                   String actor) {
        return replaceRows(ReviewTables.FLAGS, sessionId, expected, replacement, what, actor);
    }

    /** The workspace's task label set in display order. */
    public List<Label> labels() {
        return readReview("read the label set", () -> LabelRows.all(connection));
    }

    /**
     * Replaces the whole label set in one commit, if it is still {@code expected}; else
     * {@link StaleEditException}. Tasks keep the label names they have.
     */
    public void replaceLabels(List<Label> expected, List<Label> replacement, String actor) {
        Objects.requireNonNull(actor, "actor");
        LabelRows.requireUnambiguous(replacement);
        List<Label> wanted = List.copyOf(replacement);
        Instant now = now();
        withLock("save the label set", () -> inTransaction(() -> {
            if (!LabelRows.all(connection).equals(expected)) {
                throw new StaleEditException("the label set was changed elsewhere; reload and try again");
            }
            LabelRows.replaceAll(connection, wanted);
            insertAudit(now, actor, "edit", null, "label set: " + expected.size() + " -> " + wanted.size() + " labels");
            return null;
        }));
    }

    /** The session's review status, reviewer and reason; WorkspaceException when there is no such session. */
    public SessionReview review(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return readReview("read review status", () -> SessionReviewRows.read(connection, sessionId)
                .orElseThrow(() -> noSession(sessionId)));
    }

    /**
     * Sets the session's review status, reviewer and reason in one commit if they are still
     * {@code expected} (else {@link StaleEditException}). A replacement without a time is stamped now.
     *
     * @return the review as stored
     */
    public SessionReview replaceReview(SessionReview expected, SessionReview replacement, String actor) {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(replacement, "replacement");
        Objects.requireNonNull(actor, "actor");
        if (!expected.sessionId().equals(replacement.sessionId())) {
            throw new IllegalArgumentException("a review edit must stay within one session");
        }
        Instant now = now();
        SessionReview stored = replacement.changedAt() != null ? replacement : new SessionReview(
                replacement.sessionId(), replacement.status(), replacement.reviewer(), replacement.reason(), now);
        return withLock("set review status", () -> inTransaction(() -> {
            SessionReview current = SessionReviewRows.read(connection, expected.sessionId())
                    .orElseThrow(() -> noSession(expected.sessionId()));
            if (!current.equals(expected)) {
                throw new StaleEditException("the review status of session " + expected.sessionId()
                        + " was changed elsewhere; reload and try again");
            }
            SessionReviewRows.write(connection, stored);
            insertAudit(now, actor, "status", stored.sessionId(), current.status().wireName() + " -> "
                    + stored.status().wireName() + (stored.reason() == null ? "" : ", reason given"));
            return stored;
        }));
    }

    /** Sessions whose review status is one of {@code statuses}, oldest start first. */
    public List<SessionSummary> sessionsWithStatus(Set<ReviewStatus> statuses) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        // Wire names are fixed enum constants, so inlining them is safe.
        String in = statuses.stream().map(s -> "'" + s.wireName() + "'").sorted().collect(Collectors.joining(", "));
        return querySummaries("SELECT " + SessionRows.COLUMNS + " FROM sessions WHERE review_status IN (" + in
                + ") ORDER BY start_epoch_ms, id", null);
    }

    /**
     * The oldest session nobody has finished reviewing (status new or in review) whose subject has
     * not withdrawn training consent: labelling a withdrawn session is work no dataset can use,
     * and it would show the person's data to one more reviewer.
     */
    public Optional<SessionSummary> nextSessionToReview() {
        return sessionsWithStatus(Set.of(ReviewStatus.NEW, ReviewStatus.IN_REVIEW)).stream()
                .filter(s -> s.trainingConsent() != ConsentStatus.WITHDRAWN)
                .findFirst();
    }

    public Optional<String> setting(String key) {
        Objects.requireNonNull(key, "key");
        return readReview("read settings", () -> SessionReviewRows.setting(connection, key));
    }

    /** Stores (or with a null value removes) a workspace setting and audits which key changed. */
    public void putSetting(String key, String value, String actor) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(actor, "actor");
        Instant now = now();
        withLock("save settings", () -> inTransaction(() -> {
            SessionReviewRows.putSetting(connection, key, value);
            insertAudit(now, actor, "settings", null, "setting " + key + (value == null ? " removed" : " set"));
            return null;
        }));
    }

    // ---- pseudonym secret ----

    /**
     * A key for pseudonyms, derived from the workspace's secret and {@code context} (such as an
     * export's seed): the same workspace file (or a copy of it) and context always give the same key,
     * and nobody without the file can compute it. The secret's own bytes are never handed out.
     */
    public byte[] pseudonymKey(String context) {
        Objects.requireNonNull(context, "context");
        return withLock("read the pseudonym secret", () -> {
            if (!readOnly && !PseudonymSecret.exists(connection)) {
                PseudonymSecret.createIfMissing(connection);
            }
            return PseudonymSecret.derive(connection, context).orElseThrow(() -> new WorkspaceException(
                    "workspace " + file + " has no pseudonym secret yet; open it once for writing"));
        });
    }

    /**
     * Replaces the pseudonym secret with fresh random bytes, so exports made from now on get new
     * pseudonyms, and audits the rotation (which, never how: no key bytes). The old bytes are
     * overwritten in the file unless another program holds an old read open.
     */
    public void rotatePseudonymSecret(String actor) {
        Objects.requireNonNull(actor, "actor");
        if (readOnly) {
            throw new WorkspaceException("cannot rotate the pseudonym key of workspace " + file + ": it is read-only");
        }
        Instant now = now();
        withLock("rotate the pseudonym key", () -> {
            boolean wasSecure = SessionErasure.secureDelete(connection, true);
            try {
                inTransaction(() -> {
                    PseudonymSecret.replace(connection);
                    insertAudit(now, actor, AuditActions.PSEUDONYM_KEY_ROTATED, null,
                            "new pseudonym key: exports made from now on get new pseudonyms");
                    return null;
                });
            } finally {
                SessionErasure.secureDelete(connection, wasSecure);
            }
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            return null;
        });
    }

    private <T> List<T> replaceRows(RowReplacement.Table<T> table, String sessionId, List<T> expected,
                                    List<T> replacement, String what, String actor) {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(actor, "actor");
        List<T> before = List.copyOf(expected);
        List<T> after = List.copyOf(replacement);
        Instant now = now();
        return withLock("save " + table.noun() + "s", () -> inTransaction(() -> {
            if (!exists(sessionId)) {
                throw noSession(sessionId);
            }
            RowReplacement.Result<T> result;
            try {
                result = RowReplacement.apply(connection, table, sessionId, before, after);
            } catch (DamagedDataException e) {
                throw damaged(sessionId, e);
            }
            insertAudit(now, actor, "edit", sessionId, what + ": " + result.auditDetail());
            return result.stored();
        }));
    }

    private <T> T readReview(String doing, Transactions.SqlWork<T> work) {
        return withLock(doing, () -> {
            try {
                return work.run();
            } catch (DamagedDataException e) {
                throw new WorkspaceException("workspace " + file + " is damaged (" + doing + ")", e);
            }
        });
    }

    private WorkspaceException noSession(String sessionId) {
        return new WorkspaceException("no session " + sessionId + " in workspace " + file);
    }

    private WorkspaceException damaged(String sessionId, DamagedDataException e) {
        return new WorkspaceException("session " + sessionId + " in workspace " + file + " is damaged", e);
    }

    // ---- erasure ----

    /**
     * Erases the sessions for good: their events, strings, tasks, flags, review status and
     * per-session settings go in one transaction, together with one content-free tombstone per
     * session in the audit log. Then the freed pages are wiped (secure_delete), the file rebuilt
     * (VACUUM) and the write-ahead log emptied, so that neither file keeps the old bytes. Consent
     * records and earlier audit entries stay: both are records about the person, not their data.
     *
     * @param sessionIds the sessions; an unknown id fails the whole call before anything is erased
     * @throws WorkspaceException for an unknown id, a read-only workspace, or when another program
     *                            kept the old pages from being wiped (the rows are erased then)
     */
    public ErasureResult eraseSessions(Collection<String> sessionIds, String actor) {
        Objects.requireNonNull(sessionIds, "sessionIds");
        Objects.requireNonNull(actor, "actor");
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(sessionIds));
        if (ids.isEmpty() || ids.contains(null)) {
            throw new IllegalArgumentException("name at least one session to erase, and no null ids");
        }
        if (readOnly) {
            throw new WorkspaceException("cannot erase sessions from workspace " + file + ": it is read-only");
        }
        Instant now = now();
        return withLock("erase sessions", () -> {
            for (String id : ids) {
                if (!exists(id)) {
                    throw noSession(id);
                }
            }
            // Read before the tombstones are written; the export entries outlive the erasure anyway.
            List<DatasetExports.DatasetExport> earlier = DatasetExports.containing(this, ids);
            Map<String, List<String>> idsBySubject = new TreeMap<>();
            for (String id : ids) {
                idsBySubject.computeIfAbsent(session(id).orElseThrow(() -> noSession(id)).subject(),
                        s -> new ArrayList<>()).add(id);
            }
            long before = fileBytes();
            SessionErasure.Removed removed;
            boolean wasSecure = SessionErasure.secureDelete(connection, true);
            try {
                removed = inTransaction(() -> {
                    SessionErasure.Removed total = SessionErasure.Removed.NONE;
                    for (String id : ids) {
                        SessionErasure.Removed one = SessionErasure.remove(connection, id);
                        insertAudit(now, actor, ErasureResult.AUDIT_ACTION, id, one.tombstone());
                        total = total.plus(one);
                    }
                    // The tombstones no longer lead back to the person; this note lets them (and a
                    // curator) still find which of their sessions were erased and which datasets held them.
                    for (Map.Entry<String, List<String>> e : idsBySubject.entrySet()) {
                        insertAudit(now, actor, ErasureResult.SUBJECT_AUDIT_ACTION, null,
                                ErasureResult.subjectNote(e.getKey(), e.getValue()));
                    }
                    return total;
                });
            } finally {
                SessionErasure.secureDelete(connection, wasSecure);
            }
            try {
                // the pictures go too: files no remaining session cites are overwritten and deleted
                mediaStore.removeAllBut(MediaRows.referencedHashes(connection));
            } catch (java.io.IOException e) {
                throw new WorkspaceException("sessions " + String.join(", ", ids) + " were erased, but their"
                        + " screen media in " + mediaStore.folder() + " could not be removed: " + e.getMessage()
                        + "; run `trailmark erase --wipe-free-space` to finish");
            }
            if (!SessionErasure.wipeFreedPages(connection)) {
                throw new WorkspaceException("sessions " + String.join(", ", ids) + " were erased, but another"
                        + " program using workspace " + file + " kept their old bytes from being wiped from the"
                        + " file; close it and run `trailmark erase --wipe-free-space` to finish");
            }
            return new ErasureResult(ids, removed.events(), removed.tasks(), removed.flags(), earlier, before,
                    fileBytes());
        });
    }

    /**
     * Rebuilds the file without free pages and empties the write-ahead log, so that bytes of
     * deleted rows are gone from disk; finishes an erasure another program interrupted.
     *
     * @throws WorkspaceException when read-only, or when another program keeps it from finishing
     */
    public void wipeFreeSpace() {
        if (readOnly) {
            throw new WorkspaceException("cannot wipe workspace " + file + ": it is read-only");
        }
        withLock("wipe free space", () -> {
            try {
                mediaStore.removeAllBut(MediaRows.referencedHashes(connection));
            } catch (java.io.IOException e) {
                throw new WorkspaceException("could not remove unused screen media in " + mediaStore.folder()
                        + ": " + e.getMessage());
            }
            if (!SessionErasure.wipeFreedPages(connection)) {
                throw new WorkspaceException("another program using workspace " + file
                        + " kept its free space from being wiped; close it and try again");
            }
            return null;
        });
    }

    /** Bytes on disk of the main file plus its write-ahead log, as they are now. */
    public long fileBytes() {
        long total = 0;
        for (Path p : List.of(file, file.resolveSibling(file.getFileName() + "-wal"))) {
            try {
                total += Files.exists(p) ? Files.size(p) : 0;
            } catch (IOException e) {
                // Only a figure for the report; the erasure itself does not depend on it.
            }
        }
        return total;
    }

    // ---- who a session belongs to ----

    /**
     * Gives the session to the person {@code subject} in one commit, audited with who did it (ids
     * only). An unassigned session is simply assigned; one that already belongs to someone else
     * moves only with {@code force}, else nothing is written and the outcome says so. From then on
     * the new subject's consent decides whether the session may be exported.
     *
     * @throws IllegalArgumentException when {@code subject} is no person's id ({@link SubjectIds#problemAsPerson})
     * @throws WorkspaceException       when there is no such session
     */
    public SubjectAssignment assignSubject(String sessionId, String subject, boolean force, String actor) {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(actor, "actor");
        SubjectIds.problemAsPerson(subject).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        Instant now = now();
        return withLock("assign a subject", () -> inTransaction(() -> {
            if (!exists(sessionId)) {
                throw noSession(sessionId);
            }
            String from = UnassignedSubjects.subjectOf(connection, sessionId);
            if (from.equals(subject)) {
                return new SubjectAssignment(sessionId, from, from, SubjectAssignment.Outcome.UNCHANGED);
            }
            boolean overSomeone = !SubjectIds.isUnassigned(from);
            if (overSomeone && !force) {
                return new SubjectAssignment(sessionId, from, from, SubjectAssignment.Outcome.ALREADY_ASSIGNED);
            }
            UnassignedSubjects.move(connection, sessionId, from, subject, overSomeone, now, actor);
            return new SubjectAssignment(sessionId, from, subject, overSomeone
                    ? SubjectAssignment.Outcome.REASSIGNED : SubjectAssignment.Outcome.ASSIGNED);
        }));
    }

    // ---- consent records ----

    /** The subject's consent records of every purpose, oldest first. */
    public List<ConsentRecord> consents(String subject) {
        Objects.requireNonNull(subject, "subject");
        return readReview("read consent records", () -> ConsentRows.ofSubject(connection, subject));
    }

    /** May the subject's data be used for the purpose now? See {@link ConsentState} for the rule. */
    public ConsentState consentState(String subject, ConsentPurpose purpose) {
        Objects.requireNonNull(purpose, "purpose");
        return ConsentState.of(subject, purpose, consents(subject));
    }

    /**
     * Records that the subject grants the purpose now, under the policy if one is named. When the
     * purpose is already granted under the same policy nothing is written and the deciding record
     * is returned.
     *
     * @param source one of {@link ConsentRecord#SOURCES}
     * @throws IllegalArgumentException for an unassigned subject: there is no person to grant it
     */
    public ConsentRecord grantConsent(String subject, ConsentPurpose purpose, String policyId, String policyVersion,
                                      String recordedBy, String source) {
        Objects.requireNonNull(subject, "subject");
        if (SubjectIds.isUnassigned(subject)) {
            // Nobody can consent on behalf of a person nobody has named yet.
            throw new IllegalArgumentException(UNASSIGNED_CONSENT);
        }
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Instant now = now();
        return withLock("record consent", () -> inTransaction(() -> {
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
            ConsentRecord stored = ConsentRows.insert(connection, new ConsentRecord(0, subject, purpose, policyId,
                    policyVersion, grantedAt, null, recordedBy, source), now);
            auditConsent(now, recordedBy, "grant", stored, "");
            return stored;
        }));
    }

    /**
     * Records that the subject withdraws the purpose now: every record still granting it gets its
     * withdrawal time; nothing is deleted. When nothing was granted, a withdrawal-only record is
     * kept so that a grant imported later from an older capture header cannot outrank it.
     *
     * @return the records this withdrawal wrote
     */
    public List<ConsentRecord> withdrawConsent(String subject, ConsentPurpose purpose, String recordedBy,
                                               String source) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Instant now = now();
        return withLock("withdraw consent", () -> inTransaction(() -> {
            List<ConsentRecord> changed = new ArrayList<>();
            for (ConsentRecord r : readConsents(subject)) {
                if (r.purpose() == purpose && !r.isWithdrawn()) {
                    // Never before the grant, even when the clock stepped back.
                    Instant at = now.isBefore(r.grantedAt()) ? r.grantedAt() : now;
                    ConsentRows.markWithdrawn(connection, r.id(), at);
                    ConsentRecord withdrawn = r.withdrawn(at);
                    auditConsent(now, recordedBy, "withdraw", withdrawn, "");
                    changed.add(withdrawn);
                }
            }
            if (changed.isEmpty() && ConsentState.of(subject, purpose, readConsents(subject)).status()
                    != ConsentStatus.WITHDRAWN) {
                ConsentRecord stored = ConsentRows.insert(connection, new ConsentRecord(0, subject, purpose, null,
                        null, null, now, recordedBy, source), now);
                auditConsent(now, recordedBy, "withdraw", stored, "");
                changed.add(stored);
            }
            return changed;
        }));
    }

    /**
     * The capture header's consent becomes one record per purpose it lists (purposes Trailmark
     * does not know are left to the header), unless the same grant is already recorded, withdrawn
     * or not. Call inside the import's transaction.
     */
    private void recordHeaderConsent(SessionInfo info, Instant now) throws SQLException {
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
                ConsentRecord stored = ConsentRows.insert(connection, wanted, now);
                existing.add(stored);
                auditConsent(now, "import", "grant", stored, " from the header of session " + info.id());
            }
        }
    }

    private List<ConsentRecord> readConsents(String subject) throws SQLException {
        try {
            return new ArrayList<>(ConsentRows.ofSubject(connection, subject));
        } catch (DamagedDataException e) {
            throw new WorkspaceException("workspace " + file + " is damaged (consent records)", e);
        }
    }

    /** Ids, purpose and source only: the subject id is pseudonymous and the policy names no content. */
    private void auditConsent(Instant at, String actor, String what, ConsentRecord r, String origin)
            throws SQLException {
        // Filed under no session: consent belongs to the subject, and a session's own entries stay
        // what was done to that session.
        insertAudit(at, actor, "consent", null, what + " " + r.purpose().wireName() + " subject=" + r.subject()
                + " record=" + r.id() + " source=" + r.source()
                + (r.policyText() == null ? "" : " policy=" + r.policyText()) + origin);
    }

    // ---- import ----

    private static byte[][] encodeChunks(SessionLog log) {
        int chunkCount = (log.size() + CHUNK_EVENTS - 1) / CHUNK_EVENTS;
        // The common pool has (cores - 1) workers plus the calling thread: two threads on the target machine.
        IntStream chunks = IntStream.range(0, chunkCount);
        if (chunkCount > 1) {
            chunks = chunks.parallel();
        }
        return chunks.mapToObj(n -> {
            int from = n * CHUNK_EVENTS;
            int to = Math.min(log.size(), from + CHUNK_EVENTS);
            EventColumns columns = EventColumns.copyOf(log, from, to);
            return EventChunkCodec.encode(columns, 0, to - from);
        }).toArray(byte[][]::new);
    }

    private void insertChunks(String sessionId, SessionLog log, byte[][] chunks) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO event_chunks"
                + " (session_id, chunk_no, t_first, t_last, event_count, codec, data) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int n = 0; n < chunks.length; n++) {
                int from = n * CHUNK_EVENTS;
                int to = Math.min(log.size(), from + CHUNK_EVENTS);
                ps.setString(1, sessionId);
                ps.setInt(2, n);
                ps.setInt(3, log.time(from));
                ps.setInt(4, log.time(to - 1));
                ps.setInt(5, to - from);
                ps.setInt(6, EventChunkCodec.CODEC_COLUMNS_DEFLATE);
                ps.setBytes(7, chunks[n]);
                ps.executeUpdate();
            }
        }
    }

    private void insertSubjectIfNew(String subject, Instant now) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT OR IGNORE INTO subjects (id, first_seen) VALUES (?, ?)")) {
            ps.setString(1, subject);
            ps.setString(2, now.toString());
            ps.executeUpdate();
        }
    }

    private void insertAudit(Instant at, String actor, String action, String sessionId, String detail)
            throws SQLException {
        AuditRows.insert(connection, at, actor, action, sessionId, detail);
    }

    private boolean exists(String sessionId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM sessions WHERE id = ?")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    // ---- load ----

    /** The stored bytes of one session, read under the lock and decoded outside it. */
    private record StoredSession(String id, long eventCount, int chunkCount, byte[] strings,
                                 int[] chunkEvents, int[] chunkCodecs, byte[][] chunkData) {
    }

    private StoredSession readStored(String sessionId) throws SQLException {
        long eventCount;
        int chunkCount;
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT event_count, chunk_count FROM sessions WHERE id = ?")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new WorkspaceException("no session " + sessionId + " in workspace " + file);
                }
                eventCount = rs.getLong(1);
                chunkCount = rs.getInt(2);
            }
        }
        byte[] strings = null;
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT codec, data FROM session_strings WHERE session_id = ?")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getInt(1) == STRINGS_CODEC) {
                    strings = rs.getBytes(2);
                }
            }
        }
        if (strings == null || eventCount < 0 || eventCount > Integer.MAX_VALUE - 8 || chunkCount < 0) {
            throw new WorkspaceException("session " + sessionId + " in workspace " + file + " is damaged");
        }
        int[] events = new int[chunkCount];
        int[] codecs = new int[chunkCount];
        byte[][] data = new byte[chunkCount][];
        int seen = 0;
        try (PreparedStatement ps = connection.prepareStatement("SELECT chunk_no, event_count, codec, data"
                + " FROM event_chunks WHERE session_id = ? ORDER BY chunk_no")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (seen >= chunkCount || rs.getInt(1) != seen) {
                        throw new WorkspaceException("session " + sessionId + " in workspace " + file + " is damaged");
                    }
                    events[seen] = rs.getInt(2);
                    codecs[seen] = rs.getInt(3);
                    data[seen] = rs.getBytes(4);
                    seen++;
                }
            }
        }
        if (seen != chunkCount || Arrays.stream(events).asLongStream().sum() != eventCount) {
            throw new WorkspaceException("session " + sessionId + " in workspace " + file + " is damaged");
        }
        return new StoredSession(sessionId, eventCount, chunkCount, strings, events, codecs, data);
    }

    private static SessionLog decode(StoredSession stored) {
        int size = (int) stored.eventCount();
        EventColumns columns = EventColumns.allocate(size);
        int[] offsets = new int[stored.chunkCount()];
        for (int n = 1; n < offsets.length; n++) {
            offsets[n] = offsets[n - 1] + stored.chunkEvents()[n - 1];
        }
        IntStream chunks = IntStream.range(0, stored.chunkCount());
        if (stored.chunkCount() > 1) {
            chunks = chunks.parallel();
        }
        chunks.forEach(n -> {
            if (stored.chunkCodecs()[n] != EventChunkCodec.CODEC_COLUMNS_DEFLATE) {
                throw new DamagedDataException("unknown chunk codec");
            }
            EventChunkCodec.decode(stored.chunkData()[n], stored.chunkEvents()[n], columns, offsets[n]);
        });
        return columns.toLog(size, StringTableCodec.decode(stored.strings()));
    }

    // ---- plumbing ----

    private List<SessionSummary> querySummaries(String sql, String parameter) {
        return withLock("list sessions", () -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                if (parameter != null) {
                    ps.setString(1, parameter);
                }
                List<SessionSummary> result = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        try {
                            result.add(SessionRows.read(rs));
                        } catch (DamagedDataException e) {
                            throw new WorkspaceException("session " + rs.getString("id") + " in workspace " + file
                                    + " is damaged", e);
                        }
                    }
                }
                return withTrainingConsent(result);
            }
        });
    }

    /** One query for every subject's training consent, so listing sessions stays one pass. */
    private List<SessionSummary> withTrainingConsent(List<SessionSummary> summaries) throws SQLException {
        if (summaries.isEmpty()) {
            return summaries;
        }
        Map<String, ConsentStatus> training;
        try {
            training = ConsentRows.statusBySubject(connection, ConsentPurpose.TRAINING);
        } catch (DamagedDataException e) {
            throw new WorkspaceException("workspace " + file + " is damaged (consent records)", e);
        }
        List<SessionSummary> result = new ArrayList<>(summaries.size());
        for (SessionSummary s : summaries) {
            result.add(s.withTrainingConsent(training.getOrDefault(s.subject(), ConsentStatus.NONE)));
        }
        return result;
    }

    /**
     * Told what every database operation does ("read the audit log") before it runs, on the thread
     * that runs it; the studio's tests check with it that none runs on the UI thread.
     */
    public void watchAccess(java.util.function.Consumer<String> watcher) {
        accessWatcher = Objects.requireNonNull(watcher, "watcher");
    }

    private <T> T withLock(String doing, Transactions.SqlWork<T> work) {
        accessWatcher.accept(doing);
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("workspace " + file + " is closed");
            }
            return work.run();
        } catch (SQLException e) {
            throw SqlErrors.translate(e, file, doing);
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code work} in one transaction; call with the lock held. */
    private <T> T inTransaction(Transactions.SqlWork<T> work) throws SQLException {
        return Transactions.inTransaction(connection, work);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static void refuseWhatIsNotAWorkspaceFile(Path path) {
        if (Files.isDirectory(path)) {
            throw new WorkspaceException("workspace " + path + " is a folder, not a file");
        }
        if (!Files.exists(path)) {
            return;
        }
        try {
            if (Files.size(path) == 0) {
                return; // an empty file (e.g. from touch) becomes a new workspace
            }
            byte[] head = new byte[SQLITE_MAGIC.length];
            int read;
            try (InputStream in = Files.newInputStream(path)) {
                read = in.readNBytes(head, 0, head.length);
            }
            if (read < head.length || !Arrays.equals(head, SQLITE_MAGIC)) {
                throw new WorkspaceException("workspace " + path + " is not a Trailmark workspace");
            }
        } catch (IOException e) {
            throw new WorkspaceException("cannot read workspace " + path, e);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // Already failing with a better message.
        }
    }
}
