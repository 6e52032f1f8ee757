package org.trailmark.ui.workspace;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.trailmark.ui.common.Styles;

/**
 * File ▸ Open team workspace…: binds to an {@link OpenTeamWorkspaceViewModel} and nothing else. Connect
 * keeps the dialog open while the connection is tried; it closes when the workspace is open, and shows
 * the reason in place when not.
 */
public final class OpenTeamWorkspaceDialog extends Dialog<ButtonType> {
    public static final String ID_URL = "team-url";
    public static final String ID_PASSWORD = "team-password";
    public static final String ID_PROBLEM = "team-url-problem";
    public static final String ID_PASSWORD_NOTE = "team-password-note";
    public static final String ID_STATUS = "team-status";
    public static final String ID_FAILURE = "team-failure";
    public static final ButtonType CONNECT = new ButtonType("Connect", ButtonData.OK_DONE);

    public OpenTeamWorkspaceDialog(OpenTeamWorkspaceViewModel model) {
        setTitle("Open team workspace");
        setHeaderText("Open a team workspace on a PostgreSQL server");
        getDialogPane().getButtonTypes().setAll(CONNECT, ButtonType.CANCEL);
        getDialogPane().setContent(content(model));

        Button connect = (Button) getDialogPane().lookupButton(CONNECT);
        connect.disableProperty().bind(model.canConnectProperty().not());
        // Connect tries the server and leaves the dialog open; the model closes it by connecting
        connect.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.connect();
        });
        model.connectedProperty().addListener((obs, was, now) -> {
            if (now) {
                setResult(CONNECT);
                close();
            }
        });
        // a reason or the progress line appearing must not be cut off at the bottom
        model.failureProperty().addListener((obs, old, now) -> fitToContent());
        model.connectingProperty().addListener((obs, old, now) -> fitToContent());
        model.passwordNoteProperty().addListener((obs, old, now) -> fitToContent());
        setOnCloseRequest(event -> {
            if (!model.connectedProperty().get()) {
                model.cancel();
            }
        });
    }

    private void fitToContent() {
        if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null
                && getDialogPane().getScene().getWindow().isShowing()) {
            getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    private static Node content(OpenTeamWorkspaceViewModel model) {
        TextField url = new TextField();
        url.setId(ID_URL);
        url.setPromptText("postgresql://alice@db.example.com/trailmark");
        url.setPrefColumnCount(34);
        url.textProperty().bindBidirectional(model.urlProperty());
        url.disableProperty().bind(model.connectingProperty());
        Label problem = note(ID_PROBLEM, Styles.WARNING);
        problem.textProperty().bind(model.problemProperty());

        PasswordField password = new PasswordField();
        password.setId(ID_PASSWORD);
        password.setPromptText("only if PGPASSWORD or ~/.pgpass has none");
        password.textProperty().bindBidirectional(model.passwordProperty());
        password.disableProperty().bind(model.connectingProperty());
        Label passwordNote = note(ID_PASSWORD_NOTE, Styles.MUTED);
        passwordNote.textProperty().bind(model.passwordNoteProperty());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(4);
        form.addRow(0, fieldLabel("Server", url), url);
        form.add(problem, 1, 1);
        form.addRow(2, fieldLabel("Password", password), password);
        form.add(passwordNote, 1, 3);
        GridPane.setHgrow(url, Priority.ALWAYS);
        GridPane.setHgrow(problem, Priority.ALWAYS);
        GridPane.setHgrow(passwordNote, Priority.ALWAYS);

        ProgressIndicator spinner = new ProgressIndicator(ProgressIndicator.INDETERMINATE_PROGRESS);
        spinner.setPrefSize(16, 16);
        Label status = new Label();
        status.setId(ID_STATUS);
        status.textProperty().bind(model.statusProperty());
        HBox connecting = new HBox(8, spinner, status);
        connecting.setAlignment(Pos.CENTER_LEFT);
        connecting.visibleProperty().bind(model.connectingProperty());
        connecting.managedProperty().bind(connecting.visibleProperty());

        Label failureTitle = new Label();
        failureTitle.getStyleClass().add(Styles.DANGER);
        failureTitle.setStyle("-fx-font-weight: bold;");
        failureTitle.textProperty().bind(model.failureTitleProperty());
        Label failure = note(ID_FAILURE, null);
        failure.textProperty().bind(model.failureProperty());
        VBox failed = new VBox(2, failureTitle, failure);
        failed.visibleProperty().bind(model.failureProperty().isNotEmpty());
        failed.managedProperty().bind(failed.visibleProperty());

        Label privacy = new Label("The address is remembered under File \u25B8 Open recent; a password never is.");
        privacy.getStyleClass().add(Styles.MUTED);
        privacy.setWrapText(true);
        VBox content = new VBox(10, form, connecting, failed, privacy);
        content.setPadding(new Insets(8, 12, 4, 12));
        content.setPrefWidth(560);
        return content;
    }

    private static Label fieldLabel(String text, Node field) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(field);
        return label;
    }

    /** A wrapping line under a field that takes no room while empty. */
    private static Label note(String id, String style) {
        Label label = new Label();
        label.setId(id);
        if (style != null) {
            label.getStyleClass().add(style);
        }
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
