package org.trailmark.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.trailmark.io.agentnet.AgentNetImporter;
import org.trailmark.io.ducktrack.DuckTrackImporter;

/**
 * The known capture formats, and format sniffing: the first importer that accepts a path reads
 * it. Order matters: the foreign recording folders also contain {@code .jsonl} files, so their
 * importers are asked before the native one, and AgentNet (a DuckTrack derivative with extra
 * files) before DuckTrack.
 */
public final class Importers {
    private Importers() {
    }

    /** Every importer, most specific first. */
    public static List<SessionImporter> all() {
        return List.of(new AgentNetImporter(), new DuckTrackImporter(), new NativeImporter());
    }

    public static Optional<SessionImporter> forPath(Path path) {
        return all().stream().filter(i -> i.accepts(path)).findFirst();
    }

    /**
     * Reads a path with the importer that recognises it. An unrecognised path gives one ERROR
     * problem naming the formats that were tried.
     */
    public static ReadResult read(Path path, ImportOptions options) {
        return forPath(path).map(i -> i.read(path, options))
                .orElseGet(() -> new ReadResult(List.of(), List.of(Problem.error(path, 0,
                        "not a capture this version can read (tried: " + String.join(", ",
                                all().stream().map(SessionImporter::formatName).toList()) + ")"))));
    }
}
