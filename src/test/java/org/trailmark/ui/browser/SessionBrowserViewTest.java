package org.trailmark.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trailmark.ui.TestSessions.summary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trailmark.model.ReviewStatus;
import org.trailmark.store.SessionSummary;
import org.trailmark.ui.TestSessions;
import org.trailmark.ui.common.NodeIds;
import org.trailmark.ui.theme.Theme;

/** The browser's filters on a real (headless) stage. */
@ExtendWith(ApplicationExtension.class)
class SessionBrowserViewTest {
    private final SessionBrowserViewModel model = new SessionBrowserViewModel();

    @Start
    void start(Stage stage) {
        SessionSummary later = summary("s-carol-notes", "carol", "native", 50_000, List.of("Code"),
                ReviewStatus.NEW, 500);
        model.setSessions(List.of(
                withStart(later, 3),
                summary("s-alice-mail", "alice", "native", 125_000, List.of("Firefox"), ReviewStatus.NEW, 900),
                withStart(summary("s-bob-shell", "bob", "native", 61_000, List.of("Terminal"),
                        ReviewStatus.APPROVED, 40), 1),
                withStart(summary("s-bob-duck", "bob", "ducktrack", 30_000, List.of(),
                        ReviewStatus.IN_REVIEW, 13_163), 2)));
        Scene scene = new Scene(new SessionBrowserView(model, List.of()), 1200, 600);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        // the headless stage is shared with other test classes, which may have resized it
        stage.sizeToScene();
        stage.show();
    }

    private static SessionSummary withStart(SessionSummary s, int hoursLater) {
        return new SessionSummary(TestSessions.info(s.id(), s.subject(), s.info().sourceFormat(),
                TestSessions.MORNING.plusHours(hoursLater)), s.events(), s.durationMs(), s.counts(), s.apps(),
                s.status(), s.importedAt(), s.sourcePath());
    }

    private TableView<SessionRow> table(FxRobot robot) {
        return robot.lookup("#" + NodeIds.SESSION_TABLE).queryTableView();
    }

    @Test
    void theTableStartsSortedByStartTime(FxRobot robot) {
        assertThat(table(robot).getItems()).extracting(SessionRow::id)
                .containsExactly("s-alice-mail", "s-bob-shell", "s-bob-duck", "s-carol-notes");
    }

    @Test
    void pickingASubjectNarrowsTheRowsAndTheCount(FxRobot robot) {
        assertThat(robot.lookup("#" + BrowserIds.SHOWN_COUNT).queryLabeled().getText()).isEqualTo("4 sessions");

        robot.clickOn("#" + BrowserIds.SUBJECT_FILTER);
        robot.clickOn(popupCell(robot, "bob"));

        assertThat(table(robot).getItems()).extracting(SessionRow::id).containsExactly("s-bob-shell", "s-bob-duck");
        assertThat(robot.lookup("#" + BrowserIds.SHOWN_COUNT).queryLabeled().getText()).isEqualTo("2 of 4 sessions");
        assertThat(model.getFilter().subject()).isEqualTo("bob");
    }

    @Test
    void whenTheFiltersHideEverythingTheyAreNamedAndCanBeCleared(FxRobot robot) {
        robot.clickOn("#" + BrowserIds.SUBJECT_FILTER);
        robot.clickOn(popupCell(robot, "bob"));
        robot.clickOn("#" + BrowserIds.STATUS_FILTER);
        robot.clickOn(popupCell(robot, "New"));

        assertThat(table(robot).getItems()).isEmpty();
        assertThat(robot.lookup("#" + BrowserIds.NO_MATCHES_MESSAGE).queryLabeled().getText()).isEqualTo(
                "Each filter matches some sessions, but none matches subject bob, status New together.");
        assertThat(robot.lookup("Clear subject bob").tryQuery()).isPresent();

        robot.clickOn(NoMatchesState.CLEAR_ALL);

        assertThat(table(robot).getItems()).hasSize(4);
        assertThat(robot.lookup("#" + BrowserIds.SUBJECT_FILTER).queryComboBox().getValue())
                .isEqualTo(Optional.empty());
        assertThat(robot.lookup("#" + BrowserIds.CLEAR_FILTERS).query().isDisabled()).isTrue();
    }

    @Test
    void rendersTheNoMatchesStateForALook(FxRobot robot) throws Exception {
        robot.interact(() -> model.setFilter(SessionFilter.NONE.withSubject("bob").withStatus(ReviewStatus.NEW)));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = robot.lookup("#" + BrowserIds.NO_MATCHES).query().getScene().snapshot(null));
        Path out = Path.of(SessionBrowserViewTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent().resolve("screenshots").resolve("browser-no-matches-light.png");
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out.toFile());
        assertThat(ImageIO.read(out.toFile()).getWidth()).isPositive();
    }

    /** The item of the open drop-down list that reads {@code text}, not a table cell that does too. */
    private static Node popupCell(FxRobot robot, String text) {
        return robot.lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> cell) -> text.equals(cell.getText()))
                .query();
    }
}
