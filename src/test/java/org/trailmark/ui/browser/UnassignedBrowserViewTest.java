package org.trailmark.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trailmark.ui.TestSessions.summary;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.FontPosture;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.SubjectIds;
import org.trailmark.ui.common.NodeIds;
import org.trailmark.ui.theme.Theme;

/** A recording no person is assigned to, as the session browser shows it on a real (headless) stage. */
@ExtendWith(ApplicationExtension.class)
class UnassignedBrowserViewTest {
    private final SessionBrowserViewModel model = new SessionBrowserViewModel();

    @Start
    void start(Stage stage) {
        model.setSessions(List.of(
                summary("s-alice-mail", "alice", "native", 125_000, List.of("Firefox"), ReviewStatus.NEW, 900),
                summary("dt-0123456789abcdef", SubjectIds.unassignedFor("dt-0123456789abcdef"), "ducktrack",
                        30_000, List.of(), ReviewStatus.NEW, 13_163)));
        Scene scene = new Scene(new SessionBrowserView(model, List.of()), 1200, 600);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void theSubjectColumnSaysUnassignedInMutedItalicsAndTheFilterOffersIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableCell<?, ?> cell = robot.lookup("." + SessionTable.UNASSIGNED_SUBJECT)
                .match((TableCell<?, ?> c) -> !c.isEmpty()).query();

        assertThat(cell.getText()).isEqualTo("Unassigned");
        assertThat(cell.getFont().getStyle()).containsIgnoringCase(FontPosture.ITALIC.name().toLowerCase());
        assertThat(robot.lookup("." + SessionTable.UNASSIGNED_SUBJECT).queryAll()).hasSize(1);

        robot.clickOn("#" + BrowserIds.SUBJECT_FILTER);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> c) -> "Unassigned".equals(c.getText())).queryAs(Labeled.class));

        TableView<SessionRow> table = robot.lookup("#" + NodeIds.SESSION_TABLE).queryTableView();
        assertThat(table.getItems()).extracting(SessionRow::id).containsExactly("dt-0123456789abcdef");
        assertThat(robot.lookup("#" + BrowserIds.SUBJECT_FILTER).queryComboBox().getButtonCell().getText())
                .isEqualTo("Subject: Unassigned");
    }
}
