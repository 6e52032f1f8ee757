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
    static final int CHUNK_EVENTS = SessionRepository.CHUNK_EVENTS;
    static final int BUSY_TIMEOUT_MS = 5_000;
    static final int STRINGS_CODEC = JdbcSessions.STRINGS_CODEC;
    /** The audit action of a pseudonym key rotation. */
    public static final String PSEUDONYM_KEY_ROTATED = AuditActions.PSEUDONYM_KEY_ROTATED;

    /** Why a grant for an unassigned subject is refused, in words for the person who tried. */
    public static final String UNASSIGNED_CONSENT = ConsentRepository.UNASSIGNED_CONSENT;

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final Database db;
    private final Housekeeping housekeeping;
    private final JdbcSessions sessions;
    private final JdbcReview review;
    private final JdbcFlags flags;
    private final JdbcConsent consent;
    private final JdbcAuditLog audit;
    private final JdbcSubjects subjects;
    private final JdbcMedia media;
    private final JdbcContext context;
    private final JdbcSettings settings;
    private final JdbcErasure erasure;
    private final WorkspaceUser user;
    private final JdbcVersions versions;
    private final JdbcAssignments assignments;
    private final JdbcAccess access;
    private final JdbcRetention retention;
    private final JdbcHolds holds;

    private Workspace(Path file, Connection connection, boolean readOnly) {
        this(file, new Database(connection, SqlDialect.SQLITE, file.toString(), readOnly),
                new SqliteHousekeeping(file), new MediaStore(file), WorkspaceUser.ofOperatingSystem());
    }

    Workspace(Path file, Database db, Housekeeping housekeeping, MediaStore mediaStore, WorkspaceUser user) {
        this.file = file;
        this.user = user;
        this.db = db;
        this.housekeeping = housekeeping;
        this.consent = new JdbcConsent(db);
        this.media = new JdbcMedia(db, mediaStore);
        this.sessions = new JdbcSessions(db, consent, media);
        this.review = new JdbcReview(db, sessions, user);
        this.flags = new JdbcFlags(db, user);
        this.versions = new JdbcVersions(db, user);
        this.audit = new JdbcAuditLog(db);
        this.subjects = new JdbcSubjects(db);
        this.context = new JdbcContext(db);
        this.settings = new JdbcSettings(db, housekeeping);
        this.access = new JdbcAccess(db, user, java.time.Clock.systemUTC());
        // Accesses still waiting name sessions an erasure removes: written first, under their subject.
        this.erasure = new JdbcErasure(db, housekeeping, sessions, audit, media, access::flush);
        this.assignments = new JdbcAssignments(db, sessions);
        this.retention = new JdbcRetention(db);
        this.holds = new JdbcHolds(db);
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

    /**
     * Opens a team workspace on a PostgreSQL server, which must hold the current schema
     * ({@code trailmark workspace init URL} makes and updates it). Screen media live in the database;
     * this computer keeps copies of those it has shown in a cache under {@code mediaRoot}, one folder
     * per server, database and login, pruned here of what the login may no longer see.
     *
     * @param mediaRoot the folder holding each team workspace's media cache
     */
    public static Workspace openTeam(org.trailmark.store.pg.PostgresLocation location, Path mediaRoot) {
        Connection c = location.connect();
        try {
            org.trailmark.store.pg.PostgresSchema.requireCurrent(c, location);
            String me;
            try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("SELECT session_user")) {
                rs.next();
                me = rs.getString(1);
            } catch (SQLException e) {
                throw SqlErrors.translatePostgres(e, location.describe(), "open workspace " + location.describe());
            }
            Workspace team = new Workspace(null, new Database(c, SqlDialect.POSTGRESQL, location.describe(), false),
                    new PostgresHousekeeping(), MediaStore.inFolder(mediaRoot.resolve(teamFolderName(location, me))),
                    WorkspaceUser.ofDatabase(me));
            // what was erased since this computer last opened it, or is no longer this login's to see, goes
            team.media.pruneCache();
            return team;
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /**
     * host_port_database_user with anything but letters, digits, dot and dash replaced: one cache folder
     * per team workspace and login, so two logins on one computer never share each other's pictures.
     */
    static String teamFolderName(org.trailmark.store.pg.PostgresLocation location, String databaseUser) {
        return (location.host() + "_" + location.port() + "_" + location.database() + "_" + databaseUser)
                .replaceAll("[^A-Za-z0-9.-]", "_");
    }

    /** True for a workspace on a PostgreSQL server, false for a SQLite file. */
    public boolean isTeam() {
        return db.dialect() == SqlDialect.POSTGRESQL;
    }

    /**
     * The workspace file (SQLite); empty for a team workspace, which lives on its server (name it with
     * {@link #where()} or {@link #displayName()}).
     */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** A short name for window titles: the file's name, or "database on host". */
    public String displayName() {
        return file != null ? file.getFileName().toString() : db.where();
    }

    /** How messages name this workspace: its file, or its server and database. */
    public String where() {
        return db.where();
    }

    /** True when opened with {@link #openReadOnly}: every write fails. */
    public boolean isReadOnly() {
        return db.isReadOnly();
    }

    public SessionRepository sessions() {
        return sessions;
    }

    public ReviewRepository review() {
        return review;
    }

    public FlagRepository flags() {
        return flags;
    }

    public ConsentRepository consent() {
        return consent;
    }

    public AuditLog audit() {
        return audit;
    }

    public SubjectRepository subjects() {
        return subjects;
    }

    public MediaRepository media() {
        return media;
    }

    public ContextRepository context() {
        return context;
    }

    public SettingsRepository settings() {
        return settings;
    }

    public ErasureRepository erasure() {
        return erasure;
    }

    public RetentionRepository retention() {
        return retention;
    }

    public HoldRepository holds() {
        return holds;
    }

    public AssignmentRepository assignments() {
        return assignments;
    }

    /** The connection and lock, for store-internal work across repositories (copying a workspace). */
    Database database() {
        return db;
    }

    Housekeeping housekeeping() {
        return housekeeping;
    }

    /** Who looked at which session; recording is batched, see {@link AccessRepository}. */
    public AccessRepository access() {
        return access;
    }

    public VersionRepository versions() {
        return versions;
    }

    /** Who is using the workspace (whose version of a double-labelled session they see). */
    public WorkspaceUser currentUser() {
        return user;
    }

    /** The schema version of the workspace (the last migration step applied). */
    public int schemaVersion() {
        return db.locked("read workspace", () -> housekeeping.schemaVersion(db.connection()));
    }

    /**
     * Moves everything from the write-ahead log into the main file and truncates the log, so the
     * file alone holds the workspace (before copying it, or to measure its size).
     */
    public void checkpoint() {
        db.locked("checkpoint workspace", () -> {
            housekeeping.checkpoint(db.connection());
            return null;
        });
    }

    /** The backend's own consistency check; "ok" when sound. */
    public String integrityCheck() {
        return db.locked("check workspace", () -> housekeeping.integrityCheck(db.connection()));
    }

    /** Bytes the workspace takes on disk now (SQLite: the file plus its write-ahead log). */
    public long fileBytes() {
        return db.locked("measure workspace", () -> housekeeping.storedBytes(db.connection()));
    }

    /**
     * Told what every database operation does ("read the audit log") before it runs, on the thread
     * that runs it; the studio's tests check with it that none runs on the UI thread.
     */
    public void watchAccess(java.util.function.Consumer<String> watcher) {
        db.watchAccess(watcher);
    }

    /** Writes the accesses still waiting, then closes the connection even when they cannot be written. */
    @Override
    public void close() {
        try {
            access.flush();
        } finally {
            db.close();
        }
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
