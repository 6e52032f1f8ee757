package org.trailmark.ui.player;

import java.net.URL;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.trailmark.ui.common.Styles;
import org.trailmark.ui.timeline.ThumbnailStripView;
import org.trailmark.ui.timeline.TimelineView;

/**
 * The session player in one pane: the replay stage with the key HUD over it, the typed text and
 * the event inspector beside it (stacked, or as tabs when the stage is short), then the transport
 * bar and the timeline. The window may {@link #releaseSidePanels take} the typed text and the
 * inspector into a column of its own, leaving the stage the player's whole width. Shows an empty state
 * when no session is open. Keys (see {@link PlayerShortcut} and {@link PlayerViewModel}) work
 * wherever the focus is inside the pane, except in text fields.
 */
public final class SessionPlayerView extends StackPane {
    /** A screen of the replay at a size where windows and the pointer can still be told apart. */
    static final double STAGE_MIN_WIDTH = 240;
    static final double STAGE_MIN_HEIGHT = 135;
    static final double SIDE_MIN_WIDTH = 260;
    /** The tabs' width beside a short stage: a card's app name and role badge, the inspector's columns. */
    static final double TABS_WIDTH = 300;
    /**
     * Stacked, the typed text shows about two cards and the inspector about six rows from this
     * height on; below it the two become tabs in the same column.
     */
    static final double STACKED_MIN_HEIGHT = 320;
    private final PlayerViewModel model;
    private final ReplayStageView stage;
    private final TimelineView timeline;
    private final TypedTextView typedText;
    private final EventInspectorView inspector;
    private final SidePanels side;
    private final SplitPane upper;
    private final VBox lower;
    /** Where the stage/panels divider was while the panels were stacked, to go back to. */
    private double stackedDivider = 0.64;
    private final AnimationTimer driver = new AnimationTimer() {
        @Override
        public void handle(long now) {
            model.frame(now);
        }
    };

    public SessionPlayerView(PlayerViewModel model) {
        this.model = model;
        setId(PlayerStyles.ID_PLAYER);
        getStyleClass().add(PlayerStyles.PLAYER);
        URL sheet = SessionPlayerView.class.getResource(PlayerStyles.SHEET);
        if (sheet != null) {
            getStylesheets().add(sheet.toExternalForm());
        }
        stage = new ReplayStageView(model);
        KeyHudView hud = new KeyHudView(model);
        StackPane stageBox = new StackPane(stage, hud);
        StackPane.setAlignment(hud, Pos.BOTTOM_CENTER);
        StackPane.setMargin(hud, new Insets(0, 16, 22, 16));
        stageBox.setMinSize(STAGE_MIN_WIDTH, STAGE_MIN_HEIGHT);
        // a click on the stage gives the player the keyboard, as a video editor's preview does
        stageBox.setOnMousePressed(e -> requestFocus());

        typedText = new TypedTextView(model);
        inspector = new EventInspectorView(model);
        side = new SidePanels(typedText, inspector);
        upper = new SplitPane(stageBox, side);
        upper.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(side, false);
        // wide enough for a card's app name and role badge, and for the inspector's columns
        side.setMinWidth(SIDE_MIN_WIDTH);
        // a player given less than its minimum squeezes the stage and the panels rather than
        // pushing their tops out of the window; computeMinHeight still asks for the room
        upper.setMinHeight(0);
        upper.heightProperty().addListener((obs, old, height) -> arrangeSidePanels(height.doubleValue()));

        timeline = new TimelineView(model.timeline());
        timeline.setId(PlayerStyles.ID_TIMELINE);
        lower = new VBox(new TransportBar(model), new ThumbnailStripView(model.timeline()), timeline);
        VBox.setVgrow(timeline, Priority.ALWAYS);
        lower.setMinHeight(VBox.USE_PREF_SIZE);

        BorderPane content = new BorderPane(upper);
        content.setBottom(lower);
        content.visibleProperty().bind(model.sessionProperty().isNotNull());

        getChildren().addAll(content, emptyState());
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        model.playingProperty().addListener((obs, old, playing) -> {
            if (playing) {
                driver.start();
            } else {
                driver.stop();
            }
        });
    }

    public PlayerViewModel getModel() {
        return model;
    }

    /**
     * The height at which the stage and the panels each show something useful (with the panels
     * as tabs), the transport bar and every lane of the timeline. A window that can give the
     * player this much should.
     */
    @Override
    protected double computeMinHeight(double width) {
        double panels = Math.max(STAGE_MIN_HEIGHT, Math.max(typedText.minHeight(-1), inspector.minHeight(-1)));
        return snappedTopInset() + panels + lower.minHeight(width) + snappedBottomInset();
    }

    /** Whether the typed text and the inspector are tabs, the stage being too short to stack them. */
    boolean panelsTabbed() {
        return side.isTabbed();
    }

    /** Whether the typed text and the inspector are beside the stage, rather than taken by the window. */
    public boolean holdsSidePanels() {
        return upper.getItems().contains(side);
    }

    /**
     * Takes the typed text and the inspector out from beside the stage, as tabs, for the window to
     * place elsewhere (a column beside the player): the stage gets the player's whole width.
     */
    public Region releaseSidePanels() {
        if (holdsSidePanels()) {
            stackedDivider = upper.getDividerPositions()[0];
            upper.getItems().remove(side);
        }
        side.setTabbed(true);
        return side;
    }

    /** Puts the typed text and the inspector back beside the stage, where the divider was. */
    public void reclaimSidePanels() {
        if (!holdsSidePanels()) {
            upper.getItems().add(side);
            // arranged afresh for the height the stage has now
            side.setTabbed(false);
            upper.setDividerPositions(stackedDivider);
            arrangeSidePanels(upper.getHeight());
        }
    }

    /**
     * Stacked, the typed text and the inspector share the stage's height; on a short window (a
     * 1280×800 laptop with the review panel below) that leaves each a sliver, so they become two
     * tabs in the same narrow column, each one click away, and the stage keeps the width.
     */
    private void arrangeSidePanels(double height) {
        boolean tooShort = height > 0 && height < STACKED_MIN_HEIGHT;
        if (!holdsSidePanels() || tooShort == panelsTabbed()) {
            return;
        }
        if (tooShort) {
            stackedDivider = upper.getDividerPositions()[0];
            side.setTabbed(true);
            // one column of tabs needs less width than the two stacked panels had
            double width = upper.getWidth();
            if (width > 0) {
                upper.setDividerPositions(Math.max(stackedDivider, 1 - TABS_WIDTH / width));
            }
        } else {
            side.setTabbed(false);
            upper.setDividerPositions(stackedDivider);
        }
    }

    /** Paints the stage and the timeline now, for snapshots that do not wait for a pulse. */
    public void paintNow() {
        applyCss();
        layout();
        stage.paint();
        timeline.paintNow();
    }

    private VBox emptyState() {
        FontIcon icon = new FontIcon(MaterialDesignP.PLAY_CIRCLE_OUTLINE);
        icon.getStyleClass().add(Styles.EMPTY_ICON);
        Label title = new Label();
        title.getStyleClass().add(Styles.EMPTY_TITLE);
        title.textProperty().bind(model.messageProperty());
        title.setWrapText(true);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(32, 32);
        spinner.visibleProperty().bind(model.loadingProperty());
        spinner.managedProperty().bind(model.loadingProperty());
        icon.visibleProperty().bind(model.loadingProperty().not());
        icon.managedProperty().bind(model.loadingProperty().not());
        VBox box = new VBox(12, icon, spinner, title);
        box.setId(PlayerStyles.ID_EMPTY);
        box.getStyleClass().add(Styles.EMPTY_STATE);
        box.setAlignment(Pos.CENTER);
        box.visibleProperty().bind(model.sessionProperty().isNull());
        return box;
    }

    private void keyPressed(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()
                || e.getTarget() instanceof TextInputControl || model.sessionProperty().get() == null
                || (e.getTarget() instanceof ComboBox<?> combo && combo.isShowing())) {
            return;
        }
        boolean shift = e.isShiftDown();
        KeyCode code = e.getCode();
        String text = e.getText();
        switch (code) {
            case SPACE -> model.togglePlay();
            case J -> model.slowerOrStepBack();
            case K -> model.pause();
            case L -> model.playOrFaster();
            case LEFT, KP_LEFT -> {
                if (shift) {
                    model.seekBy(-PlayerViewModel.BIG_STEP_MS);
                } else {
                    model.stepEvent(-1);
                }
            }
            case RIGHT, KP_RIGHT -> {
                if (shift) {
                    model.seekBy(PlayerViewModel.BIG_STEP_MS);
                } else {
                    model.stepEvent(1);
                }
            }
            case HOME -> model.home();
            case END -> model.end();
            case COMMA -> model.stepFrames(-1);
            case PERIOD -> model.stepFrames(1);
            case OPEN_BRACKET -> model.jumpPrevious();
            case CLOSE_BRACKET -> model.jumpNext();
            case ADD, PLUS, EQUALS -> model.timeline().zoomIn();
            case SUBTRACT, MINUS -> model.timeline().zoomOut();
            default -> {
                if ("+".equals(text)) {
                    model.timeline().zoomIn();
                } else if ("-".equals(text)) {
                    model.timeline().zoomOut();
                } else {
                    return;
                }
            }
        }
        e.consume();
    }
}
