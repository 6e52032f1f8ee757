package org.trailmark.ui.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Takes a cancelled export's files back out of its output folder. */
final class OutputRollback {
    private OutputRollback() {
    }

    /**
     * Leaves the output folder as it was before the run: absent, or there and empty. It was empty
     * or absent before (the wizard checks), so everything in it now is the export's own.
     */
    static void restore(Path folder, boolean existedBefore) throws IOException {
        if (Files.isDirectory(folder)) {
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(folder)) {
                paths = walk.sorted(Comparator.reverseOrder()).toList();
            }
            for (Path p : paths) {
                if (!p.equals(folder) || !existedBefore) {
                    Files.deleteIfExists(p);
                }
            }
        } else if (existedBefore) {
            Files.createDirectories(folder);
        }
    }
}
