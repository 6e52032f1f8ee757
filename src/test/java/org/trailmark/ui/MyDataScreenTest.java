package org.trailmark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trailmark.export.ExportFilter;
import org.trailmark.export.Selection;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentStatus;
import org.trailmark.model.MediaKind;
import org.trailmark.model.MediaSegment;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.Screen;
import org.trailmark.model.ScreenMedia;
import org.trailmark.model.ScreenRegion;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLogBuilder;
import org.trailmark.model.SessionReview;
import org.trailmark.store.Workspace;
import org.trailmark.ui.browser.SessionRow;
import org.trailmark.ui.common.SameThreadTaskExecutor;
import org.trailmark.ui.subject.ErasureScope;
import org.trailmark.ui.subject.SubjectStyles;

/** The "My data" screen of alice's subject mode, on a real workspace that also holds bob. */
@ExtendWith(ApplicationExtension.class)
class MyDataScreenTest {
    @TempDir
    static Path dir;

    private Workspace workspace;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private StudioViewModel model;

    @Start
    void start(Stage stage) {
        workspace = SubjectFixtures.twoSubjects(dir);
        model = new StudioViewModel(workspace, new SameThreadTaskExecutor(), dialogs,
                new StudioPreferences(new MemoryPreferences()), SubjectFixtures.ALICE);
        stage.setScene(new Scene(new MainWindow(model, () -> { }, () -> { }), 1280, 800));
        stage.sizeToScene();
        stage.show();
        model.start(false);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void showsTheSubjectsFiguresConsentAndTheExportThatTookTheirData(FxRobot robot) {
        List<String> sentences = texts(robot, "#" + SubjectStyles.ID_SENTENCES);
        assertThat(sentences).isEqualTo(model.myData().getOverview().plainSentences());
        assertThat(sentences.get(0)).startsWith("This workspace holds 2 recorded sessions of you, captured on 2 days");

        assertThat(model.myData().getOverview().keystrokes()).isEqualTo(1);
        assertThat(model.myData().getOverview().clicks()).isEqualTo(1);
        List<String> all = texts(robot, "#" + SubjectStyles.ID_MY_DATA);
        assertThat(all).contains("What was captured", "2", "sessions", "days", "keystrokes", "clicks",
                "What reviewers labelled", "What was flagged sensitive", "Exports that included your data",
                "Consent", SubjectFixtures.EXPORT_ID);
        assertThat(texts(robot, "#" + SubjectStyles.ID_EXPORTS)).contains(SubjectFixtures.EXPORT_ID, "1");
        assertThat(badge(robot, ConsentPurpose.TRAINING)).isEqualTo(ConsentStatus.GRANTED.label());
        assertThat(robot.lookup("#" + SubjectStyles.ID_EMPTY).query().isVisible()).isFalse();
    }

    @Test
    void withdrawingOnTheScreenChangesTheConsentAndTheNextSelectionLeavesTheSessionsOut(FxRobot robot) {
        approve(SubjectFixtures.ALICE_MAIL);
        approve(SubjectFixtures.BOB_PAYROLL);
        assertThat(chosen()).contains(SubjectFixtures.ALICE_MAIL, SubjectFixtures.BOB_PAYROLL);

        robot.clickOn("#" + SubjectStyles.ID_WITHDRAW);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.withdrawalMeanings).hasSize(1);
        assertThat(badge(robot, ConsentPurpose.TRAINING)).isEqualTo(ConsentStatus.WITHDRAWN.label());
        assertThat(model.browser().shownRows()).extracting(SessionRow::trainingConsent)
                .containsOnly(ConsentStatus.WITHDRAWN);
        assertThat(chosen()).containsExactly(SubjectFixtures.BOB_PAYROLL);
    }

    @Test
    void cancellingTheWithdrawalChangesNothing(FxRobot robot) {
        dialogs.withdrawAnswer = false;
        robot.clickOn("#" + SubjectStyles.ID_WITHDRAW);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(badge(robot, ConsentPurpose.TRAINING)).isEqualTo(ConsentStatus.GRANTED.label());
        assertThat(workspace.consent().state(SubjectFixtures.ALICE, ConsentPurpose.TRAINING).status())
                .isEqualTo(ConsentStatus.GRANTED);
    }

    @Test
    void withdrawingYieldsAReceiptThePersonSavesAsIssued(FxRobot robot) throws Exception {
        dialogs.withdrawAnswer = true;
        robot.clickOn("#" + SubjectStyles.ID_WITHDRAW);
        WaitForAsyncUtils.waitForFxEvents();
        java.util.List<org.trailmark.subject.ReceiptLine> receipts = model.myData().receiptsProperty().get();
        org.trailmark.subject.ReceiptLine withdrawal = receipts.stream().filter(r -> !r.isGrant()).findFirst()
                .orElseThrow();
        Path file = dir.resolve("receipt-" + UUID.randomUUID() + ".json");
        dialogs.archiveToChoose = file;

        robot.interact(() -> ((javafx.scene.control.ScrollPane) robot.lookup("#" + SubjectStyles.ID_MY_DATA)
                .query()).setVvalue(1.0));
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#" + SubjectStyles.ID_SAVE_RECEIPT_PREFIX
                + withdrawal.receiptId()).query()).fire());
        WaitForAsyncUtils.waitForFxEvents();

        java.util.Map<String, Object> saved = new ObjectMapper().readValue(file.toFile(),
                new com.fasterxml.jackson.core.type.TypeReference<java.util.LinkedHashMap<String, Object>>() { });
        assertThat(org.trailmark.store.ConsentReceipt.verifies(saved)).isTrue();
        assertThat(saved).containsEntry("action", "withdraw").containsEntry("pii_principal_id", SubjectFixtures.ALICE);
        assertThat(robot.lookup("#" + SubjectStyles.ID_MY_DATA_MESSAGE).queryAs(Labeled.class).getText())
                .startsWith("Receipt saved to " + file);
        assertThat(robot.lookup("#" + SubjectStyles.ID_SEEN_BY).tryQuery()).isPresent();
    }

    @Test
    void downloadWritesAnArchiveThatParsesAndSaysWhereItWent(FxRobot robot) throws Exception {
        Path file = dir.resolve("alice-" + UUID.randomUUID() + ".json");
        dialogs.archiveToChoose = file;

        robot.clickOn("#" + SubjectStyles.ID_DOWNLOAD);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.saved).containsExactly(file);
        JsonNode archive = new ObjectMapper().readTree(file.toFile());
        assertThat(archive.toString()).contains(SubjectFixtures.ALICE_MAIL, SubjectFixtures.ALICE_SHELL)
                .doesNotContain(SubjectFixtures.BOB_PAYROLL);
        assertThat(robot.lookup("#" + SubjectStyles.ID_MY_DATA_MESSAGE).queryAs(Labeled.class).getText())
                .isEqualTo("Saved to " + file);
    }

    @Test
    void downloadWithScreenRecordingsCopiesTheVideoBesideTheArchive(FxRobot robot) throws Exception {
        Path clip = Files.write(dir.resolve("clip-" + UUID.randomUUID() + ".mp4"),
                UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
        String sha = workspace.media().store().store(clip).sha256();
        workspace.sessions().add(new SessionInfo("alice-video-" + UUID.randomUUID(), SubjectFixtures.ALICE,
                        "native", OffsetDateTime.parse("2026-03-03T09:00:00Z"),
                        List.of(new Screen(0, 0, 0, 1280, 720, 1.0)), null, null, null, null),
                new SessionLogBuilder().pointerMove(0, 1, 1).build(),
                List.of(new ScreenMedia(MediaKind.VIDEO, sha, 1280, 720, 30, 30,
                        List.of(new MediaSegment(0, 0, 1000)), List.of(),
                        new ScreenRegion(0, 0, 1280, 720), "clip.mp4")), null, "tester");
        Path file = dir.resolve("alice-" + UUID.randomUUID() + ".json");
        dialogs.archiveToChoose = file;

        robot.clickOn("#" + SubjectStyles.ID_DOWNLOAD_WITH_MEDIA);
        robot.clickOn("#" + SubjectStyles.ID_DOWNLOAD);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.saved).containsExactly(file);
        assertThat(file.resolveSibling(file.getFileName() + ".media").resolve(sha + ".mp4")).hasSameBinaryContentAs(clip);
        assertThat(new ObjectMapper().readTree(file.toFile()).toString()).contains("\"files\":[\"" + file.getFileName()
                + ".media/" + sha + ".mp4\"]");
    }

    @Test
    void erasingTheOpenSessionRemovesItFromTheListAndSaysWhatWentWithoutContent(FxRobot robot) throws Exception {
        robot.interact(() -> model.browser().select(SubjectFixtures.ALICE_MAIL));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.review().isOpen());
        dialogs.erasureAnswer = ErasureScope.THIS_SESSION;

        robot.clickOn("#" + SubjectStyles.ID_ERASE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.erasureRequests).hasSize(1);
        assertThat(dialogs.erasureRequests.get(0).openSessionId()).isEqualTo(SubjectFixtures.ALICE_MAIL);
        assertThat(dialogs.erasureRequests.get(0).earlierExportsText()).contains(SubjectFixtures.EXPORT_ID);
        assertThat(model.browser().shownRows()).extracting(SessionRow::id).containsExactly(SubjectFixtures.ALICE_SHELL);
        assertThat(workspace.sessions().contains(SubjectFixtures.ALICE_MAIL)).isFalse();
        assertThat(workspace.sessions().contains(SubjectFixtures.BOB_PAYROLL)).isTrue();
        assertThat(model.myData().getOverview().sessions()).isEqualTo(1);
        String summary = dialogs.notices.get(dialogs.notices.size() - 1);
        assertThat(summary).contains("Erased 1 session", SubjectFixtures.EXPORT_ID)
                .doesNotContain("Inbox", "Firefox", "notes.md");
    }

    @Test
    void erasingEverythingLeavesTheEmptyState(FxRobot robot) {
        dialogs.erasureAnswer = ErasureScope.ALL_SESSIONS;

        robot.clickOn("#" + SubjectStyles.ID_ERASE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.browser().shownRows()).isEmpty();
        assertThat(workspace.sessions().ofSubject(SubjectFixtures.ALICE)).isEmpty();
        assertThat(robot.lookup("#" + SubjectStyles.ID_EMPTY).query().isVisible()).isTrue();
        assertThat(texts(robot, "#" + SubjectStyles.ID_EMPTY)).contains("This workspace holds no recordings of you");
        // the session list says the same, without pointing at imports nobody here may make
        assertThat(robot.lookup((javafx.scene.Node n) -> n instanceof Labeled l
                && l.getText() != null && l.getText().startsWith("No sessions of yours here")).tryQuery()).isPresent();
        assertThat(robot.lookup((javafx.scene.Node n) -> n instanceof Labeled l
                && l.getText() != null && l.getText().contains("Import")).tryQuery()).isEmpty();
    }

    private List<String> chosen() {
        return Selection.of(workspace, false, ExportFilter.NONE).included().stream()
                .map(c -> c.session().id()).toList();
    }

    private void approve(String sessionId) {
        SessionReview now = workspace.review().status(sessionId);
        workspace.review().replaceStatus(now, new SessionReview(sessionId, ReviewStatus.APPROVED, "rita", null,
                java.time.Instant.now()), "rita");
    }

    private static String badge(FxRobot robot, ConsentPurpose purpose) {
        return robot.lookup("#" + SubjectStyles.ID_CONSENT_PREFIX + purpose.wireName()).queryAs(Labeled.class).getText();
    }

    private static List<String> texts(FxRobot robot, String query) {
        List<String> texts = new java.util.ArrayList<>();
        robot.interact(() -> texts.addAll(VisibleText.of(robot.lookup(query).query())));
        return texts;
    }
}
