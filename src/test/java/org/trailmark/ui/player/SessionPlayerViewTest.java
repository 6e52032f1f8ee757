package org.trailmark.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trailmark.generate.GeneratedSession;
import org.trailmark.generate.PlantedSecret;
import org.trailmark.generate.SecretKind;
import org.trailmark.generate.SessionGenerator;
import org.trailmark.ui.common.SameThreadTaskExecutor;
import org.trailmark.ui.theme.Theme;
import org.trailmark.ui.timeline.TimelineView;

/** The player on a real (headless) stage: keys, the timeline's playhead and the panels. */
@ExtendWith(ApplicationExtension.class)
class SessionPlayerViewTest {
    private static final GeneratedSession WEBMAIL = SessionGenerator.samples(SessionGenerator.DEFAULT_SEED).get(0);

    private PlayerViewModel model;
    private SessionPlayerView view;

    @Start
    void start(Stage stage) {
        model = new PlayerViewModel(new SameThreadTaskExecutor());
        view = new SessionPlayerView(model);
        Scene scene = new Scene(view, 1280, 800);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.sizeToScene(); // the headless stage is shared: drop the size an earlier test class gave it
        stage.show();
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            model.open(WEBMAIL.info(), WEBMAIL.log());
            view.requestFocus();
        });
    }

    @Test
    void withoutASessionTheEmptyStateSaysWhatToDo(FxRobot robot) {
        assertThat(robot.lookup("#" + PlayerStyles.ID_EMPTY).query().isVisible()).isTrue();
        assertThat(robot.lookup("Pick a session in the list to replay it").tryQuery()).isPresent();
        open(robot);
        assertThat(robot.lookup("#" + PlayerStyles.ID_EMPTY).query().isVisible()).isFalse();
    }

    @Test
    void spaceStartsPlaybackThatMovesTheTimeAndSpaceStopsIt(FxRobot robot) throws Exception {
        open(robot);
        robot.type(KeyCode.SPACE);
        assertThat(model.isPlaying()).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.getTimeMs() > 0);
        robot.type(KeyCode.SPACE);
        assertThat(model.isPlaying()).isFalse();
        int stopped = model.getTimeMs();
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        assertThat(model.getTimeMs()).isEqualTo(stopped);
    }

    @Test
    void rightStepsToTheNextEventAndLeftBack(FxRobot robot) {
        open(robot);
        robot.interact(() -> model.seek(5_000));
        robot.type(KeyCode.RIGHT);
        int next = model.getTimeMs();
        assertThat(next).isGreaterThan(5_000);
        assertThat(model.getState().eventIndex()).isGreaterThanOrEqualTo(0);
        robot.type(KeyCode.LEFT);
        assertThat(model.getTimeMs()).isLessThan(next);
        robot.type(KeyCode.END);
        assertThat(model.getTimeMs()).isEqualTo((int) WEBMAIL.log().durationMs());
        robot.type(KeyCode.HOME);
        assertThat(model.getTimeMs()).isZero();
    }

    @Test
    void lPlaysFasterAndKPauses(FxRobot robot) {
        open(robot);
        robot.type(KeyCode.L);
        robot.type(KeyCode.L);
        assertThat(model.isPlaying()).isTrue();
        assertThat(model.getSpeed()).isEqualTo(2);
        robot.type(KeyCode.K);
        assertThat(model.isPlaying()).isFalse();
    }

    @Test
    void plusAndMinusZoomTheTimeline(FxRobot robot) {
        open(robot);
        double whole = model.timeline().getVisibleLengthMs();
        robot.type(KeyCode.EQUALS);
        assertThat(model.timeline().getVisibleLengthMs()).isLessThan(whole);
        robot.type(KeyCode.MINUS);
        assertThat(model.timeline().getVisibleLengthMs()).isEqualTo(whole);
    }

    @Test
    void draggingOnTheTimelineMovesThePlayhead(FxRobot robot) {
        open(robot);
        TimelineView timeline = robot.lookup("#" + PlayerStyles.ID_TIMELINE).queryAs(TimelineView.class);
        Point2D from = timeline.localToScreen(160, 90);
        Point2D to = timeline.localToScreen(timeline.getWidth() * 0.6, 90);
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getTimeMs()).isGreaterThan((int) (WEBMAIL.log().durationMs() * 0.3));
        assertThat(model.getState().timeMs()).isEqualTo(model.getTimeMs());
    }

    @Test
    void pickingARowInTheInspectorSeeksThere(FxRobot robot) {
        open(robot);
        @SuppressWarnings("unchecked")
        TableView<EventRow> table = (TableView<EventRow>) robot.lookup("#" + PlayerStyles.ID_INSPECTOR)
                .lookup(".table-view").query();
        robot.interact(() -> table.getSelectionModel().clearAndSelect(300));
        int event = table.getItems().get(300).index();
        assertThat(model.currentEventProperty().get()).isEqualTo(event);
        assertThat(model.getTimeMs()).isEqualTo(WEBMAIL.log().time(event));

        robot.interact(() -> model.seek(WEBMAIL.log().durationMs() - 1));
        assertThat(table.getItems()).hasSizeLessThanOrEqualTo(EventWindow.SIZE);
        assertThat(table.getSelectionModel().getSelectedItem().index()).isEqualTo(model.currentEventProperty().get());
        robot.interact(() -> model.seek(1_000));
        assertThat(table.getSelectionModel().getSelectedItem().index()).isEqualTo(model.currentEventProperty().get());
    }

    @Test
    void thePasswordFieldShowsBulletsNotTheTypedText(FxRobot robot) {
        PlantedSecret password = WEBMAIL.planted().stream().filter(p -> p.kind() == SecretKind.PASSWORD)
                .findFirst().orElseThrow();
        open(robot);
        robot.interact(() -> model.seek(password.endMs() + 1));
        StringBuilder shown = new StringBuilder();
        for (Node flow : robot.lookup("#" + PlayerStyles.ID_TEXT).lookup(".tm-text-body").queryAll()) {
            for (Node child : ((TextFlow) flow).getChildren()) {
                if (child instanceof Text text) {
                    shown.append(text.getText());
                } else if (child instanceof javafx.scene.control.Label label) {
                    shown.append(label.getText());
                }
            }
        }
        assertThat(shown.toString()).doesNotContain(password.value()).contains("\u2022\u2022\u2022");
        assertThat(robot.lookup(".tm-text-secret").queryAll()).isNotEmpty();
        assertThat(robot.lookup(".tm-key-cap").queryAll()).isNotEmpty();
    }

    @Test
    void aTextBodyPutsTheCaretAtItsPlaceAndShowsChipsAndSecrets(FxRobot robot) {
        org.trailmark.replay.GroupText group = new org.trailmark.replay.GroupText(0, "Mail", "Inbox",
                org.trailmark.model.FieldRole.TEXT, null, java.util.List.of(
                new org.trailmark.replay.TextRun(org.trailmark.replay.TextRun.Kind.TEXT, "hello", 1, 1),
                new org.trailmark.replay.TextRun(org.trailmark.replay.TextRun.Kind.CHIP, "Ctrl+V", 2, 9),
                new org.trailmark.replay.TextRun(org.trailmark.replay.TextRun.Kind.SECRET, "pw", 1, 12)),
                2, 2, 4, 14);
        java.util.List<String> parts = new java.util.ArrayList<>();
        robot.interact(() -> {
            for (Node node : TypedTextView.body(group).getChildren()) {
                if (node instanceof Text text) {
                    parts.add(text.getText() + (text.getStyleClass().contains(PlayerStyles.TEXT_SELECTED) ? "*" : ""));
                } else if (node instanceof javafx.scene.control.Label label) {
                    parts.add("[" + label.getText() + "]");
                } else if (node.getStyleClass().contains(PlayerStyles.CARET)) {
                    parts.add("|");
                }
            }
        });
        assertThat(parts).containsExactly("he", "|", "\u200b", "ll*", "o", "[Ctrl+V \u00d72]", "\u2022\u2022");
    }
}
