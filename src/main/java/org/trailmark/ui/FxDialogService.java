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
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.trailmark.ui.common.NodeIds;
import org.trailmark.ui.common.Styles;
import org.trailmark.ui.common.WindowLimits;
import org.trailmark.ui.common.WindowPlacement;
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
    private Stage recordWindow;

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
                new FileChooser.ExtensionFilter("Captures (*.jsonl, *.jsonl.gz, *.json, *.db, *.sqlite)", "*.jsonl",
                        "*.jsonl.gz", "*.gz", "*.json", "*.db", "*.sqlite", "*.sqlite3"),
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
    public Optional<Path> chooseContextFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import ActivityWatch context");
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter("ActivityWatch export (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        startIn(chooser::setInitialDirectory);
        File file = chooser.showOpenDialog(owner.get());
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
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
        Alert alert = alert(type, summary.title(), summary.title(), WindowLimits.FORM);
        VBox content = new VBox(10);
        content.setId(NodeIds.IMPORT_REPORT);
        content.getStyleClass().add(Styles.REPORT);
        Label headline = new Label(summary.headline());
        headline.getStyleClass().add(Styles.REPORT_HEADLINE);
        headline.setWrapText(true);
        headline.setMinHeight(Region.USE_PREF_SIZE);
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
            problems.setPrefColumnCount(60);
            VBox.setVgrow(problems, Priority.ALWAYS);
            content.getChildren().addAll(heading, problems);
        }
        addSessions(content, "Not used by Trailmark", summary.notUsed());
        alert.getDialogPane().setContent(content);
        alert.setResizable(true);
        alert.show();
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = alert(AlertType.ERROR, title, title, WindowLimits.MESSAGE);
        Label text = wrappedLabel(message);
        text.setId(NodeIds.ERROR_MESSAGE);
        alert.getDialogPane().setContent(text);
        alert.show();
    }

    @Override
    public void showNotice(String title, String message) {
        Alert alert = alert(AlertType.INFORMATION, title, title, WindowLimits.MESSAGE);
        Label text = wrappedLabel(message);
        text.setId(NodeIds.ERROR_MESSAGE);
        alert.getDialogPane().setContent(text);
        alert.show();
    }

    /**
     * Every binding of {@link StudioAction}, grouped as the menus are: playback (the longest list)
     * on the left, review in the middle, the rest on the right.
     */
    @Override
    public void showShortcuts(boolean subjectMode) {
        Alert alert = alert(AlertType.INFORMATION, "Keyboard shortcuts", "Keyboard shortcuts", WindowLimits.SHEET);
        GridPane playback = new GridPane();
        GridPane review = new GridPane();
        GridPane other = new GridPane();
        for (GridPane grid : List.of(playback, review, other)) {
            grid.setHgap(10);
            grid.setVgap(5);
        }
        int left = addGroup(playback, 0, StudioAction.Group.PLAYBACK, subjectMode);
        addGroup(review, 0, StudioAction.Group.REVIEW, subjectMode);
        int right = 0;
        for (StudioAction.Group group : StudioAction.Group.values()) {
            if (group != StudioAction.Group.PLAYBACK && group != StudioAction.Group.REVIEW) {
                right = addGroup(other, right, group, subjectMode);
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
        note.setMinHeight(Region.USE_PREF_SIZE);
        // the note wraps to the columns' width rather than setting the sheet's
        note.setPrefWidth(1);
        note.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.HBox columns = new javafx.scene.layout.HBox(24, playback, review, other);
        VBox content = new VBox(12, columns, note);
        content.setId(SHORTCUTS_SHEET);
        // on a small screen the sheet scrolls rather than cutting keys short or pushing OK off the screen
        javafx.scene.control.ScrollPane sheet = new javafx.scene.control.ScrollPane(content);
        sheet.getStyleClass().add("edge-to-edge");
        sheet.setFitToWidth(true);
        alert.getDialogPane().setContent(sheet);
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
        WindowPlacement.dialog(dialog, WindowLimits.MESSAGE);
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
            AuditView view = new AuditView(audit);
            view.setPrefSize(960, 560);
            auditWindow.setScene(new Scene(view));
            WindowPlacement.window(auditWindow, WindowLimits.TOOL);
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

    /** One window for the records of processing, not modal; its Refresh button reads the workspace again. */
    @Override
    public void showProcessingRecord(org.trailmark.ui.governance.ProcessingRecordViewModel record) {
        if (recordWindow == null) {
            recordWindow = new Stage();
            Window window = owner.get();
            if (window != null) {
                recordWindow.initOwner(window);
            }
            recordWindow.setTitle("Records of processing");
            org.trailmark.ui.governance.ProcessingRecordView view =
                    new org.trailmark.ui.governance.ProcessingRecordView(record);
            view.setPrefSize(960, 720);
            recordWindow.setScene(new Scene(view));
            WindowPlacement.window(recordWindow, WindowLimits.TOOL);
        }
        theme.get().applyTo(recordWindow.getScene());
        recordWindow.show();
        recordWindow.toFront();
    }

    @Override
    public Optional<Path> chooseRecordFile(String suggestedName) {
        return chooseSaveFile("Save the records of processing", suggestedName, "HTML page (*.html)", "*.html");
    }

    static final String SHORTCUTS_SHEET = "shortcuts-sheet";

    /** Only the actions this role is offered: a subject is not shown keys that do nothing for them. */
    private static int addGroup(GridPane grid, int row, StudioAction.Group group, boolean subjectMode) {
        List<StudioAction> offered = java.util.Arrays.stream(StudioAction.values())
                .filter(a -> a.group() == group && a.isOffered(subjectMode)).toList();
        if (offered.isEmpty()) {
            return row;
        }
        Label title = sectionLabel(group.label());
        if (row > 0) {
            title.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
        }
        grid.add(title, 0, row++, 2, 1);
        for (StudioAction action : offered) {
            grid.addRow(row++, key(action.keysText()), whole(new Label(action.label())));
        }
        return row;
    }

    private Alert alert(AlertType type, String title, String header, WindowLimits limits) {
        Alert alert = new Alert(type);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        alert.setTitle(title);
        alert.setHeaderText(header);
        theme.get().applyTo(alert.getDialogPane());
        WindowPlacement.dialog(alert, limits);
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
        Label label = whole(new Label(text));
        label.getStyleClass().add(Styles.SHORTCUT_KEY);
        return label;
    }

    /** Never cut short to "Ctrl+…": a key or action shown in part is worse than a sheet that scrolls. */
    private static Label whole(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
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

    @Override
    public boolean confirmWithdrawal(String meaning) {
        Alert alert = alert(AlertType.CONFIRMATION, "Withdraw training consent",
                "Withdraw your consent to training use?", WindowLimits.MESSAGE);
        Label text = wrappedLabel(meaning);
        alert.getDialogPane().setContent(text);
        javafx.scene.control.ButtonType withdraw = new javafx.scene.control.ButtonType("Withdraw consent",
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(withdraw, javafx.scene.control.ButtonType.CANCEL);
        // a decision with consequences: Enter must not take it by accident
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(withdraw)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(javafx.scene.control.ButtonType.CANCEL))
                .setDefaultButton(true);
        return alert.showAndWait().filter(withdraw::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseReceiptFile(String suggestedName) {
        return chooseSaveFile("Save consent receipt", suggestedName, "JSON (*.json)", "*.json");
    }

    @Override
    public Optional<Path> chooseArchiveFile(String suggestedName) {
        return chooseSaveFile("Download my data", suggestedName, "JSON (*.json)", "*.json");
    }

    @Override
    public void showSaved(String title, String message, Path file) {
        Alert alert = alert(AlertType.INFORMATION, title, title, WindowLimits.MESSAGE);
        Label text = wrappedLabel(message);
        text.setId(NodeIds.ERROR_MESSAGE);
        VBox content = new VBox(10, text);
        Path folder = file.toAbsolutePath().getParent();
        if (hostServices != null && folder != null) {
            javafx.scene.control.Button open = new javafx.scene.control.Button("Open folder");
            open.setMnemonicParsing(false);
            open.setOnAction(e -> hostServices.showDocument(folder.toUri().toString()));
            content.getChildren().add(open);
        }
        alert.getDialogPane().setContent(content);
        alert.show();
    }

    /**
     * The erasure question: what it does, this session or all of the person's, the datasets made
     * earlier, and the word to type before the Erase button wakes up.
     */
    @Override
    public Optional<org.trailmark.ui.subject.ErasureScope> askErasure(org.trailmark.ui.subject.ErasureRequest request) {
        javafx.scene.control.Dialog<org.trailmark.ui.subject.ErasureScope> dialog = new javafx.scene.control.Dialog<>();
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        dialog.setTitle("Erase my data");
        dialog.setHeaderText("Erase your recorded data from this workspace?");
        javafx.scene.control.ToggleGroup scope = new javafx.scene.control.ToggleGroup();
        javafx.scene.control.RadioButton thisOne = new javafx.scene.control.RadioButton(request.canEraseOpenSession()
                ? "This session (" + request.openSessionId() + ")" : "This session (open one of yours first)");
        javafx.scene.control.RadioButton all = new javafx.scene.control.RadioButton(request.sessions() == 1
                ? "My only session" : "All " + request.sessions() + " of my sessions");
        for (javafx.scene.control.RadioButton b : List.of(thisOne, all)) {
            b.setToggleGroup(scope);
            b.setMnemonicParsing(false);
        }
        thisOne.setDisable(!request.canEraseOpenSession());
        scope.selectToggle(request.canEraseOpenSession() ? thisOne : all);
        Label consequences = wrappedLabel(request.consequences());
        VBox content = new VBox(10, consequences, thisOne, all);
        if (!request.earlierExportsText().isEmpty()) {
            Label exports = wrappedLabel(request.earlierExportsText());
            exports.getStyleClass().add(Styles.WARNING);
            content.getChildren().add(exports);
        }
        TextField confirm = new TextField();
        confirm.setPromptText(org.trailmark.ui.subject.ErasureRequest.CONFIRM_WORD);
        content.getChildren().addAll(new Label("Type \"" + org.trailmark.ui.subject.ErasureRequest.CONFIRM_WORD
                + "\" to confirm:"), confirm);
        dialog.getDialogPane().setContent(content);
        javafx.scene.control.ButtonType erase = new javafx.scene.control.ButtonType("Erase",
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(erase, javafx.scene.control.ButtonType.CANCEL);
        javafx.scene.Node eraseButton = dialog.getDialogPane().lookupButton(erase);
        eraseButton.disableProperty().bind(confirm.textProperty().map(t -> !t.strip().equalsIgnoreCase(
                org.trailmark.ui.subject.ErasureRequest.CONFIRM_WORD)).orElse(true));
        dialog.setResultConverter(button -> button == erase
                ? (scope.getSelectedToggle() == thisOne ? org.trailmark.ui.subject.ErasureScope.THIS_SESSION
                        : org.trailmark.ui.subject.ErasureScope.ALL_SESSIONS) : null);
        theme.get().applyTo(dialog.getDialogPane());
        WindowPlacement.dialog(dialog, WindowLimits.FORM);
        javafx.application.Platform.runLater(confirm::requestFocus);
        return dialog.showAndWait();
    }

    /**
     * Text that wraps to the width the dialog is given (see {@link WindowLimits}) and keeps every
     * line: a preferred width of its own would set the dialog's, up to a line of thousands of pixels.
     */
    private static Label wrappedLabel(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setPrefWidth(1);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** A save dialog starting in the last folder used, one file type and "All files"; remembers the folder. */
    private Optional<Path> chooseSaveFile(String title, String suggestedName, String typeName, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(typeName, pattern),
                new FileChooser.ExtensionFilter("All files", "*"));
        startIn(chooser::setInitialDirectory);
        File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }
}
