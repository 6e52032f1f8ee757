package org.trailmark.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.trailmark.model.FrameMask;
import org.trailmark.model.MediaKind;
import org.trailmark.model.ScreenMedia;

/**
 * Decides, for one session, which picture each trajectory step observed: the frame on screen at the
 * action's time minus the offset, unless the whole picture is hidden then or no media shows that
 * moment. Nothing is decoded here; the chosen pictures are gathered as {@link Request}s, one per
 * distinct time, for the {@link ObservationWriter}.
 */
final class SessionObservations {
    /** One picture to write: the frame of {@code media} at session time {@code atMs}, with its mask burnt in. */
    record Request(int atMs, String file, ScreenMedia media, Path mediaFile, FrameMask mask) {
    }

    private final List<ScreenMedia> media;
    private final Function<String, Optional<Path>> files;
    /** Looked up once per file: a video is the same file for every step, and each lookup lists a folder. */
    private final Map<String, Optional<Path>> found = new java.util.HashMap<>();
    private final PictureHiding hiding;
    private final int offsetMs;
    private final String folder;
    private final String sessionPseudonym;
    private final Map<Integer, Observation> decided = new TreeMap<>();
    private final Map<Integer, Request> requests = new TreeMap<>();

    /**
     * @param folder     the split's observation folder inside the dataset, e.g. {@code data/observations/train}
     * @param files      finds a stored media file by its SHA-256
     */
    SessionObservations(List<ScreenMedia> media, Function<String, Optional<Path>> files, PictureHiding hiding,
                        int offsetMs, String folder, String sessionPseudonym) {
        this.media = media;
        this.files = files;
        this.hiding = hiding;
        this.offsetMs = offsetMs;
        this.folder = folder;
        this.sessionPseudonym = sessionPseudonym;
    }

    /** The media the steps observe. */
    List<ScreenMedia> media() {
        return media;
    }

    /** What of the screen is hidden when: the same answer the read-back check uses. */
    PictureHiding hiding() {
        return hiding;
    }

    /** The observation of a step whose action starts at {@code actionMs}. */
    Observation at(int actionMs) {
        int t = actionMs - offsetMs;
        return decided.computeIfAbsent(t, this::decide);
    }

    private Observation decide(int t) {
        if (media.isEmpty()) {
            return Observation.withheld(Observation.NO_MEDIA);
        }
        String reason = hiding.withheldReason(t);
        if (reason != null) {
            return Observation.withheld(reason);
        }
        FrameMask mask = hiding.maskAt(t);
        ScreenMedia shown = showing(media, t);
        if (shown == null) {
            return Observation.withheld(Observation.NO_PICTURE);
        }
        String sha = shown.kind() == MediaKind.VIDEO ? shown.sha256() : shown.stills().get(shown.stillIndexAt(t)).sha256();
        Optional<Path> file = found.computeIfAbsent(sha, files);
        if (file.isEmpty()) {
            return Observation.withheld(Observation.FILE_MISSING);
        }
        String name = folder + "/" + fileName(sessionPseudonym, t);
        requests.put(t, new Request(t, name, shown, file.get(), mask));
        return Observation.of(name);
    }

    /** Zero-padded so the files of a session sort in time order. */
    static String fileName(String sessionPseudonym, int atMs) {
        return sessionPseudonym + "-" + String.format(Locale.ROOT, "%010d", atMs) + ".png";
    }

    /** The media showing a picture at a session time, or null. */
    static ScreenMedia showing(List<ScreenMedia> media, int t) {
        if (t < 0) {
            return null;
        }
        for (ScreenMedia m : media) {
            if (m.kind() == MediaKind.VIDEO ? m.videoMsAt(t) >= 0 : m.stillIndexAt(t) >= 0) {
                return m;
            }
        }
        return null;
    }

    /** The pictures to write, in time order. */
    List<Request> requests() {
        return new ArrayList<>(requests.values());
    }
}
