package org.trailmark.store.pg;

import java.io.IOException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Stops {@link PostgresTestServer} when the JUnit Jupiter run is over: the root context closes what its store
 * holds once every test class has run, which is before the test JVM reports its results and exits. Registered
 * for every test class through src/test/resources (META-INF/services and junit-platform.properties), so a class
 * that uses the server needs nothing of its own.
 */
public final class StopPostgresAfterTests implements BeforeAllCallback {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(StopPostgresAfterTests.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("server", key -> new Stopper(), Stopper.class);
    }

    /** Closed with the root context: at the end of the run, once. */
    private static final class Stopper implements AutoCloseable {
        @Override
        public void close() throws IOException {
            PostgresTestServer.stop();
        }
    }
}
