package org.trailmark.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.trailmark.io.MediaReference;
import org.trailmark.io.Problem;
import org.trailmark.media.MediaException;
import org.trailmark.media.VideoFacts;
import org.trailmark.media.VideoProbe;
import org.trailmark.model.MediaKind;
import org.trailmark.model.MediaSegment;
import org.trailmark.model.ScreenMedia;
import org.trailmark.model.ScreenRegion;
import org.trailmark.model.ScreenStill;
import org.trailmark.model.SessionInfo;
import org.trailmark.store.MediaStore;

/**
 * Turns the media references of a read session into stored {@link ScreenMedia}: each video is
 * probed (opened and its first frame decoded) before it is copied into the workspace's media store,
 * and each still's size is read. A file that is missing or cannot be played is a warning naming it;
 * the session is imported without it. Problems never name what the pictures show.
 */
final class MediaIntake {
    private final MediaStore store;

    /** The media ready to be added with the session, and the problems met. */
    record Taken(List<ScreenMedia> media, List<Problem> problems, boolean storedAny) {
    }

    MediaIntake(MediaStore store) {
        this.store = store;
    }

    Taken take(SessionInfo info, List<MediaReference> references) {
        List<ScreenMedia> media = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        boolean stored = false;
        for (MediaReference reference : references) {
            try {
                ScreenMedia taken = reference.kind() == MediaKind.VIDEO
                        ? video(info, reference, problems) : stills(info, reference, problems);
                if (taken != null) {
                    media.add(taken);
                    stored = true;
                }
            } catch (IOException e) {
                // the copy into the workspace failed: anything copied is cleared by the caller
                stored = true;
                problems.add(Problem.warning(reference.displayFile(), 0, "screen media could not be copied into the"
                        + " workspace (" + e.getClass().getSimpleName() + "); the events are imported without it"));
            }
        }
        return new Taken(media, problems, stored);
    }

    private ScreenMedia video(SessionInfo info, MediaReference reference, List<Problem> problems) throws IOException {
        Path file = reference.file();
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.warning(file, 0, "screen video is missing; the events are imported without it"));
            return null;
        }
        VideoFacts facts;
        try {
            facts = VideoProbe.probe(file);
        } catch (MediaException e) {
            problems.add(Problem.warning(file, 0, "screen video cannot be played (" + e.getMessage()
                    + "); the events are imported without it"));
            return null;
        }
        List<MediaSegment> segments = reference.segments(facts.durationMs());
        if (segments.isEmpty() || facts.frames() <= 0 || !(facts.fps() > 0)) {
            problems.add(Problem.warning(file, 0, "screen video shows no time of the session (it is empty or"
                    + " ends before it starts); the events are imported without it"));
            return null;
        }
        if (facts.hasAudio()) {
            problems.add(Problem.note(file, "sound not imported (only the pictures of the screen video are kept)"));
        }
        MediaStore.StoredFile copy = store.store(file);
        return new ScreenMedia(MediaKind.VIDEO, copy.sha256(), facts.width(), facts.height(), facts.fps(),
                (int) Math.min(Integer.MAX_VALUE, facts.frames()), segments, List.of(),
                area(info, reference, facts.width(), facts.height(), file, problems),
                file.getFileName().toString());
    }

    private ScreenMedia stills(SessionInfo info, MediaReference reference, List<Problem> problems) throws IOException {
        List<ScreenStill> stills = new ArrayList<>();
        MessageDigest series = sha256();
        for (MediaReference.Still still : reference.stills()) {
            MediaStore.StoredFile copy;
            int[] size;
            if (still.inside() != null) {
                copy = storeInside(still, problems);
                size = copy == null ? null : imageSize(copy.path());
                if (copy != null && size == null) {
                    // the copy is cited by nothing: the import's clean-up removes it
                    problems.add(insideProblem(still, "screenshot is not an image Trailmark can read; left out"));
                }
                if (size == null) {
                    continue;
                }
            } else {
                Path file = still.file();
                size = Files.isRegularFile(file) ? imageSize(file) : null;
                if (size == null) {
                    problems.add(Problem.warning(file, 0, Files.isRegularFile(file)
                            ? "screenshot is not an image Trailmark can read; left out"
                            : "screenshot is missing; left out"));
                    continue;
                }
                copy = store.store(file);
            }
            stills.add(new ScreenStill(still.atMs(), copy.sha256(), size[0], size[1]));
            series.update(copy.sha256().getBytes(StandardCharsets.US_ASCII));
        }
        if (stills.isEmpty()) {
            return null;
        }
        ScreenStill first = stills.get(0);
        return new ScreenMedia(MediaKind.IMAGES, HexFormat.of().formatHex(series.digest()), first.width(),
                first.height(), 0, stills.size(), List.of(), stills,
                area(info, reference, first.width(), first.height(), reference.displayFile(), problems),
                reference.displayFile().getFileName().toString());
    }

    /**
     * Copies a still kept inside the capture (a database row) into the store, one picture in memory
     * at a time; null with a problem when its bytes cannot be read. A failure to write the store
     * propagates like a file's copy.
     */
    private MediaStore.StoredFile storeInside(MediaReference.Still still, List<Problem> problems) throws IOException {
        byte[] bytes;
        try {
            bytes = still.inside().read();
        } catch (IOException e) {
            problems.add(insideProblem(still, "screenshot could not be read from the recording (" + e.getMessage()
                    + "); left out"));
            return null;
        }
        if (bytes == null || bytes.length == 0) {
            problems.add(insideProblem(still, "screenshot is empty; left out"));
            return null;
        }
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return store.store(in, still.inside().extension());
        }
    }

    private static Problem insideProblem(MediaReference.Still still, String reason) {
        return Problem.inRow(still.file(), still.inside().table(), still.inside().row(), Problem.Severity.WARNING,
                reason);
    }

    /** The captured area: as the capture says, else every screen, else (no screen known) the picture itself. */
    private static ScreenRegion area(SessionInfo info, MediaReference reference, int width, int height, Path file,
                                     List<Problem> problems) {
        if (reference.capturedArea() != null) {
            return reference.capturedArea();
        }
        ScreenRegion screens = ScreenRegion.enclosing(info.screens());
        if (screens != null) {
            return screens;
        }
        problems.add(Problem.warning(file, 0, "the screen size is unknown: pointer positions are taken to be"
                + " pixels of the screen pictures"));
        return new ScreenRegion(0, 0, width, height);
    }

    /** Width and height from the image's header, without decoding its pixels; null when unreadable. */
    private static int[] imageSize(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return null;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                return w > 0 && h > 0 ? new int[] {w, h} : null;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
