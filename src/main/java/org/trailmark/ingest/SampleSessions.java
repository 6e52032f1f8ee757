package org.trailmark.ingest;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.trailmark.io.ImportOptions;
import org.trailmark.store.AuditActions;
import org.trailmark.store.Workspace;

/**
 * The sessions bundled with Trailmark (sample-sessions/), used to seed a new workspace so that a
 * newcomer opens the studio on something real.
 */
public final class SampleSessions {
    public static final String FOLDER_NAME = "sample-sessions";
    static final String SEED_ACTION = AuditActions.SEED;

    private SampleSessions() {
    }

    /**
     * Finds the bundled samples: {@code -Dtrailmark.samples} or {@code TRAILMARK_SAMPLES} if set,
     * else {@code sample-sessions/} in the working folder (a source checkout), else beside the
     * application jar or one level above it (target/ and app-image layouts).
     */
    public static Optional<Path> locate() {
        List<Path> candidates = new ArrayList<>();
        String property = System.getProperty("trailmark.samples");
        if (property != null && !property.isBlank()) {
            candidates.add(Path.of(property));
        }
        String env = System.getenv("TRAILMARK_SAMPLES");
        if (env != null && !env.isBlank()) {
            candidates.add(Path.of(env));
        }
        candidates.add(Path.of(FOLDER_NAME));
        codeLocation().ifPresent(dir -> {
            candidates.add(dir.resolve(FOLDER_NAME));
            if (dir.getParent() != null) {
                candidates.add(dir.getParent().resolve(FOLDER_NAME));
            }
        });
        return candidates.stream().filter(Files::isDirectory).findFirst().map(Path::toAbsolutePath);
    }

    /** The sample inputs in a stable order: top-level capture files and recording folders. */
    public static List<Path> inputs(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> Files.isDirectory(p) || isCaptureFile(p)).sorted().toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    /**
     * Imports the samples into a workspace that has never held a session and was never seeded
     * before (so erasing every session later does not bring the samples back).
     */
    public static Optional<ImportReport> seedIfEmpty(Workspace workspace, ImportProgress progress) {
        if (!workspace.sessions().all().isEmpty()
                || workspace.audit().entries(null).stream().anyMatch(e -> SEED_ACTION.equals(e.action()))) {
            return Optional.empty();
        }
        Optional<Path> folder = locate();
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        ImportReport report = new ImportService(workspace, "trailmark")
                .importPaths(inputs(folder.get()), ImportOptions.defaults(), progress);
        workspace.audit().append("trailmark", SEED_ACTION, null, "sessions=" + report.imported());
        return Optional.of(report);
    }

    private static boolean isCaptureFile(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".jsonl") || name.endsWith(".jsonl.gz");
    }

    private static Optional<Path> codeLocation() {
        try {
            Path code = Path.of(SampleSessions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // target/classes and target/trailmark.jar both sit one level below the project or app folder
            return Optional.ofNullable(code.getParent());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
