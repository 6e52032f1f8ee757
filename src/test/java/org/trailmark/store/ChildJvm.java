package org.trailmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A child JVM for the tests that kill a process mid-work. The child prints {@code READY} once it
 * is set up and one {@code ACK ...} line per step it has committed; the test hands every line to
 * its own handler and kills the child with SIGKILL.
 *
 * <p>When to kill is decided by the child's progress (after its n-th acknowledgement), not by
 * the wall clock: on a loaded machine a child can need seconds for what takes milliseconds on an
 * idle one, and a test that sleeps a fixed time and then expects progress fails there. The waits
 * below only guard against a child that stopped (or never started) working.
 */
public final class ChildJvm {
    /** How long a child may go without the awaited progress before the test gives up on it. */
    private static final long PATIENCE_MS = TimeUnit.MINUTES.toMillis(5);

    private final Process process;
    private final Path stderr;
    private final Thread reader;
    private final Consumer<String> handler;
    private boolean ready;
    private int acks;
    private boolean ended;
    private IOException readError;

    private ChildJvm(Process process, Path stderr, Consumer<String> handler) {
        this.process = process;
        this.stderr = stderr;
        this.handler = handler;
        this.reader = new Thread(this::readLines, "child-jvm-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code main} in a new JVM on this test's class path. Its standard error goes to
     * {@code stderr} (kept apart, so JVM warnings never mix with the protocol lines); each line of
     * its standard output goes to {@code handler}, on one thread, in order.
     */
    public static ChildJvm start(Path stderr, String maxHeap, Class<?> main, Consumer<String> handler,
                                 String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        return new ChildJvm(process, stderr, handler);
    }

    /** Waits until the child has printed READY. */
    public synchronized void awaitReady() throws InterruptedException {
        awaitProgress(() -> ready, "READY");
    }

    /** Waits until the child has printed {@code count} ACK lines and the handler has seen them. */
    public synchronized void awaitAcks(int count) throws InterruptedException {
        awaitProgress(() -> acks >= count, count + " acknowledgements (has " + acks + ")");
    }

    /**
     * Kills the child (SIGKILL) and returns once it is gone and every line it wrote before dying
     * has been handled.
     */
    public void killAndDrain() throws InterruptedException {
        // Through the process handle: Process.destroyForcibly() also closes our end of the child's
        // standard output, and lines it wrote just before dying (the last ACK) would be lost.
        process.toHandle().destroyForcibly();
        assertThat(process.waitFor(PATIENCE_MS, TimeUnit.MILLISECONDS)).as("killed child exited").isTrue();
        reader.join(PATIENCE_MS);
        assertThat(reader.isAlive()).as("reader reached the end of the child's output").isFalse();
        synchronized (this) {
            assertThat(readError).as("reading the child's output").isNull();
        }
    }

    private interface Condition {
        boolean holds();
    }

    private void awaitProgress(Condition condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        while (!condition.holds()) {
            if (ended) {
                fail("child ended before " + what + "; its standard error: " + errors());
            }
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                fail("child made no progress to " + what + " in " + PATIENCE_MS / 1000 + " s; its standard error: "
                        + errors());
            }
            wait(left);
        }
    }

    private void readLines() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                // Handled before it counts, so a test that waited for an ACK finds it recorded.
                handler.accept(line);
                synchronized (this) {
                    if (line.equals("READY")) {
                        ready = true;
                    } else if (line.startsWith("ACK ")) {
                        acks++;
                    }
                    notifyAll();
                }
            }
        } catch (IOException e) {
            synchronized (this) {
                readError = e;
            }
        } finally {
            synchronized (this) {
                ended = true;
                notifyAll();
            }
        }
    }

    private String errors() {
        try {
            return Files.exists(stderr) ? Files.readString(stderr) : "";
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
