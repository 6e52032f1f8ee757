package org.trailmark.store;

import java.nio.file.Path;

/** Child process of {@link LockTest}: takes a workspace's lock, says "READY" and waits to be killed. */
public final class LockTestHolder {
    private LockTestHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        // Held in a try block so it stays reachable: an unreachable lock's channel may be cleaned up, freeing it.
        try (WorkspaceLock held = WorkspaceLock.acquire(Path.of(args[0]))) {
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(600_000);
        }
    }
}
