package org.trailmark.io.openadapt;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trailmark.io.MediaReference;
import org.trailmark.io.Problem;

/**
 * The screen video OpenAdapt writes beside the database, named by the recording's timestamp:
 * {@code oa_recording-<timestamp>.mp4} (OpenAdapt and early openadapt-capture) or
 * {@code recording-<timestamp>.mp4}, and {@code video.mp4} in a capture folder that holds one
 * recording. Its first frame was taken at {@code recording.video_start_time} (epoch seconds, the
 * events' clock), which puts it in step with the events; without that time it is not used. Videos
 * whose name matches no recording of the database are named in a note.
 */
final class RecordingVideoFile {
    private static final Pattern NAMED = Pattern.compile("(?:oa_)?recording-(-?\\d{1,12}(?:\\.\\d{1,9})?)\\.mp4");
    static final String SINGLE_NAME = "video.mp4";
    /** Python's repr of the timestamp and SQLite's stored value agree far closer than this. */
    private static final double SAME_TIME_S = 0.001;

    private RecordingVideoFile() {
    }

    /** The videos in the database's folder (by name), in name order. */
    static List<Path> candidates(Path database) {
        Path folder = database.toAbsolutePath().getParent();
        List<Path> videos = new ArrayList<>();
        if (folder == null) {
            return videos;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.mp4")) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (Files.isRegularFile(entry) && (NAMED.matcher(name).matches() || name.equals(SINGLE_NAME))) {
                    videos.add(entry);
                }
            }
        } catch (IOException e) {
            return videos;
        }
        videos.sort(null);
        return videos;
    }

    /** Whether the video is the one of this recording, by its name. */
    static boolean belongsTo(Path video, RecordingRow recording, int recordings) {
        String name = video.getFileName().toString();
        if (name.equals(SINGLE_NAME)) {
            return recordings == 1;
        }
        Matcher m = NAMED.matcher(name);
        return m.matches() && recording.timestamp() != null
                && Math.abs(Double.parseDouble(m.group(1)) - recording.timestamp()) < SAME_TIME_S;
    }

    /** The recording's video reference, or a note on why the video is not used. */
    static MediaReference reference(Path video, RecordingRow recording, RecordingEvents.Result events,
                                    RowProblems problems) {
        if (recording.videoStartTime() == null) {
            problems.add(Problem.note(video, "screen video not used: recording.video_start_time is empty, so it"
                    + " cannot be put in step with the events"));
            return null;
        }
        long first = events.sessionMs(recording.videoStartTime());
        if (Math.abs(first) > Integer.MAX_VALUE) {
            problems.add(Problem.note(video, "screen video not used: recording.video_start_time is far from the"
                    + " recording's events"));
            return null;
        }
        return MediaReference.video(video.toAbsolutePath(), (int) first, List.of(), null, null);
    }
}
