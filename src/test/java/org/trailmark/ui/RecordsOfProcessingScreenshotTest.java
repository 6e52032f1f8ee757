package org.trailmark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.trailmark.governance.GovernanceWorkspace;
import org.trailmark.governance.RecordHeader;
import org.trailmark.store.Workspace;
import org.trailmark.ui.common.SameThreadTaskExecutor;
import org.trailmark.ui.governance.ProcessingRecordView;
import org.trailmark.ui.governance.ProcessingRecordViewModel;
import org.trailmark.ui.theme.Theme;

/**
 * Renders the records-of-processing page at 1280×800 (light theme) to the build folder's screenshots/:
 * the bundled samples after a withdrawal, an export and an erasure. Copied to docs/screenshots/ by hand
 * after looking at it.
 */
@ExtendWith(ApplicationExtension.class)
class RecordsOfProcessingScreenshotTest {
    @RegisterExtension
    final Screenshots shots = new Screenshots();

    @Test
    void rendersThePageForTheSampleWorkspace(FxRobot robot) throws Exception {
        try (Workspace ws = Workspace.open(shots.folder().resolve("ws.trailmark"))) {
            new GovernanceWorkspace(ws, shots.folder());
            ws.settings().put(RecordHeader.CONTROLLER_NAME, "Acme Research Ltd", "dpo");
            ws.settings().put(RecordHeader.CONTROLLER_CONTACT, "privacy@acme.example", "dpo");
            ProcessingRecordViewModel model = new ProcessingRecordViewModel(ws, new SameThreadTaskExecutor(),
                    new RecordingDialogs(), () -> Instant.parse("2026-12-05T08:00:00Z"));
            Scene[] scene = new Scene[1];
            robot.interact(() -> {
                scene[0] = new Scene(new ProcessingRecordView(model), 1280, 800);
                Theme.LIGHT.applyTo(scene[0]);
                model.refresh();
            });
            Path out = Screenshots.render(robot, scene[0], "records-of-processing-light.png");
            // the training purpose, with its withdrawal and its recipient, for eyes only
            robot.interact(() -> {
                ScrollPane scroll = (ScrollPane) ((BorderPane) scene[0].getRoot()).getCenter();
                Region sections = (Region) scroll.getContent();
                Node training = sections.getChildrenUnmodifiable().get(2);
                scroll.setVvalue(training.getBoundsInParent().getMinY()
                        / (sections.getHeight() - scroll.getViewportBounds().getHeight()));
            });
            Screenshots.render(robot, scene[0], "records-of-processing-training-light.png");

            assertThat(model.readyProperty().get()).isTrue();
            assertThat(scene[0].getRoot().lookup("#" + org.trailmark.ui.governance.GovernanceStyles.ID_SAVE)
                    .isDisabled()).isFalse();
            assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(1280);
        }
    }
}
