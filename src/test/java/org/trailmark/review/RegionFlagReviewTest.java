package org.trailmark.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FlagStatus;
import org.trailmark.model.ScreenRegion;
import org.trailmark.model.SessionInfo;
import org.trailmark.store.AuditEntry;
import org.trailmark.store.Workspace;

/** Region flags through every review path: add, edit, move, status, delete with undo/redo, audit and labels files. */
class RegionFlagReviewTest {
    private static final String S = "s-1";
    private static final ScreenRegion CHAT = new ScreenRegion(1200, 600, 700, 400);
    private static final String REASON = "chat with " + ReviewFixtures.WINDOW_TITLE;

    @TempDir
    Path dir;

    private Workspace workspace;
    private ReviewService service;

    @BeforeEach
    void open() {
        workspace = ReviewFixtures.workspaceWith(dir.resolve("ws.trailmark"), S);
        service = new ReviewService(workspace, "ann");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Flag chat() {
        return service.addFlag(Flag.region(S, 1_000, 9_000, CHAT, FlagCategory.THIRD_PARTY, REASON));
    }

    @Test
    void addingARegionFlagStoresItsRegionAndUndoRedoRemoveAndRestoreIt() {
        Flag added = chat();
        assertThat(workspace.flags().ofSession(S)).containsExactly(added);
        assertThat(added.region()).isEqualTo(CHAT);
        assertThat(service.history().undoDescription()).contains("Add region flag");

        service.undo();
        assertThat(workspace.flags().ofSession(S)).isEmpty();
        service.redo();
        assertThat(workspace.flags().ofSession(S)).containsExactly(added);
    }

    @Test
    void movingEditingRejectingAndDeletingARegionFlagAreEachUndoable() {
        Flag added = chat();
        ScreenRegion elsewhere = new ScreenRegion(0, 0, 300, 200);

        Flag moved = service.moveFlagRegion(added.id(), elsewhere);
        assertThat(workspace.flags().find(added.id())).contains(moved);
        assertThat(moved.region()).isEqualTo(elsewhere);
        service.undo();
        assertThat(workspace.flags().find(added.id())).contains(added);
        service.redo();
        assertThat(workspace.flags().find(added.id())).contains(moved);

        Flag widened = service.editFlag(moved.withSpan(0, 20_000).withCategory(FlagCategory.PERSONAL_DATA));
        assertThat(widened.region()).isEqualTo(elsewhere);
        Flag rejected = service.setFlagStatus(added.id(), FlagStatus.REJECTED);
        assertThat(rejected.region()).isEqualTo(elsewhere);
        assertThat(rejected.masks()).isFalse();
        service.deleteFlag(added.id());
        assertThat(workspace.flags().ofSession(S)).isEmpty();

        service.undo();
        assertThat(workspace.flags().ofSession(S)).containsExactly(rejected);
        service.undo();
        assertThat(workspace.flags().ofSession(S)).containsExactly(widened);
        service.undo();
        assertThat(workspace.flags().ofSession(S)).containsExactly(moved);
    }

    @Test
    void aRegionOffTheCapturedScreenIsRefusedPlainlyAndWritesNothing() {
        assertThatThrownBy(() -> service.addFlag(Flag.region(S, 0, 100, new ScreenRegion(1800, 0, 200, 50),
                FlagCategory.OTHER, null)))
                .isInstanceOf(ReviewException.class)
                .hasMessage("region 1800,0,200,50 (x,y,width,height) is not within the captured screen"
                        + " 0,0,1920,1080 of session s-1");
        assertThatThrownBy(() -> service.addFlag(Flag.region(S, 0, 100, new ScreenRegion(-1, 0, 10, 10),
                FlagCategory.OTHER, null))).isInstanceOf(ReviewException.class);
        Flag added = chat();
        assertThatThrownBy(() -> service.moveFlagRegion(added.id(), new ScreenRegion(0, 1000, 10, 81)))
                .isInstanceOf(ReviewException.class).hasMessageContaining("not within the captured screen");
        assertThatThrownBy(() -> service.editFlag(added.withRegion(new ScreenRegion(1919, 1079, 2, 1))))
                .isInstanceOf(ReviewException.class);

        assertThat(workspace.flags().ofSession(S)).containsExactly(added);
        // the whole screen is allowed: edges may touch
        assertThat(service.moveFlagRegion(added.id(), new ScreenRegion(0, 0, 1920, 1080)).region())
                .isEqualTo(new ScreenRegion(0, 0, 1920, 1080));
    }

    @Test
    void aSessionWithoutAScreenSizeTakesNoRegionFlags() {
        SessionInfo blind = new SessionInfo("s-blind", "subject-1", "ducktrack",
                OffsetDateTime.parse("2026-03-02T09:00:00+01:00"), List.of(), null, null, null, null);
        workspace.sessions().add(blind, ReviewFixtures.log(), null, "fixture");

        assertThatThrownBy(() -> service.addFlag(Flag.region("s-blind", 0, 100, new ScreenRegion(0, 0, 10, 10),
                FlagCategory.OTHER, null))).isInstanceOf(ReviewException.class)
                .hasMessageContaining("does not record its screen size");
        assertThat(service.addFlag(Flag.manual("s-blind", 0, 100, FlagCategory.OTHER, null)).isRegion()).isFalse();
    }

    @Test
    void onlyARegionFlagHasARegionToMove() {
        Flag span = service.addFlag(Flag.manual(S, 0, 100, FlagCategory.OTHER, null));
        assertThatThrownBy(() -> service.moveFlagRegion(span.id(), CHAT)).isInstanceOf(ReviewException.class)
                .hasMessageContaining("covers its whole stretch");
    }

    @Test
    void theAuditNamesTheRectangleButNeverTheReason() {
        Flag added = chat();
        service.moveFlagRegion(added.id(), new ScreenRegion(0, 0, 300, 200));
        service.undo();
        service.revealFlag(added.id());

        List<String> details = workspace.audit().entries(S).stream().map(AuditEntry::detail).toList();
        assertThat(details).anySatisfy(d -> assertThat(d).startsWith("Add region flag: flag " + added.id() + " added")
                .contains("third_party").contains("region 1200,600,700,400"));
        assertThat(details).anySatisfy(d -> assertThat(d).startsWith("Move flag region")
                .contains("region 1200,600,700,400->0,0,300,200"));
        assertThat(details).anySatisfy(d -> assertThat(d).startsWith("undo Move flag region"));
        assertThat(workspace.audit().entries(S)).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("reveal");
            assertThat(e.detail()).isEqualTo("flag " + added.id() + " (third_party, confirmed, region 1200,600,700,400)");
        });
        assertThat(String.join("\n", details)).doesNotContain(ReviewFixtures.WINDOW_TITLE).doesNotContain("chat");
    }

    @Test
    void labelsFilesCarryTheRegionBothWays() throws Exception {
        Path file = dir.resolve("s-1.labels.json");
        chat();
        service.addFlag(Flag.manual(S, 100, 200, FlagCategory.PASSWORD, null));
        new LabelsExchange(service).write(S, file);

        JsonNode flags = new ObjectMapper().readTree(file.toFile()).get("flags");
        assertThat(flags.get(0).get("region").isNull()).isTrue();
        JsonNode region = flags.get(1).get("region");
        assertThat(List.of(region.get("x").asInt(), region.get("y").asInt(), region.get("width").asInt(),
                region.get("height").asInt())).containsExactly(1200, 600, 700, 400);

        try (Workspace other = ReviewFixtures.workspaceWith(dir.resolve("b.trailmark"), S)) {
            ReviewService bob = new ReviewService(other, "bob");
            LabelsImport result = new LabelsExchange(bob).read(file);
            assertThat(result.flagsAdded()).isEqualTo(2);
            assertThat(other.flags().ofSession(S)).extracting(Flag::region).containsExactly(null, CHAT);

            // Another region on the same span and category is a second mask, not a conflict.
            ObjectNode root = (ObjectNode) new ObjectMapper().readTree(file.toFile());
            ((ObjectNode) root.get("flags").get(1).get("region")).put("x", 0);
            Path moved = dir.resolve("moved.labels.json");
            new ObjectMapper().writeValue(moved.toFile(), root);
            LabelsImport second = new LabelsExchange(bob).read(moved);
            assertThat(second.flagsAdded()).isEqualTo(1);
            assertThat(second.flagsAlreadyPresent()).isEqualTo(1);
            assertThat(second.conflicts()).isEmpty();
            assertThat(other.flags().ofSession(S)).extracting(Flag::region)
                    .contains(CHAT, new ScreenRegion(0, 600, 700, 400));
        }
    }

    @Test
    void aLabelsFileWithoutRegionsStillReadsAndABadRegionIsRefusedPlainly() throws Exception {
        Path old = Files.writeString(dir.resolve("old.json"), "{\"format\": \"trailmark-labels\", \"version\": 1,"
                + " \"session_id\": \"s-1\", \"flags\": [{\"start_ms\": 10, \"end_ms\": 20, \"category\": \"other\"}]}");
        assertThat(new LabelsExchange(service).read(old).flagsAdded()).isEqualTo(1);
        assertThat(workspace.flags().ofSession(S)).singleElement().extracting(Flag::region).isNull();

        Path halfRegion = Files.writeString(dir.resolve("half.json"), "{\"format\": \"trailmark-labels\","
                + " \"version\": 1, \"session_id\": \"s-1\", \"flags\": [{\"start_ms\": 10, \"end_ms\": 20,"
                + " \"category\": \"other\", \"region\": {\"x\": 1, \"y\": 2}}]}");
        assertThatThrownBy(() -> new LabelsExchange(service).read(halfRegion)).isInstanceOf(ReviewException.class)
                .hasMessageContaining("flag 1 has a \"region\" without whole-number x, y, width and height");

        Path offScreen = Files.writeString(dir.resolve("off.json"), "{\"format\": \"trailmark-labels\","
                + " \"version\": 1, \"session_id\": \"s-1\", \"flags\": [{\"start_ms\": 10, \"end_ms\": 20,"
                + " \"category\": \"other\", \"region\": {\"x\": 0, \"y\": 0, \"width\": 5000, \"height\": 10}}]}");
        assertThatThrownBy(() -> new LabelsExchange(service).read(offScreen)).isInstanceOf(ReviewException.class)
                .hasMessageContaining("not within the captured screen");
        assertThat(workspace.flags().ofSession(S)).hasSize(1);
    }
}
