package org.trailmark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing what a benchmark wrote into its scratch folder, so the folder itself can go at the end. */
final class ScratchFiles {
    private ScratchFiles() {
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** A workspace file and everything named after it: SQLite's -wal and -shm, the lock, the media folder. */
    static void deleteWorkspace(Path workspaceFile) throws IOException {
        Path dir = workspaceFile.getParent();
        String name = workspaceFile.getFileName().toString();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith(name)).toList()) {
                deleteTree(p);
            }
        }
    }
}
