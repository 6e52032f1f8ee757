package org.trailmark.subject;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.MediaKind;
import org.trailmark.model.MediaSegment;
import org.trailmark.model.ScreenMedia;
import org.trailmark.model.ScreenStill;
import org.trailmark.store.OwnerOnlyFiles;
import org.trailmark.store.Workspace;

/**
 * The screen media part of a subject archive. Each session lists its media (hash, kind, time span,
 * size); the files themselves go in only when the person asks ({@code --with-media}): copied into a
 * folder beside the archive, {@code <archive>.media/}, owner-only, named by their SHA-256.
 *
 * <p>A session holding other people's data (a third-party flag not rejected) keeps its media out
 * even then, with the reason: pictures cannot be redacted like keys and titles, so the whole file is
 * withheld rather than handing over a colleague's chat or a customer's record.
 */
final class ArchiveMedia {
    static final String WITHHELD = "holds other people's data marked by a reviewer (third party); ask the"
            + " workspace's owner for a copy with it masked";

    private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{64}\\.[a-z0-9]{1,8}");

    private final Workspace workspace;
    private final Path folder;
    /** File name in the media folder → stored file, filled as sessions are written. */
    private final Map<String, Path> toCopy = new LinkedHashMap<>();

    /** @param folder where the files go, or null when the archive lists media without files */
    ArchiveMedia(Workspace workspace, Path folder) {
        this.workspace = workspace;
        this.folder = folder;
    }

    static Path folderFor(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".media");
    }

    void write(JsonGenerator g, String sessionId, List<Flag> flags) throws IOException {
        boolean withheld = flags.stream().anyMatch(f -> f.category() == FlagCategory.THIRD_PARTY && f.masks());
        g.writeArrayFieldStart("media");
        for (ScreenMedia m : workspace.media().ofSession(sessionId)) {
            g.writeStartObject();
            g.writeStringField("kind", m.kind().key());
            g.writeStringField("sha256", m.sha256());
            g.writeNumberField("start_ms", m.startMs());
            g.writeNumberField("end_ms", m.endMs());
            g.writeNumberField("width", m.width());
            g.writeNumberField("height", m.height());
            g.writeNumberField("fps", m.fps());
            g.writeNumberField("frames", m.frames());
            g.writeStringField("source_name", m.sourceName());
            if (m.kind() == MediaKind.VIDEO) {
                g.writeArrayFieldStart("segments");
                for (MediaSegment s : m.segments()) {
                    g.writeStartObject();
                    g.writeNumberField("session_start_ms", s.sessionStartMs());
                    g.writeNumberField("media_start_ms", s.mediaStartMs());
                    g.writeNumberField("duration_ms", s.durationMs());
                    g.writeEndObject();
                }
                g.writeEndArray();
            } else {
                g.writeArrayFieldStart("stills");
                for (ScreenStill s : m.stills()) {
                    g.writeStartObject();
                    g.writeNumberField("t", s.atMs());
                    g.writeStringField("sha256", s.sha256());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            files(g, m, withheld);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void files(JsonGenerator g, ScreenMedia m, boolean withheld) throws IOException {
        if (folder == null) {
            return;
        }
        if (withheld) {
            g.writeNullField("files");
            g.writeStringField("withheld", WITHHELD);
            return;
        }
        List<String> hashes = m.kind() == MediaKind.VIDEO ? List.of(m.sha256())
                : m.stills().stream().map(ScreenStill::sha256).distinct().toList();
        g.writeArrayFieldStart("files");
        for (String sha : hashes) {
            Optional<Path> stored = workspace.media().file(sha);
            if (stored.isPresent()) {
                String name = stored.get().getFileName().toString();
                toCopy.put(name, stored.get());
                g.writeString(folder.getFileName() + "/" + name);
            }
        }
        g.writeEndArray();
    }

    /** How many files the archive's media folder will hold. */
    int files() {
        return toCopy.size();
    }

    /**
     * Copies the listed files into the media folder (owner-only) and removes what an earlier archive
     * of the same name left there that this one does not list.
     */
    void copyFiles() throws IOException {
        if (folder == null) {
            return;
        }
        OwnerOnlyFiles.createFolders(folder);
        removeAllBut(toCopy.keySet());
        for (Map.Entry<String, Path> e : toCopy.entrySet()) {
            Path target = folder.resolve(e.getKey());
            if (Files.exists(target) && Files.size(target) == Files.size(e.getValue())) {
                continue;
            }
            try (InputStream in = Files.newInputStream(e.getValue());
                 OutputStream out = OwnerOnlyFiles.newOutputStream(target)) {
                in.transferTo(out);
            }
        }
    }

    private void removeAllBut(Set<String> keep) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (STORED_NAME.matcher(name).matches() && !keep.contains(name) && Files.isRegularFile(file)) {
                    Files.delete(file);
                }
            }
        }
    }
}
