package org.trailmark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.trailmark.model.SessionLog;

/**
 * Stores a session's events chunk by chunk while the importer still reads: each chunk a
 * {@link org.trailmark.model.SessionLogBuilder#spilling spilling builder} hands on is encoded
 * ({@link EventChunkCodec}) and inserted on one second thread, inside the transaction its caller
 * opened on the same connection, so an import that fails or is killed leaves no chunk behind.
 *
 * <p>Each chunk is copied at once into one of {@value #IN_FLIGHT} column sets that are used over
 * and over (the builder may reuse its arrays as soon as {@link #accept} returns); with none free,
 * the reader waits, so memory does not grow with the capture's length and the encoding makes no
 * garbage but the blobs ({@link ChunkEncoder}). The reader does not use the connection until
 * {@link #finish()} has returned, so the two threads never use it at once.
 */
final class ChunkStreamWriter implements Consumer<SessionLog>, AutoCloseable {
    static final int IN_FLIGHT = 2;
    private static final String INSERT = "INSERT INTO event_chunks"
            + " (session_id, chunk_no, t_first, t_last, event_count, codec, data) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final String sessionId;
    private final PreparedStatement insert;
    private final ExecutorService encoder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "chunk-encoder");
        t.setDaemon(true);
        return t;
    });
    private final BlockingQueue<EventColumns> free = new ArrayBlockingQueue<>(IN_FLIGHT);
    private final ChunkEncoder encoding = new ChunkEncoder();
    private int submitted;
    private volatile Throwable failure;

    private ChunkStreamWriter(Connection connection, String sessionId) throws SQLException {
        this.sessionId = sessionId;
        this.insert = connection.prepareStatement(INSERT);
    }

    ChunkStreamWriter(Connection connection, String sessionId, int chunkEvents) throws SQLException {
        this(connection, sessionId);
        for (int i = 0; i < IN_FLIGHT; i++) {
            free.add(EventColumns.allocate(chunkEvents));
        }
    }

    /** Copies one chunk and queues it; waits while {@value #IN_FLIGHT} are in flight; throws once one failed. */
    @Override
    public void accept(SessionLog chunk) {
        rethrowFailure();
        EventColumns columns = takeFree(chunk.size());
        int size = chunk.size();
        for (int i = 0; i < size; i++) {
            columns.time[i] = chunk.time(i);
            columns.kind[i] = chunk.kindCode(i);
            columns.x[i] = chunk.x(i);
            columns.y[i] = chunk.y(i);
            columns.a[i] = chunk.a(i);
            columns.b[i] = chunk.b(i);
        }
        int number = submitted++;
        encoder.execute(() -> {
            try {
                if (failure == null) {
                    store(number, columns, size);
                }
            } catch (SQLException | RuntimeException | Error e) {
                failure = e;
            } finally {
                free.add(columns);
            }
        });
    }

    private EventColumns takeFree(int size) {
        EventColumns columns;
        try {
            columns = free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkspaceException("import interrupted");
        }
        if (columns.time.length < size) {
            columns = EventColumns.allocate(size);
        }
        return columns;
    }

    private void store(int number, EventColumns columns, int size) throws SQLException {
        byte[] data = encoding.encode(columns, size);
        insert.setString(1, sessionId);
        insert.setInt(2, number);
        insert.setInt(3, columns.time[0]);
        insert.setInt(4, columns.time[size - 1]);
        insert.setInt(5, size);
        insert.setInt(6, EventChunkCodec.CODEC_COLUMNS_DEFLATE);
        insert.setBytes(7, data);
        insert.executeUpdate();
    }

    /** Waits until every chunk is stored and returns how many there are; throws the first failure. */
    int finish() throws SQLException {
        List<EventColumns> all = new ArrayList<>(IN_FLIGHT);
        try {
            while (all.size() < IN_FLIGHT) {
                all.add(free.take());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkspaceException("import interrupted");
        } finally {
            free.addAll(all);
        }
        Throwable failed = failure;
        if (failed instanceof SQLException e) {
            throw e;
        }
        rethrowFailure();
        return submitted;
    }

    private void rethrowFailure() {
        Throwable failed = failure;
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        if (failed instanceof Error e) {
            throw e;
        }
        if (failed != null) {
            throw new WorkspaceException("could not store the session's events: " + failed.getMessage(), failed);
        }
    }

    /** Stops the encoder thread, after waiting for the chunk it may be storing. */
    @Override
    public void close() throws SQLException {
        encoder.shutdown();
        try {
            encoder.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        encoding.close();
        insert.close();
    }
}
