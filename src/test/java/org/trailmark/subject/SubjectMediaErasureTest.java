package org.trailmark.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.MediaKind;
import org.trailmark.model.MediaSegment;
import org.trailmark.model.Screen;
import org.trailmark.model.ScreenMedia;
import org.trailmark.model.ScreenRegion;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLogBuilder;
import org.trailmark.store.MediaStore;
import org.trailmark.store.Workspace;

/** Issue 12 item 7: a subject's erasure takes their screen recordings with it, byte for byte. */
class SubjectMediaErasureTest {
    @TempDir
    Path dir;

    private static byte[] randomBytes(long seed) {
        byte[] bytes = new byte[200_000];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static String addWithVideo(Workspace ws, String id, String subject, Path video) throws IOException {
        MediaStore.StoredFile stored = ws.media().store().store(video);
        SessionInfo info = new SessionInfo(id, subject, "native", OffsetDateTime.parse("2026-03-02T09:14:00+01:00"),
                List.of(new Screen(0, 0, 0, 1280, 720, 1.0)), null, null, null, null);
        ScreenMedia media = new ScreenMedia(MediaKind.VIDEO, stored.sha256(), 1280, 720, 30, 300,
                List.of(new MediaSegment(0, 0, 10_000)), List.of(), new ScreenRegion(0, 0, 1280, 720), "screen.mp4");
        ws.sessions().add(info, new SessionLogBuilder().pointerMove(0, 1, 1).pointerMove(9000, 2, 2).build(),
                List.of(media), null, "tester");
        return stored.sha256();
    }

    @Test
    void eraseAllOfASubjectDestroysTheirVideoAndKeepsAnotherPersons() throws IOException {
        byte[] anasVideo = randomBytes(1);
        byte[] bensVideo = randomBytes(2);
        Path wsFolder = Files.createDirectories(dir.resolve("ws"));
        String bensHash;
        try (Workspace ws = Workspace.open(wsFolder.resolve("w.trailmark"))) {
            addWithVideo(ws, "s-ana", "ana", Files.write(dir.resolve("ana.mp4"), anasVideo));
            bensHash = addWithVideo(ws, "s-ben", "ben", Files.write(dir.resolve("ben.mp4"), bensVideo));

            new SubjectService(ws, "ana").eraseAll();

            assertThat(ws.media().ofSession("s-ana")).isEmpty();
            assertThat(ws.media().file(bensHash)).isPresent();
        }
        assertThat(holds(wsFolder, slice(anasVideo))).isFalse();
        assertThat(holds(wsFolder, slice(bensVideo))).isTrue();
    }

    private static byte[] slice(byte[] bytes) {
        return java.util.Arrays.copyOfRange(bytes, 100_000, 100_048);
    }

    private static boolean holds(Path folder, byte[] needle) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] hay = Files.readAllBytes(file);
                for (int i = 0; i + needle.length <= hay.length; i++) {
                    if (hay[i] == needle[0] && java.util.Arrays.equals(hay, i, i + needle.length, needle, 0, needle.length)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
