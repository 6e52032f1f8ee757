package org.trailmark.io.ducktrack;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.trailmark.io.MediaReference;
import org.trailmark.io.Problem;

/**
 * The screen video of a recording folder and the files in it that Trailmark does not read.
 *
 * <p>Sync is OpenCUA's: the first frame was taken at {@code video_start_timestamp} on the events'
 * {@code perf_counter} clock, so it lies at the session time that clock time maps to, exactly as the
 * events do. OBS pauses ({@code OBS_WEBSOCKET_OUTPUT_PAUSED} / {@code _RESUMED}) stop the video's
 * time while session time runs on; {@code OBS_WEBSOCKET_OUTPUT_STOPPING} ends it.
 *
 * <p>Without {@code video_start_timestamp} (DuckTrack) the video is not used: OBS's own start
 * signal comes up to half a second after the first frame (0.5 s in the AgentNet fixture), about 15
 * frames off, and a picture that far from its events would mislead the reviewer.
 */
final class RecordingVideo {
    private static final Set<String> VIDEO_EXTENSIONS = Set.of("mp4", "mkv");
    private static final int NAMES_LISTED = 20;
    /** Read-me and note files people put beside a recording: no recorder writes them, so nothing is missed. */
    private static final Set<String> NOTES_BY_PEOPLE = Set.of("md", "txt");

    /** The video references (zero or one) and notes on what was left unused. */
    record Found(List<MediaReference> media, List<Problem> notes) {
    }

    private RecordingVideo() {
    }

    /**
     * @param read the files the importer read (by name), which are never called unused
     */
    static Found find(Path folder, Set<String> read, ObsTimings obs, RecordingReader.Result recording,
                      ProblemSink sink) {
        List<Path> videos = new ArrayList<>();
        List<Path> unused = new ArrayList<>();
        for (Path file : filesIn(folder)) {
            String name = file.getFileName().toString();
            if (read.contains(name) || name.startsWith(".") || NOTES_BY_PEOPLE.contains(extension(name))) {
                continue;
            }
            (VIDEO_EXTENSIONS.contains(extension(name)) ? videos : unused).add(file);
        }
        List<MediaReference> media = new ArrayList<>();
        List<Problem> notes = new ArrayList<>();
        if (videos.size() == 1 && obs.videoStart() != null && !Double.isNaN(recording.origin())) {
            media.add(reference(videos.get(0), obs, recording, sink));
        } else if (videos.size() > 1) {
            for (Path video : videos) {
                notes.add(Problem.note(video, "screen video not used: the folder holds " + videos.size()
                        + " videos and its metadata cannot tell which one it times"));
            }
        } else if (videos.size() == 1) {
            notes.add(Problem.note(videos.get(0), "screen video not used: metadata.json does not say when its"
                    + " first frame was taken (no video_start_timestamp), so it cannot be put in step with the events"));
        }
        int listed = 0;
        for (Path file : unused) {
            if (listed++ == NAMES_LISTED) {
                notes.add(Problem.note(folder, (unused.size() - NAMES_LISTED) + " more files not used by Trailmark"));
                break;
            }
            notes.add(Problem.note(file, Files.isDirectory(file) ? "folder not used by Trailmark"
                    : "not used by Trailmark"));
        }
        return new Found(media, notes);
    }

    private static MediaReference reference(Path video, ObsTimings obs, RecordingReader.Result recording,
                                            ProblemSink sink) {
        if (recording.clockRestarted()) {
            sink.warn(video, 0, "the recorder's clock was reset during the recording: the video is in step with"
                    + " the events before the reset only");
        }
        int firstFrame = clamp(recording.sessionMs(obs.videoStart()));
        List<MediaReference.Pause> pauses = new ArrayList<>();
        for (int i = 0; i < obs.paused().size(); i++) {
            int at = clamp(recording.sessionMs(obs.paused().get(i)));
            Integer resume = null;
            if (i < obs.resumed().size()) {
                resume = Math.max(at, clamp(recording.sessionMs(obs.resumed().get(i))));
            }
            pauses.add(new MediaReference.Pause(at, resume));
        }
        Integer stop = obs.stopping() == null ? null : clamp(recording.sessionMs(obs.stopping()));
        return MediaReference.video(video.toAbsolutePath(), firstFrame, pauses, stop, null);
    }

    private static int clamp(long ms) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, ms));
    }

    private static List<Path> filesIn(Path folder) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                files.add(entry);
            }
        } catch (IOException e) {
            return List.of();
        }
        files.sort(null);
        return files;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
