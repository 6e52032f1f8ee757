package org.trailmark.ui;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.trailmark.ui.browser.BrowserIds;
import org.trailmark.ui.browser.SessionBrowserView;
import org.trailmark.ui.common.NodeIds;
import org.trailmark.ui.common.Styles;
import org.trailmark.ui.player.PlayerViewModel;
import org.trailmark.ui.player.SessionPlayerView;
import org.trailmark.ui.review.ReviewPanel;
import org.trailmark.ui.review.ReviewViewModel;
import org.trailmark.ui.subject.MyDataView;
import org.trailmark.ui.subject.SubjectPanel;
import org.trailmark.ui.subject.SubjectPanelModel;
import org.trailmark.ui.theme.Theme;
import org.trailmark.ui.workspace.RecentMenu;
import org.trailmark.ui.workspace.WorkspaceSwitch;

/**
 * The studio window's content, laid out like a video editor: menus and toolbar on top, the
 * session browser as a side panel on the left (hideable; hidden when the first session opens in
 * a window too narrow to spare it), the player (stage, typed text, inspector, transport, timeline) filling the rest with
 * the review panel (status, marks, tasks, flags) below it or, where the room is wide, in a column
 * to its right (see {@link ReviewDock}), the status bar at the bottom. Files and folders dropped anywhere
 * on it are imported.
 *
 * <p>Every shortcut goes through one filter on the window, before any panel sees the key, so no
 * panel (the timeline's own F, a table's own keys) can swallow one: it runs its action wherever the
 * focus is, except in text fields and drop-downs, where the key means what it always means (Space
 * in the filter box types a space, Ctrl+Z undoes typing). Only the digits are the review panel's
 * own (a hold labels a stretch, so they need the key's release too), caught on the player, the
 * session list and the panel. Delete acts on the review tab in front: the selected task, or the
 * selected flag.
 */
final class MainWindow extends BorderPane {
    static final String ID_SIDE_SPLIT = "studio-side-split";
    static final String ID_REVIEW_SPLIT = "studio-review-split";
    static final String ID_SUBJECT_TABS = "studio-subject-tabs";
    static final String ID_MY_DATA_TAB = "studio-my-data-tab";
    static final String ID_SESSIONS_TAB = "studio-sessions-tab";
    /** How often the open session is checked for someone else's change. */
    static final double POLL_SECONDS = 2;
    /** Columns the side panel hides to stay narrow; the details below the table show their figures. */
    // Duration too since issue 15: the side panel's room went to the Retention badge (the details show the duration)
    private static final List<String> WIDE_COLUMNS = List.of("Format", "Start", "Duration", "Events", "Labeler", "Apps");

    private final StudioViewModel model;
    private final ActionFactory actions = new ActionFactory();
    private final TextField filter = new TextField();
    private final SessionBrowserView browser;
    private final SessionPlayerView player;
    private final ReviewPanel reviewPanel;
    private final SubjectPanel subjectPanel;
    private final SplitPane split;
    private final ReviewDock reviewDock;
    private final TabPane subjectTabs;
    private final boolean subjectMode;
    private final BooleanProperty sessionListShown = new SimpleBooleanProperty(this, "sessionListShown", true);
    private final SessionListSide listSide;

    MainWindow(StudioViewModel model, Runnable quit) {
        this(model, quit, null);
    }

    /**
     * @param switchRole brings the start screen back (File ▸ Switch role…); null offers no switch
     */
    MainWindow(StudioViewModel model, Runnable quit, Runnable switchRole) {
        this(model, quit, switchRole, null);
    }

    /**
     * @param workspaces opens another workspace in this window (File ▸ Open team workspace…, Open
     *                   workspace file…, Open recent ▸); null offers none
     */
    MainWindow(StudioViewModel model, Runnable quit, Runnable switchRole, WorkspaceSwitch workspaces) {
        this.model = model;
        this.subjectMode = model.isSubjectMode();
        getStyleClass().add(Styles.STUDIO);
        ObservableBooleanValue importsOff = model.progress().runningProperty()
                .or(new SimpleBooleanProperty(model.isReadOnly()));
        if (switchRole != null) {
            actions.on(StudioAction.SWITCH_ROLE, switchRole);
        }
        if (workspaces != null) {
            actions.on(StudioAction.OPEN_TEAM_WORKSPACE, workspaces::openTeamWorkspace)
                    .on(StudioAction.OPEN_WORKSPACE_FILE, workspaces::openWorkspaceFile);
        }
        actions.on(StudioAction.IMPORT_FILES, model::importFiles)
                .on(StudioAction.IMPORT_FOLDER, model::importFolder)
                .on(StudioAction.IMPORT_CONTEXT, model::importContext)
                .on(StudioAction.REFRESH, model::refresh)
                .on(StudioAction.FIND, this::focusFilter)
                .toggles(StudioAction.SESSION_LIST, sessionListShown)
                .on(StudioAction.TOGGLE_THEME, model::toggleTheme)
                .on(StudioAction.SHORTCUTS, model::showShortcuts)
                .on(StudioAction.QUIT, quit)
                .on(StudioAction.NEXT_TO_REVIEW, model::openNextToReview)
                .on(StudioAction.AUDIT_LOG, model::showAuditLog)
                .on(StudioAction.RECORDS_OF_PROCESSING, model::showRecordsOfProcessing)
                .on(StudioAction.SCAN_SESSION, model::scanOpenSession)
                .on(StudioAction.EXPORT, model::exportTrainingSet)
                .disabledWhile(StudioAction.IMPORT_FILES, importsOff)
                .disabledWhile(StudioAction.IMPORT_FOLDER, importsOff)
                .disabledWhile(StudioAction.IMPORT_CONTEXT, importsOff);
        wirePlayback(model.player());
        wireReview(model.review());
        if (subjectMode) {
            wireSubject(model.subjectPanel());
        }
        // what this role is not offered has no handler, so neither a menu nor a key reaches it
        actions.keepOnlyOffered(subjectMode);

        setTop(new VBox(StudioMenuBar.build(actions, subjectMode,
                workspaces == null ? null : RecentMenu.build(workspaces)), toolBar()));
        browser = new SessionBrowserView(model.browser(), subjectMode ? List.of() : List.of(
                actions.button(StudioAction.IMPORT_FILES), actions.button(StudioAction.IMPORT_FOLDER)));
        fitIntoSidePanel(browser);
        player = new SessionPlayerView(model.player());
        Region panel;
        if (subjectMode) {
            reviewPanel = null;
            subjectPanel = new SubjectPanel(model.subjectPanel());
            // the person may draw an area of their own screen private, as a reviewer draws a region flag
            model.player().onRegionDrawnProperty().set(model.subjectPanel()::markRegionPrivate);
            panel = subjectPanel;
        } else {
            subjectPanel = null;
            reviewPanel = new ReviewPanel(model.review());
            // the panel sets a prompt of its own; the studio's dialogs answer instead, so tests can
            model.useDialogsForReviewerName();
            reviewPanel.installKeys(player);
            reviewPanel.installKeys(browser.table());
            model.player().onRegionDrawnProperty().set(reviewPanel::askRegion);
            panel = reviewPanel;
        }
        panel.setMinHeight(150);
        player.setMinHeight(320);
        reviewDock = new ReviewDock(player, panel, model.reviewDivider());
        SplitPane playerAndReview = reviewDock.node();
        split = new SplitPane(browser, playerAndReview);
        split.setId(ID_SIDE_SPLIT);
        split.setDividerPositions(model.sidePanelDivider());
        // a wider window gives its room to the player; the list keeps its width
        SplitPane.setResizableWithParent(browser, false);
        browser.setMinWidth(300);
        playerAndReview.setMinWidth(480);
        listSide = new SessionListSide(sessionListShown, split, browser, model);
        if (!subjectMode) {
            listSide.hideWhenASessionOpensIfNarrow(this);
        }
        if (subjectMode) {
            // "My data" comes first: what a person opening their own data wants to know
            Tab myData = new Tab("My data", new MyDataView(model.myData()));
            myData.setId(ID_MY_DATA_TAB);
            Tab sessions = new Tab("My sessions", split);
            sessions.setId(ID_SESSIONS_TAB);
            subjectTabs = new TabPane(myData, sessions);
            subjectTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            subjectTabs.setId(ID_SUBJECT_TABS);
            setCenter(subjectTabs);
        } else {
            subjectTabs = null;
            setCenter(split);
        }
        setBottom(new StatusBar(model));
        if (!subjectMode) {
            pollForChangesWhileShown();
        }
        acceptDroppedFiles();
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);

        sceneProperty().addListener((obs, old, scene) -> applyTheme(scene, model.getTheme()));
        model.themeProperty().addListener((obs, old, theme) -> applyTheme(getScene(), theme));
    }

    /**
     * Live reload: every {@link #POLL_SECONDS} seconds while the window is showing, the open session is
     * checked for someone else's change (the check itself runs on the interactive lane).
     */
    private void pollForChangesWhileShown() {
        Timeline poll = new Timeline(new KeyFrame(Duration.seconds(POLL_SECONDS), e -> {
            // only a window someone can see: not a scene rendered off screen, not one its stage has left
            if (getScene() != null && getScene().getWindow() != null && getScene().getWindow().isShowing()) {
                model.pollForChanges();
            }
        }));
        poll.setCycleCount(Animation.INDEFINITE);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                poll.stop();
            } else {
                poll.play();
            }
        });
    }

    /** Marking private, and "My data" in front; the in and out points come from the review. */
    private void wireSubject(SubjectPanelModel panel) {
        actions.on(StudioAction.MARK_PRIVATE, panel::markPrivate)
                .on(StudioAction.MARK_SESSION_PRIVATE, panel::markSessionPrivate)
                .on(StudioAction.MY_DATA, this::showMyData)
                .disabledWhile(StudioAction.MARK_PRIVATE, panel.nothingSelectedProperty())
                .disabledWhile(StudioAction.MARK_SESSION_PRIVATE, panel.noSessionProperty());
    }

    /** Brings "My data" to the front, read afresh. */
    void showMyData() {
        if (subjectTabs != null) {
            model.myData().refresh();
            subjectTabs.getSelectionModel().select(0);
        }
    }

    /** In subject mode, whether "My data" rather than the sessions is in front. */
    private boolean myDataInFront() {
        return subjectTabs != null && subjectTabs.getSelectionModel().getSelectedIndex() == 0;
    }

    private void wirePlayback(PlayerViewModel p) {
        actions.on(StudioAction.PLAY_PAUSE, p::togglePlay)
                .on(StudioAction.PLAY_FASTER, p::playOrFaster)
                .on(StudioAction.PAUSE, p::pause)
                .on(StudioAction.SLOWER_OR_BACK, p::slowerOrStepBack)
                .on(StudioAction.PREVIOUS_EVENT, () -> p.stepEvent(-1))
                .on(StudioAction.NEXT_EVENT, () -> p.stepEvent(1))
                .on(StudioAction.BACK_SECOND, () -> p.seekBy(-PlayerViewModel.BIG_STEP_MS))
                .on(StudioAction.FORWARD_SECOND, () -> p.seekBy(PlayerViewModel.BIG_STEP_MS))
                .on(StudioAction.PREVIOUS_FRAME, () -> p.stepFrames(-1))
                .on(StudioAction.NEXT_FRAME, () -> p.stepFrames(1))
                .on(StudioAction.PREVIOUS_OF_KIND, p::jumpPrevious)
                .on(StudioAction.NEXT_OF_KIND, p::jumpNext)
                .on(StudioAction.GO_TO_START, p::home)
                .on(StudioAction.GO_TO_END, p::end)
                .toggles(StudioAction.SKIP_IDLE, p.skipIdleProperty())
                .toggles(StudioAction.LOOP_SELECTION, p.loopProperty())
                .on(StudioAction.ZOOM_IN, () -> p.timeline().zoomIn())
                .on(StudioAction.ZOOM_OUT, () -> p.timeline().zoomOut())
                .on(StudioAction.FIT, () -> p.timeline().fit());
        BooleanExpression noSession = p.sessionProperty().isNull();
        for (StudioAction action : StudioAction.values()) {
            if (action.group() == StudioAction.Group.PLAYBACK || action == StudioAction.ZOOM_IN
                    || action == StudioAction.ZOOM_OUT || action == StudioAction.FIT) {
                actions.disabledWhile(action, noSession);
            }
        }
    }

    /**
     * The review commands a key or menu item runs directly; the digits and Shift+F stay with the
     * panel (see {@link StudioAction#isPanelKey()}). Undo and Redo name what they will undo.
     */
    private void wireReview(ReviewViewModel r) {
        actions.on(StudioAction.UNDO, r::undo)
                .on(StudioAction.REDO, r::redo)
                .named(StudioAction.UNDO, r.undoTextProperty())
                .named(StudioAction.REDO, r.redoTextProperty())
                .disabledWhile(StudioAction.UNDO, r.canUndoProperty().not())
                .disabledWhile(StudioAction.REDO, r.canRedoProperty().not())
                .on(StudioAction.MARK_IN, r::markIn)
                .on(StudioAction.MARK_OUT, r::markOut)
                .on(StudioAction.ADD_TASK, r.taskEditing()::commitTask)
                .on(StudioAction.USE_SUGGESTION, r.taskEditing()::acceptSuggestedInstruction)
                .on(StudioAction.SPLIT_TASK, r.taskEditing()::splitAtPlayhead)
                .on(StudioAction.MERGE_TASK, r.taskEditing()::mergeWithNext)
                .on(StudioAction.DELETE_TASK, this::deleteInFrontTab)
                .on(StudioAction.FLAG_SPAN, this::askFlag)
                .on(StudioAction.DRAW_REGION, model.player()::toggleRegionTool)
                .on(StudioAction.CONFIRM_FLAG, r.flagging()::confirmFlag)
                .on(StudioAction.REJECT_FLAG, r.flagging()::rejectFlag)
                .on(StudioAction.TAKE_INTO_GOLD, r.adjudication()::take)
                .on(StudioAction.CLEAR_MARKS, r::clearMarks);
        BooleanExpression nothingToReview = r.sessionIdProperty().isNull();
        for (StudioAction action : StudioAction.values()) {
            if (action.group() == StudioAction.Group.REVIEW && !action.isPanelKey()) {
                actions.disabledWhile(action, nothingToReview);
            }
        }
    }

    /** Shift+F: the review panel asks what the marked span holds, in its dialog. */
    private void askFlag() {
        if (reviewPanel != null) {
            reviewPanel.askFlag();
        }
    }

    /** Delete acts on what the review panel's tab in front shows: the selected task or flag. */
    private void deleteInFrontTab() {
        if (reviewPanel != null) {
            reviewPanel.deleteSelected();
        }
    }

    private ToolBar toolBar() {
        filter.setId(NodeIds.FILTER_FIELD);
        filter.getStyleClass().add(Styles.FILTER);
        filter.setPromptText("Filter by id, subject, app, status…");
        filter.setPrefColumnCount(24);
        filter.textProperty().bindBidirectional(model.browser().filterTextProperty());
        // Enter leaves the filter for the list; without a handler the field would pass Enter on
        // to the window, where it adds a task
        filter.setOnAction(event -> focusSessions());
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
        List<Node> left = subjectMode ? List.of(actions.button(StudioAction.MY_DATA))
                : List.of(actions.button(StudioAction.IMPORT_FILES), actions.button(StudioAction.IMPORT_FOLDER));
        ToolBar bar = new ToolBar();
        bar.getItems().addAll(left);
        bar.getItems().addAll(actions.iconButton(StudioAction.SESSION_LIST), actions.iconButton(StudioAction.REFRESH),
                spacer, filterBox,
                actions.iconButton(StudioAction.TOGGLE_THEME), actions.iconButton(StudioAction.SHORTCUTS));
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    /**
     * The browser was laid out for the whole window; in a side panel the details go below the
     * table, the filters wrap, and the wide columns are hidden (the table's menu button brings
     * them back). Done here through the scene graph so the browser stays usable on its own.
     */
    private static void fitIntoSidePanel(SessionBrowserView browser) {
        if (browser.lookup(".split-pane") instanceof SplitPane tableAndDetails) {
            tableAndDetails.setOrientation(Orientation.VERTICAL);
            tableAndDetails.setDividerPositions(0.46);
        }
        for (TableColumn<?, ?> column : browser.table().getColumns()) {
            if (WIDE_COLUMNS.contains(column.getText())) {
                column.setVisible(false);
            }
            if (column.getText().equals("Session")) {
                column.setPrefWidth(124); // ids elide with a tooltip; the Retention badge keeps its room
            }
        }
        browser.table().setTableMenuButtonVisible(true);
        if (browser.lookup("#" + BrowserIds.FILTER_BAR) instanceof Pane bar
                && bar.getParent() instanceof BorderPane holder && holder.getTop() == bar) {
            FlowPane wrapping = new FlowPane(6, 6);
            wrapping.setId(BrowserIds.FILTER_BAR);
            wrapping.getStyleClass().setAll(bar.getStyleClass());
            wrapping.setAlignment(Pos.CENTER_LEFT);
            // the bar's stretchable spacer means nothing once the controls wrap
            List<Node> controls = bar.getChildren().stream().filter(n -> n.getClass() != Region.class).toList();
            bar.getChildren().clear();
            wrapping.getChildren().setAll(controls);
            holder.setTop(wrapping);
        }
    }

    /** Keyboard first: arrows move through the sessions as soon as the window opens. */
    void focusSessions() {
        browser.table().requestFocus();
    }

    /** Where the side panel's divider is (or was, while the list is hidden), for the preferences. */
    double sidePanelDivider() {
        return listSide.divider();
    }

    /** Where the player/review divider is now, for the preferences. */
    double reviewDivider() {
        return reviewDock.belowDivider();
    }

    /** Filtering (Ctrl+F) shows the list again: the filter acts on it. */
    private void focusFilter() {
        sessionListShown.set(true);
        filter.requestFocus();
        filter.selectAll();
    }

    private void keyPressed(KeyEvent event) {
        if (typingTarget(event)) {
            return;
        }
        // single keys act on the player, which is hidden while "My data" is in front
        actions.actionFor(event).filter(a -> !(a.isBareKey() && myDataInFront())).ifPresent(action -> {
            actions.run(action);
            event.consume();
        });
    }

    /** Keys aimed at a text field or an open drop-down belong to it. */
    private static boolean typingTarget(KeyEvent event) {
        Object target = event.getTarget();
        return target instanceof TextInputControl || target instanceof ComboBoxBase<?>;
    }

    private void acceptDroppedFiles() {
        setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && !model.progress().isRunning() && !model.isReadOnly()
                    && !subjectMode) {
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
                Platform.runLater(() -> model.importPaths(paths));
            }
            event.setDropCompleted(accepted);
            event.consume();
        });
    }

    /** Told each action that ran, whether from a key, a menu item or a button. */
    void onActionRun(java.util.function.Consumer<StudioAction> listener) {
        actions.onRun(listener);
    }

    SessionPlayerView player() {
        return player;
    }

    StudioViewModel model() {
        return model;
    }

    /** The review panel; null in subject mode, where {@link #subjectPanel()} takes its place. */
    ReviewPanel reviewPanel() {
        return reviewPanel;
    }

    SubjectPanel subjectPanel() {
        return subjectPanel;
    }

    private static void applyTheme(Scene scene, Theme theme) {
        if (scene != null && theme != null) {
            theme.applyTo(scene);
        }
    }
}
