package org.trailmark.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trailmark.generate.SessionGenerator;
import org.trailmark.model.SessionLog;
import org.trailmark.replay.frame.TimelineSource;
import org.trailmark.ui.theme.Theme;

/** Dragging a task's edge on the Tasks track, on a real headless stage. */
@ExtendWith(ApplicationExtension.class)
class TaskEdgeDragTest {
    private static final SessionLog SAMPLE = SessionGenerator.samples(SessionGenerator.DEFAULT_SEED).get(0).log();

    private TimelineViewModel model;
    private TimelineView view;
    private final List<long[]> moves = new ArrayList<>();

    @Start
    void start(Stage stage) {
        model = new TimelineViewModel();
        model.setSource(TimelineSource.of(SAMPLE));
        view = new TimelineView(model);
        BorderPane root = new BorderPane();
        root.setBottom(view);
        Scene scene = new Scene(root, 1280, TimelineLayout.preferredHeight(2));
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.sizeToScene(); // the headless stage is shared: drop the size an earlier test class gave it
        stage.show();
    }

    private Point2D onScreen(double trackX, double y) {
        return view.localToScreen(TimelineLayout.GUTTER + trackX, y);
    }

    @Test
    void draggingTheEndEdgeHandsTheNewEdgesToTheHandlerOnRelease(FxRobot robot) {
        long duration = model.getDurationMs();
        robot.interact(() -> {
            model.setTaskSpans(List.of(new TimelineSpan(7, 0, duration / 2, "Answer Bob", "#1c7a3a", 0)));
            model.onTaskEdgesMovedProperty().set((span, start, end) -> moves.add(new long[] {span.id(), start, end}));
        });
        TimelineLayout layout = new TimelineLayout(view.getWidth(), 1);
        double y = layout.rowTop(TimelineRow.TASKS) + 10;
        double endX = model.xAt(duration / 2.0);
        robot.moveTo(onScreen(endX - 2, y)).press(MouseButton.PRIMARY).moveTo(onScreen(endX + 100, y));
        assertThat(model.getTaskSpans().get(0).endMs()).isGreaterThan(duration / 2);
        assertThat(moves).isEmpty();
        robot.release(MouseButton.PRIMARY);
        assertThat(moves).singleElement().satisfies(m -> {
            assertThat(m[0]).isEqualTo(7);
            assertThat(m[1]).isZero();
            assertThat(m[2]).isGreaterThan(duration / 2);
        });
        assertThat(model.getPlayheadMs()).isZero();
    }

    @Test
    void overlappingSpansStackIntoLanesAndTheTrackGrows(FxRobot robot) {
        double before = view.prefHeight(-1);
        robot.interact(() -> model.setTaskSpans(List.of(new TimelineSpan(1, 0, 1000, "a", null, 0),
                new TimelineSpan(2, 500, 1500, "b", null, 0), new TimelineSpan(3, 1000, 2000, "c", null, 0))));
        assertThat(model.getTaskSpans()).extracting(TimelineSpan::lane).containsExactly(0, 1, 0);
        assertThat(model.taskLanesProperty().get()).isEqualTo(2);
        assertThat(view.prefHeight(-1)).isEqualTo(before + TimelineLayout.TASK_LANE);
    }
}
