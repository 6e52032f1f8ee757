package org.trailmark.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.MediaKind;
import org.trailmark.model.ScreenRegion;

/** The header's "media" list: round trip through writer and reader, and paths kept inside the capture's folder. */
class NativeMediaTest {
    @TempDir
    Path dir;

    private static String headerWith(String media) {
        return NativeTestSessions.HEADER.substring(0, NativeTestSessions.HEADER.length() - 1) + ",\"media\":" + media + "}";
    }

    private ReadResult read(Path file) {
        return new NativeSessionReader().read(file, ImportOptions.defaults());
    }

    @Test
    void videosAndStillsRoundTripWithPathsRelativeToTheCapture() throws IOException {
        Path folder = dir.resolve("capture");
        Path video = folder.resolve("screen.mp4");
        Path shot1 = folder.resolve("shots/0001.png");
        Path shot2 = folder.resolve("shots/0002.png");
        List<MediaReference> media = List.of(
                MediaReference.video(video, -1200, List.of(new MediaReference.Pause(60_000, 75_000),
                        new MediaReference.Pause(90_000, null)), 180_000, null),
                MediaReference.images(List.of(new MediaReference.Still(0, shot1), new MediaReference.Still(5000, shot2)),
                        new ScreenRegion(1920, -120, 2560, 1440)));
        Path file = folder.resolve("s.jsonl.gz");

        NativeSessionWriter.write(NativeTestSessions.info(), NativeTestSessions.everyKind(), media, file);
        ReadResult result = read(file);

        assertThat(result.problems()).isEmpty();
        ParsedSession session = result.sessions().get(0);
        assertThat(session.media()).isEqualTo(media);
        NativeTestSessions.assertSameLog(session.log(), NativeTestSessions.everyKind());
    }

    @Test
    void aHeaderWithMediaSaysFormat11AndOneWithoutStays10() throws IOException {
        Path with = dir.resolve("with.jsonl");
        Path without = dir.resolve("without.jsonl");
        // no clipboard event: that would need 1.2
        SessionLog log = new SessionLogBuilder().focus(0, "Firefox", "Inbox").pointerMove(8, 100, 200).build();
        NativeSessionWriter.write(NativeTestSessions.info(), log,
                List.of(MediaReference.video(dir.resolve("v.mp4"), 0, List.of(), null, null)), with);
        NativeSessionWriter.write(NativeTestSessions.info(), log, without);

        assertThat(Files.readAllLines(with).get(0)).contains("\"version\":\"1.1\"")
                .contains("\"media\":[{\"kind\":\"video\",\"file\":\"v.mp4\",\"first_frame\":0}]");
        assertThat(Files.readAllLines(without).get(0)).contains("\"version\":\"1.0\"").doesNotContain("media");
    }

    @Test
    void theWriterRefusesAFileOutsideTheCapturesFolderAndWritesNothing() {
        Path file = dir.resolve("inner/s.jsonl");
        List<MediaReference> outside = List.of(MediaReference.video(dir.resolve("elsewhere.mp4"), 0, List.of(), null, null));

        assertThatThrownBy(() -> NativeSessionWriter.write(NativeTestSessions.info(), NativeTestSessions.everyKind(),
                outside, file)).isInstanceOf(IllegalArgumentException.class);
        assertThat(file).doesNotExist();
    }

    @Test
    void timesInMicrosecondsBecomeMilliseconds() throws IOException {
        String header = headerWith("[{\"kind\":\"video\",\"file\":\"v.mp4\",\"first_frame\":-1500000,"
                + "\"pauses\":[{\"at\":2000000,\"resume\":3500000}]}]").replace("\"time_unit\":\"ms\"", "\"time_unit\":\"us\"");
        Path file = NativeTestSessions.writeLines(dir, "us.jsonl", header, "{\"t\":0,\"type\":\"pointer_move\",\"x\":1,\"y\":1}");

        MediaReference video = read(file).sessions().get(0).media().get(0);

        assertThat(video.firstFrameMs()).isEqualTo(-1500);
        assertThat(video.pauses()).containsExactly(new MediaReference.Pause(2000, 3500));
        assertThat(video.file()).isEqualTo(dir.toAbsolutePath().resolve("v.mp4"));
    }

    @Test
    void pathsThatLeaveTheFolderAreRefusedWithAWarningAndTheEventsKept() throws IOException {
        Path file = NativeTestSessions.writeLines(dir, "s.jsonl", headerWith("["
                        + "{\"kind\":\"video\",\"file\":\"/etc/passwd\",\"first_frame\":0},"
                        + "{\"kind\":\"video\",\"file\":\"../up.mp4\",\"first_frame\":0},"
                        + "{\"kind\":\"video\",\"file\":\"a/../../up.mp4\",\"first_frame\":0},"
                        + "{\"kind\":\"video\",\"file\":\"C:\\\\Users\\\\x.mp4\",\"first_frame\":0},"
                        + "{\"kind\":\"video\",\"file\":\"ok.mp4\",\"first_frame\":0}]"),
                "{\"t\":0,\"type\":\"pointer_move\",\"x\":1,\"y\":1}");

        ReadResult result = read(file);

        assertThat(result.sessions().get(0).log().size()).isEqualTo(1);
        assertThat(result.sessions().get(0).media()).extracting(m -> m.file().getFileName().toString())
                .containsExactly("ok.mp4");
        assertThat(result.problems()).hasSize(4).allMatch(p -> !p.isError())
                .allMatch(p -> p.reason().contains("outside the capture's folder"));
    }

    @Test
    void aLinkLeadingOutsideTheFolderIsRefused() throws IOException {
        Path outside = Files.writeString(dir.resolve("secret.mp4"), "x");
        Path folder = Files.createDirectories(dir.resolve("capture"));
        Files.createSymbolicLink(folder.resolve("link.mp4"), outside);
        Path file = NativeTestSessions.writeLines(folder, "s.jsonl",
                headerWith("[{\"kind\":\"video\",\"file\":\"link.mp4\",\"first_frame\":0}]"),
                "{\"t\":0,\"type\":\"pointer_move\",\"x\":1,\"y\":1}");

        ReadResult result = read(file);

        assertThat(result.sessions().get(0).media()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("link.mp4")
                .contains("outside the capture's folder"));
    }

    @Test
    void aMalformedEntryIsLeftOutWithAWarning() throws IOException {
        Path file = NativeTestSessions.writeLines(dir, "s.jsonl", headerWith("["
                        + "{\"kind\":\"video\",\"file\":\"v.mp4\"},"
                        + "{\"kind\":\"film\",\"file\":\"v.mp4\",\"first_frame\":0},"
                        + "{\"kind\":\"images\",\"stills\":[{\"t\":5,\"file\":\"b.png\"},{\"t\":1,\"file\":\"a.png\"}]},"
                        + "{\"kind\":\"video\",\"file\":\"v.mp4\",\"first_frame\":0,\"area\":{\"x\":0,\"y\":0,\"width\":0,\"height\":5}},"
                        + "{\"kind\":\"images\",\"stills\":[{\"t\":1,\"file\":\"a.png\"}],\"area\":{\"x\":10,\"y\":0,\"width\":100,\"height\":50}}]"),
                "{\"t\":0,\"type\":\"pointer_move\",\"x\":1,\"y\":1}");

        ReadResult result = read(file);

        assertThat(result.problems()).hasSize(4).allMatch(p -> p.reason().startsWith("media["));
        assertThat(result.sessions().get(0).media()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MediaKind.IMAGES);
            assertThat(m.capturedArea()).isEqualTo(new ScreenRegion(10, 0, 100, 50));
        });
    }
}
