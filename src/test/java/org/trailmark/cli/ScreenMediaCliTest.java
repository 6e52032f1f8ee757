package org.trailmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.io.MediaReference;
import org.trailmark.io.NativeSessionWriter;
import org.trailmark.media.TimeCodedVideo;
import org.trailmark.media.VideoEncoder;
import org.trailmark.model.Screen;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLogBuilder;

/** Screen media end to end on the command line: import, info, subject archive, erasure. */
class ScreenMediaCliTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;
    private Path workspace;
    private Path video;

    record Run(int code, String out, String err) {
        JsonNode json() throws IOException {
            return MAPPER.readTree(out);
        }
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--workspace");
        all.add(workspace.toString());
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /** A native capture of subject "subj-a" with a 3 s, 10 fps video whose first frame is at 500 ms. */
    @BeforeEach
    void capture() throws Exception {
        workspace = Files.createDirectories(dir.resolve("ws")).resolve("w.trailmark");
        Path folder = Files.createDirectories(dir.resolve("capture"));
        video = TimeCodedVideo.write(folder.resolve("screen.mp4"), 160, 120, 10, 30, 10, VideoEncoder.Codec.H264, null);
        SessionLogBuilder b = new SessionLogBuilder();
        for (int t = 0; t <= 4000; t += 100) {
            b.pointerMove(t, 10 + t / 100, 20);
        }
        SessionInfo info = new SessionInfo("s-video", "subj-a", "native", OffsetDateTime.parse("2026-03-02T09:14:00+01:00"),
                List.of(new Screen(0, 0, 0, 320, 240, 1.0)), "test", "1", null, null);
        NativeSessionWriter.write(info, b.build(), List.of(MediaReference.video(video, 500, List.of(), null, null)),
                folder.resolve("s.jsonl"));
        Run imported = run("import", folder.resolve("s.jsonl").toString(), "--no-scan");
        assertThat(imported.code()).as(imported.out() + imported.err()).isZero();
    }

    @Test
    void infoListsTheVideoWithTheDocumentedKeys() throws Exception {
        JsonNode media = run("info", "s-video", "--json").json().get("media");

        assertThat(media).hasSize(1);
        JsonNode v = media.get(0);
        List<String> keys = new ArrayList<>();
        for (Iterator<String> names = v.fieldNames(); names.hasNext(); ) {
            keys.add(names.next());
        }
        assertThat(keys).startsWith("kind", "sha256", "width", "height", "fps", "frames", "start_ms", "end_ms");
        assertThat(v.get("kind").asText()).isEqualTo("video");
        assertThat(v.get("sha256").asText()).isEqualTo(sha256(video));
        assertThat(v.get("width").asInt()).isEqualTo(160);
        assertThat(v.get("height").asInt()).isEqualTo(120);
        assertThat(v.get("fps").asDouble()).isEqualTo(10.0);
        assertThat(v.get("frames").asInt()).isEqualTo(30);
        assertThat(v.get("start_ms").asInt()).isEqualTo(500);
        assertThat(v.get("end_ms").asInt()).isEqualTo(3500);
        assertThat(v.get("source_name").asText()).isEqualTo("screen.mp4");
        assertThat(run("info", "s-video").out())
                .contains("Screen video 160x120, 10 fps, 30 frames, from 0:00.500 to 0:03.500 (screen.mp4)");
    }

    @Test
    void theSubjectArchiveListsMediaAndHoldsTheFilesOnlyWhenAsked() throws Exception {
        Path plain = dir.resolve("out/plain.json");
        Path full = dir.resolve("out/full.json");

        assertThat(run("subject", "export", "subj-a", "--out", plain.toString()).code()).isZero();
        Run withMedia = run("subject", "export", "subj-a", "--out", full.toString(), "--with-media");

        JsonNode listed = MAPPER.readTree(plain.toFile()).at("/sessions/0/media/0");
        assertThat(listed.get("sha256").asText()).isEqualTo(sha256(video));
        assertThat(listed.get("start_ms").asInt()).isEqualTo(500);
        assertThat(listed.get("end_ms").asInt()).isEqualTo(3500);
        assertThat(listed.has("files")).isFalse();
        assertThat(dir.resolve("out/plain.json.media")).doesNotExist();

        assertThat(withMedia.out()).contains("Screen media: 1 file");
        JsonNode files = MAPPER.readTree(full.toFile()).at("/sessions/0/media/0/files");
        assertThat(files).hasSize(1);
        Path copy = dir.resolve("out").resolve(files.get(0).asText());
        assertThat(copy.getParent()).isEqualTo(dir.resolve("out/full.json.media"));
        assertThat(sha256(copy)).isEqualTo(sha256(video));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rw-------");
    }

    @Test
    void videosOfASessionWithThirdPartyDataAreWithheldFromTheArchive() throws Exception {
        assertThat(run("flag", "add", "s-video", "--from", "1s", "--to", "2s", "--category", "third_party",
                "--reason", "a colleague's chat").code()).isZero();
        Path full = dir.resolve("out/full.json");

        run("subject", "export", "subj-a", "--out", full.toString(), "--with-media");

        JsonNode entry = MAPPER.readTree(full.toFile()).at("/sessions/0/media/0");
        assertThat(entry.get("sha256").asText()).isEqualTo(sha256(video));
        assertThat(entry.get("files").isNull()).isTrue();
        assertThat(entry.get("withheld").asText()).contains("other people's data");
        try (Stream<Path> files = Files.list(dir.resolve("out/full.json.media"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void erasingTheSubjectLeavesNoMediaFileAndNoByteOfItUnderTheWorkspaceFolder() throws Exception {
        byte[] bytes = Files.readAllBytes(video);
        byte[] probe = java.util.Arrays.copyOfRange(bytes, bytes.length / 2, bytes.length / 2 + 64);
        assertThat(containsAnywhere(workspace.getParent(), probe)).as("the video is stored first").isTrue();

        Run erased = run("erase", "--subject", "subj-a", "--yes");

        assertThat(erased.code()).as(erased.out() + erased.err()).isZero();
        try (Stream<Path> files = Files.list(workspace.resolveSibling("w.trailmark.media"))) {
            assertThat(files).isEmpty();
        }
        assertThat(containsAnywhere(workspace.getParent(), probe)).isFalse();
    }

    @Test
    void validateNamesWhatARecorderLeftUnusedWithoutCallingItAProblem() {
        StringWriter out = new StringWriter();

        int code = Cli.run(new String[] {"validate", "src/test/resources/agentnet-video"}, new PrintWriter(out),
                new PrintWriter(new StringWriter()));

        // the one problem is the episode naming no host; the note is not counted
        assertThat(out.toString()).contains("reduced_events_complete.jsonl: note: not used by Trailmark")
                .contains("warning: the recording names no host").contains("1 session readable, 1 problem\n");
        assertThat(code).isEqualTo(1);
    }

    private static boolean containsAnywhere(Path folder, byte[] needle) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] hay = Files.readAllBytes(file);
                outer:
                for (int i = 0; i + needle.length <= hay.length; i++) {
                    for (int j = 0; j < needle.length; j++) {
                        if (hay[i + j] != needle[j]) {
                            continue outer;
                        }
                    }
                    return true;
                }
            }
        }
        return false;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
