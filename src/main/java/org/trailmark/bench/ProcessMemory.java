package org.trailmark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Memory a process really uses: the live heap after a collection plus everything outside the heap
 * (FFmpeg's decoder buffers, JavaCPP allocations), which heap figures alone would miss. Plain resident
 * size would also count heap the collector has reserved and not returned, which says nothing about
 * the code measured.
 */
final class ProcessMemory {
    private static final Path STATUS = Path.of("/proc/self/status");

    private ProcessMemory() {
    }

    /** Live heap plus non-heap resident bytes after a collection, or -1 where the system does not say. */
    static long inUseAfterGc() {
        long liveHeap = HeapMeter.usedAfterGc();
        long resident = residentBytes();
        if (resident < 0) {
            return -1;
        }
        long committedHeap = Runtime.getRuntime().totalMemory();
        return resident - committedHeap + liveHeap;
    }

    /** Linux's VmRSS, or -1. */
    static long residentBytes() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmRSS:")) {
                    String[] parts = line.substring(6).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
