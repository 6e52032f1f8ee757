package org.trailmark.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.Importers;
import org.trailmark.io.ParsedSession;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentRecord;
import org.trailmark.model.ConsentStatus;
import org.trailmark.store.Workspace;
import org.trailmark.ui.common.NodeIds;
import org.trailmark.ui.theme.Theme;

/**
 * The browser shows each session's training consent as the workspace records it: the sample
 * sessions of Ana (granted), Ben (withdrawn here) and Chloe (capture only, so none).
 */
@ExtendWith(ApplicationExtension.class)
class TrainingConsentBrowserTest {
    @TempDir
    static Path dir;

    private final SessionBrowserViewModel model = new SessionBrowserViewModel();

    @Start
    void start(Stage stage) {
        try (Workspace workspace = Workspace.open(dir.resolve("ws.trailmark"))) {
            for (ParsedSession s : Importers.read(Path.of("sample-sessions"), ImportOptions.defaults()).sessions()) {
                if (s.info().sourceFormat().equals("native")) {
                    workspace.sessions().add(s.info(), s.log(), null, "tester");
                }
            }
            workspace.consent().withdraw("subj-ben", ConsentPurpose.TRAINING, "ben", ConsentRecord.SUBJECT);
            model.setSessions(workspace.sessions().all());
        }
        Scene scene = new Scene(new SessionBrowserView(model, List.of()), 1200, 600);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    private SessionRow rowOf(String subject) {
        return model.shownRows().stream().filter(r -> r.subject().equals(subject)).findFirst().orElseThrow();
    }

    @Test
    void rowsCarryEachSubjectsTrainingConsent() {
        assertThat(rowOf("subj-ana").trainingConsent()).isEqualTo(ConsentStatus.GRANTED);
        assertThat(rowOf("subj-ben").trainingConsentText()).isEqualTo("Withdrawn");
        assertThat(rowOf("subj-chloe").trainingConsentText()).isEqualTo("None");
    }

    @Test
    void detailsSayWhatTheConsentMeansForExport(FxRobot robot) {
        robot.interact(() -> model.selectedProperty().set(rowOf("subj-ben")));
        assertThat(model.detailsProperty().get().figure("Training consent"))
                .isEqualTo("Withdrawn — excluded from every export");
        robot.interact(() -> model.selectedProperty().set(rowOf("subj-chloe")));
        assertThat(model.detailsProperty().get().figure("Training consent"))
                .isEqualTo("None — never exported for training");
        // the header said capture only; the line above is the workspace's record, the one below the header's
        assertThat(model.detailsProperty().get().figure("Consent")).contains("capture").doesNotContain("training");
        robot.interact(() -> model.selectedProperty().set(rowOf("subj-ana")));
        assertThat(model.detailsProperty().get().figure("Training consent"))
                .isEqualTo("Granted — may be exported for training");
    }

    @Test
    void theTableHasATrainingColumnWithOneBadgePerSession(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#" + NodeIds.SESSION_TABLE).queryAs(TableView.class);
        TableColumn<?, ?> training = table.getColumns().stream()
                .filter(c -> SessionTable.TRAINING_COLUMN.equals(c.getText())).findFirst().orElseThrow();
        assertThat(training.isVisible()).isTrue();
        assertThat(training.getId()).isEqualTo(SessionTable.TRAINING_COLUMN_ID);

        List<String> badges = robot.lookup("." + SessionTable.CONSENT_BADGE).queryAllAs(Label.class).stream()
                .filter(Label::isVisible).map(Label::getText).toList();
        assertThat(badges).containsExactlyInAnyOrder("Granted", "Granted", "Withdrawn", "Withdrawn", "None", "None");
        assertThat(robot.lookup("." + SessionTable.CONSENT_BADGE + "-withdrawn").queryAll()).hasSize(2);
    }

    @Test
    void typingWithdrawnInTheFilterListsTheSessionsNoExportMayTake(FxRobot robot) {
        robot.interact(() -> model.filterTextProperty().set("withdrawn"));

        assertThat(model.shownRows()).extracting(SessionRow::subject).containsOnly("subj-ben").hasSize(2);
        robot.interact(model::clearFilter);
    }
}
