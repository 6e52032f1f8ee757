package org.trailmark.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The Python side of the whole-process import figures (src/bench/python, shipped in the jar under
 * {@code bench/python/}): {@code make_r1.py} writes the DuckTrack-layout reference recording and
 * {@code baseline_import.py} is the row-per-event import it is compared with.
 */
public final class BaselineScripts {
    static final String MAKE_R1 = "make_r1.py";
    static final String BASELINE_IMPORT = "baseline_import.py";

    private BaselineScripts() {
    }

    /** Copies both scripts out of the class path into {@code dir}; returns the folder. */
    static Path extract(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : new String[] {MAKE_R1, BASELINE_IMPORT}) {
            try (InputStream in = BaselineScripts.class.getResourceAsStream("/bench/python/" + name)) {
                if (in == null) {
                    throw new IOException("this build has no bench/python/" + name + " (src/bench/python)");
                }
                Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir;
    }

    /**
     * The Python interpreter to run them with: {@code requested} (a path, or a name looked up on
     * {@code PATH}), by default {@code python3}, resolved to the interpreter itself; empty when there is
     * none or it does not run.
     */
    public static Optional<String> findPython(String requested) {
        return onPath(requested == null ? "python3" : requested).flatMap(BaselineScripts::realInterpreter);
    }

    /**
     * A launcher such as a pyenv shim is a shell script that costs hundreds of milliseconds per start,
     * which would be charged to the baseline: ask the interpreter where it really is.
     */
    private static Optional<String> realInterpreter(String command) {
        try {
            Process p = new ProcessBuilder(command, "-c", "import sys; print(sys.executable)")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String printed = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .trim();
            if (p.waitFor() != 0) {
                return Optional.empty();
            }
            return Optional.of(!printed.isEmpty() && Files.isExecutable(Path.of(printed)) ? printed : command);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static Optional<String> onPath(String name) {
        if (name.contains(File.separator)) {
            return Files.isExecutable(Path.of(name)) ? Optional.of(name) : Optional.empty();
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return Optional.of(Path.of(dir, name).toString());
            }
        }
        return Optional.empty();
    }
}
