package org.trailmark.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.trailmark.ui.browser.SessionBrowserView;
import org.trailmark.ui.common.NodeIds;
import org.trailmark.ui.common.Styles;
import org.trailmark.ui.theme.Theme;

/**
 * The studio window's content: menus and toolbar, the session browser, the status bar. Files and
 * folders dropped anywhere on it are imported.
 */
final class MainWindow extends BorderPane {
    private final StudioViewModel model;
    private final ActionFactory actions = new ActionFactory();
    private final TextField filter = new TextField();
    private final SessionBrowserView browser;

    MainWindow(StudioViewModel model, Runnable quit) {
        this.model = model;
        getStyleClass().add(Styles.STUDIO);
        actions.on(StudioAction.IMPORT_FILES, model::importFiles)
                .on(StudioAction.IMPORT_FOLDER, model::importFolder)
                .on(StudioAction.REFRESH, model::refresh)
                .on(StudioAction.FIND, this::focusFilter)
                .on(StudioAction.TOGGLE_THEME, model::toggleTheme)
                .on(StudioAction.SHORTCUTS, model::showShortcuts)
                .on(StudioAction.QUIT, quit)
                .disabledWhile(StudioAction.IMPORT_FILES, model.progress().runningProperty())
                .disabledWhile(StudioAction.IMPORT_FOLDER, model.progress().runningProperty());

        setTop(new VBox(menuBar(), toolBar()));
        browser = new SessionBrowserView(model.browser(), List.of(
                actions.button(StudioAction.IMPORT_FILES), actions.button(StudioAction.IMPORT_FOLDER)));
        setCenter(browser);
        setBottom(new StatusBar(model));
        acceptDroppedFiles();

        sceneProperty().addListener((obs, old, scene) -> applyTheme(scene, model.getTheme()));
        model.themeProperty().addListener((obs, old, theme) -> applyTheme(getScene(), theme));
    }

    private MenuBar menuBar() {
        Menu file = new Menu("File");
        file.getItems().setAll(actions.menuItem(StudioAction.IMPORT_FILES),
                actions.menuItem(StudioAction.IMPORT_FOLDER), new SeparatorMenuItem(),
                actions.menuItem(StudioAction.REFRESH), new SeparatorMenuItem(),
                actions.menuItem(StudioAction.QUIT));
        Menu view = new Menu("View");
        view.getItems().setAll(actions.menuItem(StudioAction.FIND), actions.menuItem(StudioAction.TOGGLE_THEME));
        Menu help = new Menu("Help");
        help.getItems().setAll(actions.menuItem(StudioAction.SHORTCUTS));
        MenuBar bar = new MenuBar(file, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private ToolBar toolBar() {
        filter.setId(NodeIds.FILTER_FIELD);
        filter.getStyleClass().add(Styles.FILTER);
        filter.setPromptText("Filter by id, subject, app, status…");
        filter.setPrefColumnCount(24);
        filter.textProperty().bindBidirectional(model.browser().filterTextProperty());
        filter.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                model.browser().clearFilter();
                event.consume();
            }
        });
        FontIcon magnifier = new FontIcon(MaterialDesignM.MAGNIFY);
        magnifier.getStyleClass().add(Styles.FILTER_ICON);
        HBox filterBox = new HBox(6, magnifier, filter);
        filterBox.setAlignment(Pos.CENTER_LEFT);
        filterBox.disableProperty().bind(model.browser().workspaceEmptyProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(actions.button(StudioAction.IMPORT_FILES), actions.button(StudioAction.IMPORT_FOLDER),
                actions.iconButton(StudioAction.REFRESH), spacer, filterBox,
                actions.iconButton(StudioAction.TOGGLE_THEME), actions.iconButton(StudioAction.SHORTCUTS));
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    /** Keyboard first: arrows move through the sessions as soon as the window opens. */
    void focusSessions() {
        browser.table().requestFocus();
    }

    private void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    private void acceptDroppedFiles() {
        setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && !model.progress().isRunning()) {
                event.acceptTransferModes(TransferMode.COPY);
                if (!getStyleClass().contains(Styles.DROP_TARGET)) {
                    getStyleClass().add(Styles.DROP_TARGET);
                }
            }
            event.consume();
        });
        setOnDragExited(event -> getStyleClass().remove(Styles.DROP_TARGET));
        setOnDragDropped(event -> {
            getStyleClass().remove(Styles.DROP_TARGET);
            boolean accepted = event.getDragboard().hasFiles();
            if (accepted) {
                List<Path> paths = event.getDragboard().getFiles().stream().map(File::toPath).toList();
                // import after the drop returns, so the source application is not kept waiting
                javafx.application.Platform.runLater(() -> model.importPaths(paths));
            }
            event.setDropCompleted(accepted);
            event.consume();
        });
    }

    private static void applyTheme(Scene scene, Theme theme) {
        if (scene != null && theme != null) {
            theme.applyTo(scene);
        }
    }
}
