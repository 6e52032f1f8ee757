package org.trailmark.store;

import java.nio.file.Path;

/** Child process of {@link LockTest}: takes a workspace's lock, says "LOCKED" and waits to be killed. */
public final class LockTestHolder {
    private LockTestHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        WorkspaceLock lock = WorkspaceLock.acquire(Path.of(args[0]));
        System.out.println("LOCKED " + lock.lockFile());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
