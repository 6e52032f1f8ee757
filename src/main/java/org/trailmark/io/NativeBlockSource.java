package org.trailmark.io;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The bytes of a capture file in large blocks, so lines can be found without per-byte stream
 * calls. A gzip file is inflated on a second thread while the caller parses the previous block:
 * inflating and parsing cost about the same, and the machines this runs on have two cores. A
 * damaged or cut-off gzip stream delivers everything inflated before the damage, then says how
 * it ended.
 */
abstract class NativeBlockSource implements Closeable {

    static final int BLOCK_SIZE = 512 * 1024;

    /** Rough bytes per event line of a typical capture, to size the columns once instead of growing them. */
    private static final int TYPICAL_LINE_BYTES = 42;
    private static final int MAX_PRESIZED_EVENTS = 16_000_000;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    /** How the byte stream ended, known once {@link #next()} has returned null. */
    enum Ending {
        CLEAN,
        /** The gzip stream stops before its end (a capture that crashed or a partial copy). */
        TRUNCATED,
        /** The gzip data is corrupt part-way (or its checksum does not match). */
        DAMAGED,
        /** The name ends in .gz but the content is not gzip. */
        NOT_GZIP,
        /** The operating system could not read the file. */
        IO_ERROR
    }

    static final class Block {
        final byte[] data;
        int length;

        Block(int size) {
            data = new byte[size];
        }
    }

    /** The next block (at least one byte), or null at the end; give it back with {@link #release}. */
    abstract Block next() throws IOException;

    abstract void release(Block block);

    abstract Ending ending();

    /** Opens the file; throws only when it cannot be opened at all (missing, unreadable). */
    static NativeBlockSource open(Path file, boolean gzip) throws IOException {
        InputStream in = Files.newInputStream(file);
        return gzip ? new Inflating(in, BLOCK_SIZE) : new Plain(in, BLOCK_SIZE);
    }

    static Ending classify(IOException e) {
        if (e instanceof EOFException) {
            return Ending.TRUNCATED;
        }
        if (e instanceof ZipException) {
            return Ending.DAMAGED;
        }
        return Ending.IO_ERROR;
    }

    /** Finds a line break eight bytes at a time: this scan touches every byte of the file. */
    static int indexOfNewline(byte[] data, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long word = (long) LONGS.get(data, i) ^ NEWLINES;
            // a zero byte in word is a newline in data; the lowest flagged byte is always a true zero
            long zeros = (word - ONES) & ~word & HIGH_BITS;
            if (zeros != 0) {
                return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (data[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Sizes the columns from the file size, or from the gzip trailer's uncompressed size. */
    static int estimateEvents(Path file, boolean gzip, long size) {
        long bytes = size;
        if (gzip) {
            bytes = size * 6;
            if (size >= 18) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                    ByteBuffer trailer = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
                    channel.read(trailer, size - 4);
                    long inflated = trailer.flip().remaining() == 4 ? trailer.getInt() & 0xFFFFFFFFL : 0;
                    // The trailer holds the size modulo 4 GiB (and only of the last member): trust it when plausible.
                    if (inflated >= size && inflated <= size * 30) {
                        bytes = inflated;
                    }
                } catch (IOException e) {
                    // the estimate only avoids regrowing the columns
                }
            }
        }
        long events = bytes / TYPICAL_LINE_BYTES + 16;
        return (int) Math.max(1024, Math.min(MAX_PRESIZED_EVENTS, events));
    }

    /** An uncompressed file, read on the caller's thread into one reused block. */
    private static final class Plain extends NativeBlockSource {
        private final InputStream in;
        private final Block block;
        private Ending ending;

        Plain(InputStream in, int size) {
            this.in = in;
            this.block = new Block(size);
        }

        @Override
        Block next() {
            if (ending != null) {
                return null;
            }
            int n = 0;
            try {
                while (n < block.data.length) {
                    int r = in.read(block.data, n, block.data.length - n);
                    if (r < 0) {
                        ending = Ending.CLEAN;
                        break;
                    }
                    n += r;
                }
            } catch (IOException e) {
                ending = Ending.IO_ERROR;
            }
            block.length = n;
            return n > 0 ? block : null;
        }

        @Override
        void release(Block b) {
            // one block, reused
        }

        @Override
        Ending ending() {
            return ending == null ? Ending.CLEAN : ending;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** A gzip file inflated by a producer thread into a small ring of blocks. */
    private static final class Inflating extends NativeBlockSource implements Runnable {
        private static final int BLOCKS = 4;
        private static final Block END = new Block(0);

        private final InputStream raw;
        private final BlockingQueue<Block> full = new ArrayBlockingQueue<>(BLOCKS + 1);
        private final BlockingQueue<Block> empty = new ArrayBlockingQueue<>(BLOCKS);
        private final Thread thread;
        private volatile Ending ending = Ending.CLEAN;
        private boolean done;

        Inflating(InputStream raw, int size) {
            this.raw = raw;
            for (int i = 0; i < BLOCKS; i++) {
                empty.add(new Block(size));
            }
            thread = new Thread(this, "trailmark-inflate");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void run() {
            Ending result = Ending.IO_ERROR;
            try {
                result = pump();
            } catch (InterruptedException e) {
                return; // the reader closed us; nobody waits for the end marker
            } catch (RuntimeException e) {
                result = Ending.IO_ERROR;
            } finally {
                try {
                    raw.close();
                } catch (IOException ignored) {
                    // closing a read-only file cannot lose data
                }
            }
            ending = result;
            try {
                full.put(END);
            } catch (InterruptedException ignored) {
                // closed while ending: nothing left to hand over
            }
        }

        private Ending pump() throws InterruptedException {
            GZIPInputStream gz;
            try {
                gz = new GZIPInputStream(raw, 64 * 1024);
            } catch (ZipException e) {
                return Ending.NOT_GZIP;
            } catch (IOException e) {
                return classify(e);
            }
            while (true) {
                Block block = empty.take();
                int n = 0;
                IOException failure = null;
                byte[] data = block.data;
                try {
                    while (n < data.length) {
                        int r = gz.read(data, n, data.length - n);
                        if (r < 0) {
                            break;
                        }
                        n += r;
                    }
                } catch (IOException e) {
                    failure = e;
                }
                block.length = n;
                if (n > 0) {
                    full.put(block);
                } else {
                    empty.put(block);
                }
                if (failure != null) {
                    return classify(failure);
                }
                if (n < data.length) {
                    return Ending.CLEAN;
                }
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
        }

        @Override
        Block next() throws IOException {
            if (done) {
                return null;
            }
            Block block;
            try {
                block = full.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("reading was interrupted");
            }
            if (block == END) {
                done = true;
                return null;
            }
            return block;
        }

        @Override
        void release(Block block) {
            empty.offer(block);
        }

        @Override
        Ending ending() {
            return ending;
        }

        @Override
        public void close() {
            thread.interrupt();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
