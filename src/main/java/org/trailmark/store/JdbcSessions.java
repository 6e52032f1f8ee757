package org.trailmark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentStatus;
import org.trailmark.model.EventKind;
import org.trailmark.model.EventSink;
import org.trailmark.model.EventSource;
import org.trailmark.model.LogFigures;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.ScreenMedia;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;
import org.trailmark.model.SubjectIds;

/**
 * Sessions in SQL both backends accept. CPU work that needs no database (encoding chunks before an
 * import, decoding them after a load) runs outside the lock, on up to two threads.
 */
final class JdbcSessions implements SessionRepository {
    static final int STRINGS_CODEC = 1;

    private final Database db;
    private final JdbcConsent consent;
    private final JdbcMedia mediaUpload;

    JdbcSessions(Database db, JdbcConsent consent, JdbcMedia mediaUpload) {
        this.db = db;
        this.consent = consent;
        this.mediaUpload = mediaUpload;
    }

    @Override
    public boolean contains(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return db.locked("read workspace", () -> db.sessionExists(sessionId));
    }

    @Override
    public AddOutcome add(SessionInfo info, SessionLog log, List<ScreenMedia> media, String sourcePath, String actor) {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(actor, "actor");
        if (contains(info.id())) {
            return AddOutcome.ALREADY_PRESENT;
        }
        byte[][] chunks = encodeChunks(log);
        LogFigures figures = LogFigures.of(log);
        Instant now = Database.now();
        return db.write("import session", () -> {
            // Checked again under the lock: another thread, process or person may have added it meanwhile.
            if (db.sessionExists(info.id())) {
                return AddOutcome.ALREADY_PRESENT;
            }
            insertSessionRows(info, figures, chunks.length, media, sourcePath, actor, now);
            insertChunks(info.id(), log, chunks);
            return AddOutcome.ADDED;
        });
    }

    @Override
    public Optional<AddOutcome> addStreamed(String sessionId, StreamedImport.Read read, String sourcePath,
                                            String actor) {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(actor, "actor");
        if (contains(sessionId)) {
            return Optional.of(AddOutcome.ALREADY_PRESENT);
        }
        Instant now = Database.now();
        try {
            return Optional.of(db.write("import session", () -> {
                if (db.sessionExists(sessionId)) {
                    return AddOutcome.ALREADY_PRESENT;
                }
                Connection c = db.connection();
                try (Statement s = c.createStatement()) {
                    // the chunks come before their session row; the keys are checked at commit
                    s.execute(db.dialect().deferForeignKeys());
                }
                StreamedImport.Rows rows;
                int chunkCount;
                try (ChunkStreamWriter chunks = new ChunkStreamWriter(c, sessionId, CHUNK_EVENTS)) {
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
        Connection c = db.connection();
        SessionRows.Figures figures = new SessionRows.Figures(log.events(), log.durationMs(), chunkCount,
                log.countsByKind(), log.apps());
        UnassignedSubjects.insertIfNew(c, info.subject(), now);
        try (PreparedStatement ps = c.prepareStatement(SessionRows.INSERT)) {
            SessionRows.bindInsert(ps, info, figures, now, sourcePath);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO session_strings (session_id, codec, data) VALUES (?, ?, ?)")) {
            ps.setString(1, info.id());
            ps.setInt(2, STRINGS_CODEC);
            ps.setBytes(3, StringTableCodec.encode(log.strings()));
            ps.executeUpdate();
        }
        MediaRows.insert(c, info.id(), media);
        // after the rows that cite it: on a team workspace those rows are what lets this login see the content
        mediaUpload.uploadCitedLocked(media);
        if (SubjectIds.isHostPseudonym(info.subject())) {
            ContextRows.rememberHost(c, info.id(), info.subject());
        }
        db.audit(now, actor, "import", info.id(), "events=" + log.events() + " format=" + info.sourceFormat()
                + (media.isEmpty() ? "" : " media=" + media.size()));
        consent.recordHeaderConsent(info, now);
    }

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
        try (PreparedStatement ps = db.connection().prepareStatement("INSERT INTO event_chunks"
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

    @Override
    public List<SessionSummary> all() {
        return querySummaries("SELECT " + SessionRows.COLUMNS + " FROM sessions ORDER BY start_epoch_ms, id", null);
    }

    @Override
    public List<SessionSummary> ofSubject(String subject) {
        Objects.requireNonNull(subject, "subject");
        return querySummaries("SELECT " + SessionRows.COLUMNS
                + " FROM sessions WHERE subject_id = ? ORDER BY start_epoch_ms, id", subject);
    }

    @Override
    public Optional<SessionSummary> find(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        List<SessionSummary> found = querySummaries("SELECT " + SessionRows.COLUMNS
                + " FROM sessions WHERE id = ?", sessionId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<SessionSummary> withStatus(Set<ReviewStatus> statuses) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        // Wire names are fixed enum constants, so inlining them is safe.
        String in = statuses.stream().map(s -> "'" + s.wireName() + "'").sorted().collect(Collectors.joining(", "));
        return querySummaries("SELECT " + SessionRows.COLUMNS + " FROM sessions WHERE review_status IN (" + in
                + ") ORDER BY start_epoch_ms, id", null);
    }

    @Override
    public SessionLog loadLog(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        StoredSession stored = db.locked("load session", () -> readStored(sessionId));
        try {
            return decode(stored);
        } catch (DamagedDataException | IllegalArgumentException e) {
            throw db.damaged(sessionId, e);
        }
    }

    @Override
    public EventSource storedEvents(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        SessionSummary summary = find(sessionId).orElseThrow(() -> db.noSession(sessionId));
        try {
            StoredEvents events = db.locked("load session", () -> {
                byte[] strings = null;
                int chunkCount = -1;
                try (PreparedStatement ps = db.connection().prepareStatement("SELECT s.chunk_count, t.codec, t.data"
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
                return StoredEvents.open(db::locked, db.connection(), sessionId, (int) summary.events(), chunkCount,
                        StringTableCodec.decode(strings));
            });
            return new DamageReporting(events, sessionId);
        } catch (DamagedDataException | IllegalArgumentException e) {
            throw db.damaged(sessionId, e);
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
                throw db.damaged(sessionId, e);
            }
        }
    }

    /** The stored bytes of one session, read under the lock and decoded outside it. */
    private record StoredSession(String id, long eventCount, int chunkCount, byte[] strings,
                                 int[] chunkEvents, int[] chunkCodecs, byte[][] chunkData) {
    }

    private StoredSession readStored(String sessionId) throws SQLException {
        Connection c = db.connection();
        long eventCount;
        int chunkCount;
        try (PreparedStatement ps = c.prepareStatement("SELECT event_count, chunk_count FROM sessions WHERE id = ?")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw db.noSession(sessionId);
                }
                eventCount = rs.getLong(1);
                chunkCount = rs.getInt(2);
            }
        }
        byte[] strings = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT codec, data FROM session_strings WHERE session_id = ?")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getInt(1) == STRINGS_CODEC) {
                    strings = rs.getBytes(2);
                }
            }
        }
        if (strings == null || eventCount < 0 || eventCount > Integer.MAX_VALUE - 8 || chunkCount < 0) {
            throw db.damaged(sessionId, null);
        }
        int[] events = new int[chunkCount];
        int[] codecs = new int[chunkCount];
        byte[][] data = new byte[chunkCount][];
        int seen = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT chunk_no, event_count, codec, data"
                + " FROM event_chunks WHERE session_id = ? ORDER BY chunk_no")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (seen >= chunkCount || rs.getInt(1) != seen) {
                        throw db.damaged(sessionId, null);
                    }
                    events[seen] = rs.getInt(2);
                    codecs[seen] = rs.getInt(3);
                    data[seen] = rs.getBytes(4);
                    seen++;
                }
            }
        }
        if (seen != chunkCount || Arrays.stream(events).asLongStream().sum() != eventCount) {
            throw db.damaged(sessionId, null);
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

    private List<SessionSummary> querySummaries(String sql, String parameter) {
        return db.locked("list sessions", () -> {
            try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
                if (parameter != null) {
                    ps.setString(1, parameter);
                }
                List<SessionSummary> result = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        try {
                            result.add(SessionRows.read(rs));
                        } catch (DamagedDataException e) {
                            throw db.damaged(rs.getString("id"), e);
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
            training = ConsentRows.statusBySubject(db.connection(), ConsentPurpose.TRAINING);
        } catch (DamagedDataException e) {
            throw new WorkspaceException("workspace " + db.where() + " is damaged (consent records)", e);
        }
        List<SessionSummary> result = new ArrayList<>(summaries.size());
        for (SessionSummary s : summaries) {
            result.add(s.withTrainingConsent(training.getOrDefault(s.subject(), ConsentStatus.NONE)));
        }
        return result;
    }
}
