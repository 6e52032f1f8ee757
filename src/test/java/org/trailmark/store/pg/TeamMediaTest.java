package org.trailmark.store.pg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trailmark.store.pg.PostgresSchemaTest.count;
import static org.trailmark.store.pg.PostgresSchemaTest.execute;
import static org.trailmark.store.pg.PostgresSchemaTest.strings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.export.ScreenFixtures;
import org.trailmark.media.TimeCodedVideo;
import org.trailmark.media.VideoEncoder;
import org.trailmark.model.MediaKind;
import org.trailmark.model.MediaSegment;
import org.trailmark.model.ScreenMedia;
import org.trailmark.model.ScreenRegion;
import org.trailmark.store.MediaFetch;
import org.trailmark.store.MediaStore;
import org.trailmark.store.SyntheticSessions;
import org.trailmark.store.Workspace;
import org.trailmark.store.WorkspaceCopy;
import org.trailmark.store.WorkspaceException;

/**
 * Screen media of a team workspace live in the database (decision 0027): who may read which bytes is
 * PostgreSQL's row-level security, tried with real logins; erasure and failed imports leave no content
 * row and no copy on any computer's cache; a workspace copy carries the media both ways.
 */
class TeamMediaTest {
    private static Path videoA;
    private static Path videoB;

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private PostgresTestServer.TestDatabase db;
    private String alice;
    private String bob;
    private String lena;
    private String carl;

    @BeforeAll
    static void makeVideos() throws Exception {
        videoA = ScreenFixtures.video(shared);
        videoB = TimeCodedVideo.write(shared.resolve("other.mp4"), ScreenFixtures.VIDEO_WIDTH,
                ScreenFixtures.VIDEO_HEIGHT, ScreenFixtures.FPS, 120, 30, VideoEncoder.Codec.H264, i -> new int[] {50, 60});
    }

    @BeforeEach
    void teamWithTwoSubjectsALabelerAndACurator() throws SQLException {
        db = PostgresTestServer.newDatabase();
        try (Connection c = db.connect(PostgresTestServer.OWNER)) {
            TeamWorkspaceInit.run(c, db.location(PostgresTestServer.OWNER));
            alice = db.user("alice");
            bob = db.user("bob");
            lena = db.user("lena");
            carl = db.user("carl");
            PostgresRoles.grant(c, null, alice, TeamRole.SUBJECT, "subj-alice", "it");
            PostgresRoles.grant(c, null, bob, TeamRole.SUBJECT, "subj-bob", "it");
            PostgresRoles.grant(c, null, lena, TeamRole.LABELER, null, "it");
            PostgresRoles.grant(c, null, carl, TeamRole.CURATOR, null, "it");
        }
    }

    private Workspace open(String user, String computer) {
        return Workspace.openTeam(db.location(user), dir.resolve(computer));
    }

    private static String sha(Workspace w, String session) {
        return w.media().ofSession(session).get(0).sha256();
    }

    private long contentRows(String sha) throws SQLException {
        try (Connection c = db.superuser()) {
            return count(c, "SELECT count(*) FROM media_content WHERE sha256 = '" + sha + "'");
        }
    }

    private static List<Path> cached(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void aSubjectReadsOnlyTheContentOfItsOwnSessionsEvenWithHandWrittenSql() throws Exception {
        String a;
        String b;
        try (Workspace owner = open(PostgresTestServer.OWNER, "owner-pc")) {
            ScreenFixtures.addSession(owner, "sa", "subj-alice", videoA);
            ScreenFixtures.addSession(owner, "sb", "subj-bob", videoB);
            a = sha(owner, "sa");
            b = sha(owner, "sb");
        }
        assertThat(contentRows(a)).isPositive();
        assertThat(contentRows(b)).isPositive();

        try (Connection c = db.connect(alice)) {
            assertThat(strings(c, "SELECT DISTINCT sha256 FROM media_content")).containsExactly(a);
            assertThat(count(c, "SELECT count(*) FROM media_content WHERE sha256 = '" + b + "'")).isZero();
            assertThat(count(c, "SELECT count(*) FROM media_content m WHERE NOT EXISTS (SELECT 1 FROM media"
                    + " WHERE sha256 = m.sha256)")).isZero();
            assertThatThrownBy(() -> execute(c, "DELETE FROM media_content")).hasMessageContaining("permission denied");
        }
        try (Connection c = db.connect(carl)) {
            assertThatThrownBy(() -> execute(c, "UPDATE media_content SET bytes = '\\x00'"))
                    .hasMessageContaining("permission denied");
        }
        try (Connection c = db.connect(lena)) {
            assertThat(strings(c, "SELECT DISTINCT sha256 FROM media_content")).containsExactlyInAnyOrder(a, b);
            assertThatThrownBy(() -> execute(c, "DELETE FROM media_content")).hasMessageContaining("permission denied");
        }
        try (Workspace asAlice = open(alice, "alice-pc")) {
            assertThat(Files.readAllBytes(asAlice.media().file(a).orElseThrow())).isEqualTo(Files.readAllBytes(videoA));
            MediaFetch other = asAlice.media().fetch(b);
            assertThat(other.file()).isEmpty();
            assertThat(other.whyMissing()).contains("not in the team workspace");
        }
        assertThat(cached(dir.resolve("alice-pc"))).hasSize(1);
    }

    @Test
    void erasureRemovesContentNoSessionCitesAndEveryCachedCopyButKeepsWhatAnotherSessionCites() throws Exception {
        String a;
        String b;
        try (Workspace owner = open(PostgresTestServer.OWNER, "owner-pc")) {
            ScreenFixtures.addSession(owner, "sa", "subj-alice", videoA);
            ScreenFixtures.addSession(owner, "sb", "subj-bob", videoB);
            ScreenFixtures.addSession(owner, "sc", "subj-bob", videoA); // bob's session shows the same recording
            a = sha(owner, "sa");
            b = sha(owner, "sb");
        }
        try (Workspace curator = open(carl, "carl-pc")) {
            assertThat(curator.media().file(a)).isPresent();
        }
        try (Workspace labeler = open(lena, "lena-pc")) {
            Path copyOfA = labeler.media().file(a).orElseThrow();
            assertThat(labeler.media().file(b)).isPresent();

            // alice erases her session: she cannot see bob's, but the server knows it still cites the video
            try (Workspace asAlice = open(alice, "alice-pc")) {
                asAlice.erasure().erase(List.of("sa"), alice);
            }
            assertThat(contentRows(a)).isPositive();
            assertThat(labeler.media().file(a)).contains(copyOfA);

            try (Workspace owner = open(PostgresTestServer.OWNER, "owner-pc")) {
                owner.erasure().erase(List.of("sc"), "admin");
            }
            assertThat(contentRows(a)).isZero();
            assertThat(contentRows(b)).isPositive();

            MediaFetch gone = labeler.media().fetch(a);
            assertThat(gone.file()).isEmpty();
            assertThat(gone.whyMissing()).contains("erased");
            assertThat(copyOfA).doesNotExist();
            assertThat(labeler.media().file(b)).isPresent();
        }
        // a computer that was not open during the erasure loses its copy when it opens the workspace again
        assertThat(cached(dir.resolve("carl-pc"))).hasSize(1);
        try (Workspace curator = open(carl, "carl-pc")) {
            assertThat(cached(dir.resolve("carl-pc"))).isEmpty();
        }
    }

    @Test
    void aFailedImportLeavesNoContentRowAndItsCopyIsCleared() throws Exception {
        try (Connection c = db.superuser()) {
            execute(c, "CREATE FUNCTION refuse_doomed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                    + " IF NEW.session_id = 'doomed' THEN RAISE EXCEPTION 'refused by the test'; END IF;"
                    + " RETURN NEW; END $$");
            execute(c, "CREATE TRIGGER refuse_doomed BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION refuse_doomed()");
        }
        try (Workspace owner = open(PostgresTestServer.OWNER, "owner-pc")) {
            MediaStore.StoredFile stored = owner.media().store().store(videoA);
            ScreenMedia media = new ScreenMedia(MediaKind.VIDEO, stored.sha256(), ScreenFixtures.VIDEO_WIDTH,
                    ScreenFixtures.VIDEO_HEIGHT, ScreenFixtures.FPS, ScreenFixtures.FRAMES,
                    List.of(new MediaSegment(0, 0, 40_000)), List.of(), new ScreenRegion(0, 0, 1920, 1080), "a.mp4");

            assertThatThrownBy(() -> owner.sessions().add(SyntheticSessions.info("doomed", "subj-alice"),
                    SyntheticSessions.r1Like(50, 1), List.of(media), null, "t")).isInstanceOf(WorkspaceException.class);

            assertThat(contentRows(stored.sha256())).isZero();
            owner.media().removeUnreferenced(); // what the import does after a session it could not add
            assertThat(cached(dir.resolve("owner-pc"))).isEmpty();
        }
    }

    @Test
    void aCopyLeftInTheCacheByAnImportKilledBeforeItCommittedGoesWhenTheWorkspaceOpensAgain() throws Exception {
        try (Workspace owner = open(PostgresTestServer.OWNER, "owner-pc")) {
            // what an import has done when it is killed before its transaction commits: the file copied, nothing else
            owner.media().store().store(videoA);
        }
        assertThat(cached(dir.resolve("owner-pc"))).hasSize(1);

        try (Workspace owner = open(PostgresTestServer.OWNER, "owner-pc")) {
            assertThat(cached(dir.resolve("owner-pc"))).isEmpty();
        }
        try (Connection c = db.superuser()) {
            assertThat(count(c, "SELECT count(*) FROM media_content")).isZero();
        }
    }

    @Test
    void contentNoSessionCitesIsReadByNoMemberButAnAdminAndGoesAtTheNextCleanUp() throws Exception {
        String orphan = "ab".repeat(32);
        try (Connection c = db.connect(PostgresTestServer.OWNER)) {
            execute(c, "INSERT INTO media_content (sha256, part, extension, bytes) VALUES ('" + orphan
                    + "', 0, 'mp4', '\\x00ff')");
        }
        for (String member : List.of(lena, carl, alice)) {
            try (Connection c = db.connect(member)) {
                assertThat(count(c, "SELECT count(*) FROM media_content")).as(member).isZero();
            }
        }
        try (Workspace labeler = open(lena, "lena-pc")) {
            labeler.media().removeUnreferenced();
        }
        assertThat(contentRows(orphan)).isZero();
    }

    @Test
    void aWorkspaceCopyCarriesTheMediaIntoTheDatabaseAndBackOutVerifiedByHash() throws Exception {
        Path file = dir.resolve("desk.trailmark");
        String a;
        try (Workspace desk = Workspace.open(file)) {
            ScreenFixtures.addSession(desk, "sa", "subj-alice", videoA);
            a = sha(desk, "sa");
        }
        try (Workspace desk = Workspace.openExisting(file); Workspace team = open(PostgresTestServer.OWNER, "owner-pc")) {
            assertThat(WorkspaceCopy.copy(desk, team).mediaFiles()).isEqualTo(1);
        }
        assertThat(contentRows(a)).isPositive();
        Path back = dir.resolve("back.trailmark");
        try (Workspace team = open(PostgresTestServer.OWNER, "second-pc"); Workspace copy = Workspace.open(back)) {
            assertThat(WorkspaceCopy.copy(team, copy).mediaFiles()).isEqualTo(1);
            Path there = copy.media().file(a).orElseThrow();
            assertThat(there).startsWith(copy.media().store().folder());
            assertThat(Files.readAllBytes(there)).isEqualTo(Files.readAllBytes(videoA));
        }
        try (Connection c = db.superuser()) {
            assertThat(count(c, "SELECT count(*) FROM media_content")).isPositive();
        }
    }
}
