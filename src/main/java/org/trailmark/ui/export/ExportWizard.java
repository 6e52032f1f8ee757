package org.trailmark.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.HostServices;
import javafx.scene.Scene;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.trailmark.ui.common.WindowLimits;
import org.trailmark.ui.common.WindowPlacement;
import org.trailmark.ui.export.ExportWizardViewModel.Phase;

/** Opens the export wizard in a window of its own, modal to the studio. */
public final class ExportWizard {
    public static final String WINDOW_TITLE = "Export training set";

    private ExportWizard() {
    }

    /**
     * @param hostServices opens the finished folder; null (as in tests or without a desktop) hides "Open folder"
     * @param styling      applies the studio theme to the wizard's scene
     */
    public static Stage show(Window owner, ExportWizardViewModel model, HostServices hostServices,
                             Consumer<Scene> styling) {
        Stage stage = new Stage();
        stage.setTitle(WINDOW_TITLE);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        Consumer<Path> open = hostServices == null ? null
                : folder -> hostServices.showDocument(folder.toUri().toString());
        ExportWizardView view = new ExportWizardView(model, () -> chooseFolder(stage, model), open, stage::close);
        Scene scene = new Scene(view);
        if (styling != null) {
            styling.accept(scene);
        }
        // closing mid-run would hide an export that keeps going; ask it to stop instead
        stage.setOnCloseRequest(event -> {
            Phase phase = model.phaseProperty().get();
            if (phase == Phase.RUNNING || phase == Phase.CANCELLING) {
                model.cancel();
                event.consume();
            }
        });
        // sized once for the screen: the choices scroll, and the outcome and buttons stay pinned below them
        stage.setScene(scene);
        WindowPlacement.window(stage, WindowLimits.TOOL);
        stage.show();
        return stage;
    }

    private static Path chooseFolder(Stage stage, ExportWizardViewModel model) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Choose an empty output folder");
        Path current = model.outputFolderProperty().get();
        if (current != null && current.getParent() != null && current.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        File chosen = chooser.showDialog(stage);
        return chosen == null ? null : chosen.toPath();
    }
}
