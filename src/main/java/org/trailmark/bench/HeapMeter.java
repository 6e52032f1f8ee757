package org.trailmark.bench;

/** Heap in use after the collector has run, for "resident bytes per event". */
final class HeapMeter {
    private HeapMeter() {
    }

    static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        // Several rounds: one System.gc() may leave floating garbage behind.
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}
