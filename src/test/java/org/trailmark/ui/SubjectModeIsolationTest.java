package org.trailmark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trailmark.model.FlagSource;
import org.trailmark.store.AuditEntry;
import org.trailmark.store.Workspace;
import org.trailmark.ui.browser.SessionRow;
import org.trailmark.ui.common.SameThreadTaskExecutor;
import org.trailmark.ui.subject.SubjectStyles;

/**
 * Subject mode for alice in a workspace that also holds bob: no list, search, command, window or
 * message shows anything of bob's — checked on the text of every visible node after every
 * offered menu command has run.
 */
@ExtendWith(ApplicationExtension.class)
class SubjectModeIsolationTest {
    @TempDir
    static Path dir;

    private Workspace workspace;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private StudioViewModel model;
    private MainWindow window;
    private int switches;

    @Start
    void start(Stage stage) {
        workspace = SubjectFixtures.twoSubjects(dir);
        model = new StudioViewModel(workspace, new SameThreadTaskExecutor(), dialogs,
                ListShownPreferences.create(), SubjectFixtures.ALICE);
        window = new MainWindow(model, () -> { }, () -> switches++);
        stage.setScene(new Scene(window, 1280, 800));
        stage.sizeToScene();
        stage.show();
        model.start(false);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theListSearchAndNextToReviewOfferOnlyTheSubjectsOwnSessions(FxRobot robot) {
        assertThat(model.browser().shownRows()).extracting(SessionRow::id)
                .containsExactlyInAnyOrder(SubjectFixtures.ALICE_MAIL, SubjectFixtures.ALICE_SHELL);
        assertThat(model.browser().subjects()).doesNotContain(SubjectFixtures.BOB);

        robot.interact(() -> model.browser().filterTextProperty().set("payroll"));
        assertThat(model.browser().shownRows()).isEmpty();
        robot.interact(() -> model.browser().filterTextProperty().set("bob"));
        assertThat(model.browser().shownRows()).isEmpty();
        robot.interact(() -> model.browser().clearFilter());

        robot.interact(model::openNextToReview);
        assertThat(model.player().sessionProperty().get() == null
                || model.player().sessionProperty().get().subject().equals(SubjectFixtures.ALICE)).isTrue();
    }

    @Test
    void openingAnotherSubjectsSessionByIdIsRefusedWithoutSayingWhetherItExists(FxRobot robot) throws Exception {
        robot.interact(() -> model.browser().select(SubjectFixtures.ALICE_MAIL));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.review().isOpen());

        robot.interact(() -> model.open(SubjectFixtures.BOB_PAYROLL));
        robot.interact(() -> model.open("s-nobody-at-all"));

        assertThat(model.player().sessionProperty().get().id()).isEqualTo(SubjectFixtures.ALICE_MAIL);
        assertThat(dialogs.notices).hasSize(2);
        assertThat(dialogs.notices.get(0)).isEqualTo(dialogs.notices.get(1));
    }

    @Test
    void theAuditWindowListsOnlyEntriesAboutTheSubject(FxRobot robot) {
        robot.interact(model::showAuditLog);

        assertThat(dialogs.auditShown).isEqualTo(1);
        assertThat(model.audit().entries()).isNotEmpty();
        assertThat(workspace.audit().entries(SubjectFixtures.BOB_PAYROLL)).isNotEmpty();
        for (AuditEntry e : model.audit().entries()) {
            assertThat(e.sessionId() == null || e.sessionId().startsWith("s-alice")).as(e.toString()).isTrue();
            assertThat(String.valueOf(e.detail()).toLowerCase(Locale.ROOT)).doesNotContain("bob");
        }
    }

    @Test
    void labelerCommandsAreNotOfferedAndTheirKeysDoNothing(FxRobot robot) {
        List<String> offered = menuItems().stream().map(MenuItem::getId).toList();

        for (StudioAction action : StudioAction.values()) {
            if (action.audience() == StudioAction.Audience.LABELER) {
                assertThat(offered).as(action.name()).doesNotContain(ActionFactory.menuItemId(action));
            }
        }
        assertThat(offered).contains(ActionFactory.menuItemId(StudioAction.MY_DATA),
                ActionFactory.menuItemId(StudioAction.MARK_PRIVATE), ActionFactory.menuItemId(StudioAction.SWITCH_ROLE));
        assertThat(window.reviewPanel()).isNull();
        assertThat(window.subjectPanel()).isNotNull();

        // the import, export and scan paths refuse even when called directly
        robot.interact(() -> {
            model.importPaths(List.of(dir));
            model.exportTrainingSet();
            model.scanOpenSession();
        });
        assertThat(dialogs.reports).isEmpty();
        assertThat(dialogs.exportWizards).isEmpty();
        assertThat(workspace.sessions().all()).hasSize(3);
    }

    @Test
    void everyOfferedCommandLeavesNoTraceOfTheOtherSubjectOnScreen(FxRobot robot) throws Exception {
        robot.interact(() -> ((TabPane) robot.lookup("#" + MainWindow.ID_SUBJECT_TABS).query())
                .getSelectionModel().select(1));
        robot.interact(() -> model.browser().select(SubjectFixtures.ALICE_MAIL));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.review().isOpen());
        assertNothingOfBob(robot, "the sessions tab");

        for (MenuItem item : menuItems()) {
            if (item.isDisable() || item.getId().equals(ActionFactory.menuItemId(StudioAction.QUIT))) {
                continue;
            }
            robot.interact(item::fire);
            WaitForAsyncUtils.waitForFxEvents();
            assertNothingOfBob(robot, item.getText());
        }
        robot.interact(() -> model.player().pause());

        assertThat(switches).as("Switch role… was offered and ran").isEqualTo(1);
        assertThat(workspace.flags().ofSession(SubjectFixtures.ALICE_MAIL)).anyMatch(f -> f.source() == FlagSource.SUBJECT);
        // "My data" ran last among the view commands; its screen is in front and shows alice alone
        robot.interact(window::showMyData);
        assertThat(robot.lookup("#" + SubjectStyles.ID_MY_DATA).query().isVisible()).isTrue();
        assertNothingOfBob(robot, "My data");
    }

    @Test
    void theTextCheckSeesTheOtherSubjectInALabelersWindow(FxRobot robot) {
        StudioViewModel labeler = new StudioViewModel(workspace, new SameThreadTaskExecutor(), new RecordingDialogs(),
                ListShownPreferences.create());
        List<String> seen = new ArrayList<>();
        robot.interact(() -> {
            MainWindow other = new MainWindow(labeler, () -> { });
            new Scene(other, 1280, 800);
            labeler.start(false);
            for (int pass = 0; pass < 2; pass++) {
                other.applyCss();
                other.layout();
            }
            seen.addAll(VisibleText.of(other));
        });

        assertThat(String.join("\n", seen)).contains(SubjectFixtures.BOB_PAYROLL);
    }

    private void assertNothingOfBob(FxRobot robot, String after) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> seen = new ArrayList<>();
        robot.interact(() -> seen.addAll(VisibleText.ofAllWindows()));
        seen.addAll(dialogs.notices);
        seen.addAll(dialogs.errors);
        assertThat(seen).as("visible text after " + after).isNotEmpty();
        for (String text : seen) {
            String lower = text.toLowerCase(Locale.ROOT);
            for (String word : SubjectFixtures.BOB_WORDS) {
                assertThat(lower).as("after " + after).doesNotContain(word.toLowerCase(Locale.ROOT));
            }
        }
    }

    private List<MenuItem> menuItems() {
        MenuBar bar = (MenuBar) window.lookup(".menu-bar");
        List<MenuItem> items = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (!(item instanceof SeparatorMenuItem)) {
                    items.add(item);
                }
            }
        }
        return items;
    }
}
