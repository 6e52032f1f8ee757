package org.trailmark.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.MediaKind;
import org.trailmark.model.MediaSegment;
import org.trailmark.model.ScreenMedia;
import org.trailmark.model.ScreenRegion;
import org.trailmark.model.ScreenStill;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Screen media files and rows against real workspace files. */
class MediaStoreTest {
    private static final String MARKER = "zebra-pixels-7731";

    @TempDir
    Path dir;

    @Test
    void aStoredFileIsNamedByItsContentHashOwnerOnlyAndKeptOnce() throws Exception {
        Path file = dir.resolve("ws.trailmark");
        Path video = Files.writeString(dir.resolve("Recording 1.MP4"), "not really a video " + MARKER);
        Path same = Files.writeString(dir.resolve("copy.mp4"), "not really a video " + MARKER);
        try (Workspace w = Workspace.open(file)) {
            MediaStore.StoredFile first = w.media().store().store(video);
            MediaStore.StoredFile second = w.media().store().store(same);
            assertThat(first.sha256()).hasSize(64).isEqualTo(second.sha256());
            assertThat(first.path()).isEqualTo(second.path());
            assertThat(first.path().getFileName().toString()).isEqualTo(first.sha256() + ".mp4");
            assertThat(first.path().getParent()).isEqualTo(dir.resolve("ws.trailmark.media"));
            try (var files = Files.list(w.media().store().folder())) {
                assertThat(files.toList()).containsExactly(first.path());
            }
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.path())))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(w.media().store().folder())))
                    .isEqualTo("rwx------");
            assertThat(w.media().file(first.sha256())).contains(first.path());
            assertThat(w.media().file("0".repeat(64))).isEmpty();
        }
    }

    @Test
    void aSessionsMediaRoundTripWithItsSegmentsAndStills() throws Exception {
        Path file = dir.resolve("ws.trailmark");
        ScreenMedia video = video("a".repeat(64));
        ScreenMedia stills = new ScreenMedia(MediaKind.IMAGES, "b".repeat(64), 800, 600, 0, 2, List.of(),
                List.of(new ScreenStill(100, "c".repeat(64), 800, 600), new ScreenStill(900, "d".repeat(64), 800, 600)),
                new ScreenRegion(0, 0, 1600, 1200), null);
        try (Workspace w = Workspace.open(file)) {
            w.sessions().add(SyntheticSessions.info("s-1", "subj-a"), SyntheticSessions.r1Like(500, 3),
                    List.of(video, stills), null, "test");
            w.sessions().add(SyntheticSessions.info("s-2", "subj-a"), SyntheticSessions.r1Like(500, 4), null, "test");
        }
        try (Workspace w = Workspace.openExisting(file)) {
            assertThat(w.media().ofSession("s-1")).containsExactly(video, stills);
            assertThat(w.media().ofSession("s-2")).isEmpty();
            assertThat(w.audit().entries("s-1")).anySatisfy(e -> assertThat(e.detail()).contains("media=2"));
        }
    }

    @Test
    void erasingTheLastSessionThatCitesAFileOverwritesAndDeletesItButKeepsSharedOnes() throws Exception {
        Path file = dir.resolve("ws.trailmark");
        try (Workspace w = Workspace.open(file)) {
            MediaStore.StoredFile secret = w.media().store().store(
                    Files.writeString(dir.resolve("secret.mp4"), MARKER + " only in the erased session"));
            MediaStore.StoredFile shared = w.media().store().store(
                    Files.writeString(dir.resolve("shared.mp4"), "shared by both sessions"));
            w.sessions().add(SyntheticSessions.info("s-gone", "subj-a"), SyntheticSessions.r1Like(300, 1),
                    List.of(video(secret.sha256()), video(shared.sha256())), null, "test");
            w.sessions().add(SyntheticSessions.info("s-kept", "subj-b"), SyntheticSessions.r1Like(300, 2),
                    List.of(video(shared.sha256())), null, "test");

            w.erasure().erase(List.of("s-gone"), "test");

            assertThat(secret.path()).doesNotExist();
            assertThat(shared.path()).exists();
            assertThat(w.media().ofSession("s-gone")).isEmpty();
            assertThat(w.media().ofSession("s-kept")).hasSize(1);
            try (var files = Files.walk(dir)) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    if (!p.getFileName().toString().equals("secret.mp4")) {
                        assertThat(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1)).as(p.toString())
                                .doesNotContain(MARKER);
                    }
                }
            }
        }
    }

    @Test
    void filesLeftByAnImportThatNeverCommittedAreRemoved() throws Exception {
        Path file = dir.resolve("ws.trailmark");
        try (Workspace w = Workspace.open(file)) {
            MediaStore.StoredFile orphan = w.media().store().store(Files.writeString(dir.resolve("o.mp4"), "orphan"));
            Files.writeString(w.media().store().folder().resolve(".incoming-123.part"), "half a copy");
            assertThat(w.media().removeUnreferenced()).isEqualTo(2);
            assertThat(orphan.path()).doesNotExist();
            try (var files = Files.list(w.media().store().folder())) {
                assertThat(files.toList()).isEmpty();
            }
        }
    }

    private static ScreenMedia video(String sha) {
        return new ScreenMedia(MediaKind.VIDEO, sha, 1276, 718, 30.0, 3678,
                List.of(new MediaSegment(-70, 0, 60_000), new MediaSegment(65_000, 60_000, 57_000)), List.of(),
                new ScreenRegion(0, 0, 1366, 768), "2024-11-05 18-56-31.mp4");
    }
}
