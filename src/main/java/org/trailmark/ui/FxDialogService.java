package org.trailmark.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Alert.AlertType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.trailmark.ui.common.NodeIds;
import org.trailmark.ui.common.Styles;
import org.trailmark.ui.review.AuditView;
import org.trailmark.ui.review.AuditViewModel;
import org.trailmark.ui.theme.Theme;

/**
 * The real dialogs. Reports and errors open without blocking (show, not showAndWait), so that
 * background work finishing later never stacks nested event loops.
 */
final class FxDialogService implements DialogService {
    private static final int LISTED_SESSIONS = 8;

    private final Supplier<Window> owner;
    private final Supplier<Theme> theme;
    private final javafx.application.HostServices hostServices;
    private File lastFolder;
    private Stage auditWindow;

    FxDialogService(Supplier<Window> owner, Supplier<Theme> theme) {
        this(owner, theme, null);
    }

    /** @param hostServices opens an exported folder in the desktop's file manager; null hides that button */
    FxDialogService(Supplier<Window> owner, Supplier<Theme> theme, javafx.application.HostServices hostServices) {
        this.owner = owner;
        this.theme = theme;
        this.hostServices = hostServices;
    }

    @Override
    public List<Path> chooseCaptureFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import capture files");
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter("Captures (*.jsonl, *.jsonl.gz)", "*.jsonl", "*.jsonl.gz", "*.gz"),
                new FileChooser.ExtensionFilter("All files", "*"));
        startIn(chooser::setInitialDirectory);
        List<File> files = chooser.showOpenMultipleDialog(owner.get());
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        lastFolder = files.get(0).getParentFile();
        return files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseCaptureFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a folder of captures or a recording folder");
        startIn(chooser::setInitialDirectory);
        File folder = chooser.showDialog(owner.get());
        if (folder == null) {
            return Optional.empty();
        }
        lastFolder = folder.getParentFile();
        return Optional.of(folder.toPath());
    }

    @Override
    public void showImportReport(ImportSummary summary) {
        AlertType type = switch (summary.outcome()) {
            case CLEAN -> AlertType.INFORMATION;
            case WITH_WARNINGS -> AlertType.WARNING;
            case NOTHING_IMPORTED -> AlertType.ERROR;
        };
        Alert alert = alert(type, summary.title(), summary.title());
        VBox content = new VBox(10);
        content.setId(NodeIds.IMPORT_REPORT);
        content.setPrefWidth(680);
        content.getStyleClass().add(Styles.REPORT);
        Label headline = new Label(summary.headline());
        headline.getStyleClass().add(Styles.REPORT_HEADLINE);
        headline.setWrapText(true);
        headline.setMaxWidth(680);
        content.getChildren().add(headline);
        addSessions(content, "Imported", summary.imported());
        addSessions(content, "Already in the workspace, not imported again", summary.alreadyPresent());
        addSessions(content, "Could not be stored", summary.failed());
        if (!summary.problems().isEmpty()) {
            Label heading = sectionLabel("Problems (" + summary.problems().size() + ") — file:line: reason");
            TextArea problems = new TextArea(summary.problemsText());
            problems.getStyleClass().add(Styles.REPORT_PROBLEMS);
            problems.setEditable(false);
            problems.setWrapText(true);
            problems.setPrefRowCount(Math.min(12, Math.max(3, summary.problems().size())));
            problems.setPrefColumnCount(80);
            VBox.setVgrow(problems, Priority.ALWAYS);
            content.getChildren().addAll(heading, problems);
        }
        alert.getDialogPane().setContent(content);
        alert.setResizable(true);
        alert.show();
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = alert(AlertType.ERROR, title, title);
        Label text = new Label(message);
        text.setId(NodeIds.ERROR_MESSAGE);
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        alert.show();
    }

    @Override
    public void showNotice(String title, String message) {
        Alert alert = alert(AlertType.INFORMATION, title, title);
        Label text = new Label(message);
        text.setId(NodeIds.ERROR_MESSAGE);
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        alert.show();
    }

    /**
     * Every binding of {@link StudioAction}, grouped as the menus are: playback (the longest list)
     * on the left, review in the middle, the rest on the right.
     */
    @Override
    public void showShortcuts() {
        Alert alert = alert(AlertType.INFORMATION, "Keyboard shortcuts", "Keyboard shortcuts");
        GridPane playback = new GridPane();
        GridPane review = new GridPane();
        GridPane other = new GridPane();
        for (GridPane grid : List.of(playback, review, other)) {
            grid.setHgap(14);
            grid.setVgap(5);
        }
        int left = addGroup(playback, 0, StudioAction.Group.PLAYBACK);
        addGroup(review, 0, StudioAction.Group.REVIEW);
        int right = 0;
        for (StudioAction.Group group : StudioAction.Group.values()) {
            if (group != StudioAction.Group.PLAYBACK && group != StudioAction.Group.REVIEW) {
                right = addGroup(other, right, group);
            }
        }
        playback.addRow(left, new Label(""));
        Label browserTitle = sectionLabel("Session list");
        browserTitle.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
        other.add(browserTitle, 0, right++, 2, 1);
        other.addRow(right++, key("\u2191 / \u2193"), new Label("Previous / next session"));
        other.addRow(right, key("Esc"), new Label("Clear the filter (in the filter field)"));
        Label note = new Label("Single keys act on the player and the review wherever the focus is, except "
                + "while typing in a text field or editing a table cell.");
        note.getStyleClass().add(Styles.MUTED);
        note.setWrapText(true);
        note.setMaxWidth(980);
        javafx.scene.layout.HBox columns = new javafx.scene.layout.HBox(32, playback, review, other);
        VBox content = new VBox(12, columns, note);
        content.setId(SHORTCUTS_SHEET);
        alert.getDialogPane().setContent(content);
        alert.setResizable(true);
        alert.show();
    }

    /** A plain text dialog; the name is stripped and an empty answer counts as cancelled. */
    @Override
    public Optional<String> askReviewerName() {
        TextInputDialog dialog = new TextInputDialog(System.getProperty("user.name", ""));
        dialog.setTitle("Reviewer");
        dialog.setHeaderText("Who is reviewing? The name goes into the audit log with every edit "
                + "and is remembered for this workspace.");
        dialog.setContentText("Your name");
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        theme.get().applyTo(dialog.getDialogPane());
        return dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty());
    }

    /**
     * One audit window for the studio, not modal, so the log can stay open beside the player; it
     * reads the log again each time it is shown or comes to the front, since edits add to it.
     */
    @Override
    public void showAuditLog(AuditViewModel audit) {
        if (auditWindow == null) {
            auditWindow = new Stage();
            Window window = owner.get();
            if (window != null) {
                auditWindow.initOwner(window);
            }
            auditWindow.setTitle("Audit log");
            auditWindow.setScene(new Scene(new AuditView(audit), 960, 560));
            auditWindow.focusedProperty().addListener((obs, was, focused) -> {
                if (focused) {
                    audit.refresh();
                }
            });
        }
        theme.get().applyTo(auditWindow.getScene());
        audit.refresh();
        auditWindow.show();
        auditWindow.toFront();
    }

    static final String SHORTCUTS_SHEET = "shortcuts-sheet";

    private static int addGroup(GridPane grid, int row, StudioAction.Group group) {
        Label title = sectionLabel(group.label());
        if (row > 0) {
            title.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
        }
        grid.add(title, 0, row++, 2, 1);
        for (StudioAction action : StudioAction.values()) {
            if (action.group() == group) {
                grid.addRow(row++, key(action.keysText()), new Label(action.label()));
            }
        }
        return row;
    }

    private Alert alert(AlertType type, String title, String header) {
        Alert alert = new Alert(type);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        alert.setTitle(title);
        alert.setHeaderText(header);
        theme.get().applyTo(alert.getDialogPane());
        return alert;
    }

    private static void addSessions(VBox content, String title, List<String> sessions) {
        if (sessions.isEmpty()) {
            return;
        }
        content.getChildren().add(sectionLabel(title + " (" + sessions.size() + ")"));
        int shown = Math.min(LISTED_SESSIONS, sessions.size());
        for (int i = 0; i < shown; i++) {
            content.getChildren().add(new Label("  " + sessions.get(i)));
        }
        if (sessions.size() > shown) {
            Label more = new Label("  … and " + (sessions.size() - shown) + " more");
            more.getStyleClass().add(Styles.MUTED);
            content.getChildren().add(more);
        }
    }

    private static Label sectionLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.SECTION_TITLE);
        return label;
    }

    private static Label key(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.SHORTCUT_KEY);
        return label;
    }

    private void startIn(java.util.function.Consumer<File> setter) {
        if (lastFolder != null && Files.isDirectory(lastFolder.toPath())) {
            setter.accept(lastFolder);
        }
    }

    @Override
    public void showExportWizard(org.trailmark.ui.export.ExportWizardViewModel wizard) {
        org.trailmark.ui.export.ExportWizard.show(owner.get(), wizard, hostServices,
                scene -> theme.get().applyTo(scene));
    }
}
