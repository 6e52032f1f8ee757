package org.trailmark.ui.workspace;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Alert.AlertType;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.trailmark.ui.common.WindowLimits;
import org.trailmark.ui.common.WindowPlacement;
import org.trailmark.ui.theme.Theme;

/** The real windows for switching workspaces, owned by the studio window and in its theme. */
public final class FxWorkspaceDialogs implements WorkspaceDialogs {
    static final ButtonType REMOVE = new ButtonType("Remove from the list", ButtonData.OK_DONE);
    static final ButtonType KEEP = new ButtonType("Keep it", ButtonData.CANCEL_CLOSE);

    private final Supplier<Window> owner;
    private final Supplier<Theme> theme;

    public FxWorkspaceDialogs(Supplier<Window> owner, Supplier<Theme> theme) {
        this.owner = owner;
        this.theme = theme;
    }

    @Override
    public Optional<Path> chooseWorkspaceFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open workspace file");
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter("Trailmark workspaces (*.trailmark)", "*.trailmark"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public void showOpenTeamWorkspace(OpenTeamWorkspaceViewModel model) {
        OpenTeamWorkspaceDialog dialog = new OpenTeamWorkspaceDialog(model);
        dress(dialog, WindowLimits.FORM);
        dialog.show();
    }

    @Override
    public boolean askRemoveRecent(String title, String message) {
        Alert alert = alert(AlertType.WARNING, title, message + "\n\nTake it off the list of recent workspaces?");
        alert.getButtonTypes().setAll(REMOVE, KEEP);
        return alert.showAndWait().filter(REMOVE::equals).isPresent();
    }

    @Override
    public void showError(String title, String message) {
        alert(AlertType.ERROR, title, message).show();
    }

    @Override
    public void showNotice(String title, String message) {
        alert(AlertType.INFORMATION, title, message).show();
    }

    private Alert alert(AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setPrefWidth(1);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(text);
        dress(alert, WindowLimits.MESSAGE);
        return alert;
    }

    private void dress(Dialog<?> dialog, WindowLimits limits) {
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        theme.get().applyTo(dialog.getDialogPane());
        WindowPlacement.dialog(dialog, limits);
    }
}
