package org.trailmark.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.trailmark.media.MediaException;
import org.trailmark.media.MediaLibraries;
import org.trailmark.media.VideoDecoder;
import org.trailmark.media.VideoFacts;
import org.trailmark.media.VideoFrame;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A smoke check for a fresh install or a packaged image: loads FFmpeg's natives, opens a video and
 * decodes the frames at the given times. Prints sizes and times only, never picture content.
 */
@Command(name = "media-check", hidden = true, description = {
        "Check that this installation plays screen video: load FFmpeg, open FILE, decode the frame at each --at."})
final class MediaCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A video file.")
    Path file;

    @Option(names = "--at", paramLabel = "MS", split = ",", description = "Media times in ms (default: 0).")
    List<Long> times = List.of(0L);

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--workspace", hidden = true, description = "Accepted for symmetry; never opens a workspace.")
    Path workspace;

    @Option(names = "--debug", hidden = true)
    boolean debug;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        MediaLibraries.load();
        double loadMs = (System.nanoTime() - start) / 1e6;
        ObjectNode root = Json.object();
        root.put("ffmpeg", MediaLibraries.version());
        root.put("licence", MediaLibraries.licence());
        root.put("load_ms", Math.round(loadMs));
        PrintWriter out = spec.commandLine().getOut();
        try (VideoDecoder decoder = VideoDecoder.open(file)) {
            VideoFacts facts = decoder.facts();
            root.put("codec", facts.codec());
            root.put("width", facts.width());
            root.put("height", facts.height());
            root.put("fps", facts.fps());
            root.put("frames", facts.frames());
            root.put("duration_ms", facts.durationMs());
            ArrayNode decoded = root.putArray("decoded");
            for (long at : times) {
                long t = System.nanoTime();
                VideoFrame frame = decoder.frameAt(at);
                ObjectNode row = decoded.addObject();
                row.put("at_ms", at);
                row.put("frame_starts_ms", frame.mediaMs());
                row.put("width", frame.width());
                row.put("height", frame.height());
                row.put("ms", Math.round((System.nanoTime() - t) / 1e5) / 10.0);
            }
        } catch (MediaException e) {
            throw new UserError(e.getMessage());
        }
        if (json) {
            Json.print(out, root);
        } else {
            out.printf("FFmpeg %s (%s), loaded in %d ms%n", root.path("ffmpeg").asText(), root.path("licence").asText(),
                    root.path("load_ms").asLong());
            out.printf("%s: %s %dx%d, %.2f fps, %d frames, %d ms%n", file.getFileName(), root.path("codec").asText(),
                    root.path("width").asInt(), root.path("height").asInt(), root.path("fps").asDouble(),
                    root.path("frames").asLong(), root.path("duration_ms").asLong());
            root.path("decoded").forEach(row -> out.printf("  at %d ms: the frame from %d ms, %dx%d, in %.1f ms%n",
                    row.path("at_ms").asLong(), row.path("frame_starts_ms").asLong(), row.path("width").asInt(),
                    row.path("height").asInt(), row.path("ms").asDouble()));
            out.flush();
        }
        return 0;
    }
}
