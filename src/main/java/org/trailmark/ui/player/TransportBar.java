package org.trailmark.ui.player;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.trailmark.replay.playback.JumpKind;
import org.trailmark.replay.playback.PlaybackClock;

/**
 * Play/pause, stepping, the jump chooser, the speed, the time, skip-idle and loop. Buttons are
 * not focus-traversable so Space and the arrows always reach the player's keys. When the bar is
 * narrower than it would like (a 1280-pixel laptop with the session list open), skip-idle and loop
 * show their icons only, their words and keys in the tooltip, rather than "Skip i…".
 */
final class TransportBar extends HBox {
    /** The words and keys of {@code StudioAction.SKIP_IDLE}; StudioActionTest keeps them in step. */
    static final String SKIP_IDLE_LABEL = "Skip idle stretches while playing";
    static final String SKIP_IDLE_KEYS = "Shift+S";
    /** The words and keys of {@code StudioAction.LOOP_SELECTION}. */
    static final String LOOP_LABEL = "Loop the selected range (Shift+drag on the ruler)";
    static final String LOOP_KEYS = "R";
    static final String COMPACT = "tm-transport-compact";

    private final PlayerViewModel model;
    private final List<ToggleButton> worded = new ArrayList<>();
    private boolean compact;
    /** The bar's preferred width with every word shown, measured while they were. */
    private double wordedWidth = -1;

    TransportBar(PlayerViewModel model) {
        super(4);
        this.model = model;
        getStyleClass().add(PlayerStyles.TRANSPORT);
        setAlignment(Pos.CENTER_LEFT);

        Button home = button(MaterialDesignS.SKIP_BACKWARD, PlayerShortcut.START_END.tooltip(), model::home);
        Button back = button(MaterialDesignS.STEP_BACKWARD, "Previous event (\u2190)", () -> model.stepEvent(-1));
        Button play = button(MaterialDesignP.PLAY, PlayerShortcut.PLAY_PAUSE.tooltip(), model::togglePlay);
        play.setId(PlayerStyles.ID_PLAY);
        play.getStyleClass().add(PlayerStyles.PLAY_BUTTON);
        play.graphicProperty().bind(Bindings.createObjectBinding(
                () -> new FontIcon(model.isPlaying() ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY),
                model.playingProperty()));
        play.accessibleTextProperty().bind(Bindings.when(model.playingProperty()).then("Pause").otherwise("Play"));
        Button forward = button(MaterialDesignS.STEP_FORWARD, "Next event (\u2192)", () -> model.stepEvent(1));
        Button end = button(MaterialDesignS.SKIP_FORWARD, "End of the session (End)", model::end);

        ComboBox<JumpKind> kind = new ComboBox<>();
        kind.setId(PlayerStyles.ID_JUMP_KIND);
        kind.getItems().setAll(JumpKind.values());
        kind.valueProperty().bindBidirectional(model.jumpKindProperty());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(JumpKind k) {
                return k == null ? "" : k.label();
            }

            @Override
            public JumpKind fromString(String s) {
                return null;
            }
        });
        kind.setTooltip(new Tooltip("What the jump buttons look for"));
        kind.setFocusTraversable(false);
        Button previousOfKind = button(MaterialDesignC.CHEVRON_DOUBLE_LEFT, "Previous of this kind ([)",
                model::jumpPrevious);
        Button nextOfKind = button(MaterialDesignC.CHEVRON_DOUBLE_RIGHT, "Next of this kind (])", model::jumpNext);

        Label time = new Label();
        time.setId(PlayerStyles.ID_TIME);
        time.getStyleClass().add(PlayerStyles.TRANSPORT_TIME);
        time.textProperty().bind(Bindings.concat(model.timeTextProperty(), " / ", model.durationTextProperty()));
        time.setMinWidth(Region.USE_PREF_SIZE);

        ComboBox<Integer> speed = new ComboBox<>();
        speed.setId(PlayerStyles.ID_SPEED);
        for (int i = 0; i < PlaybackClock.SPEEDS.length; i++) {
            speed.getItems().add(i);
        }
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer index) {
                return index == null ? "" : speedLabel(PlaybackClock.SPEEDS[index]);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        speed.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Integer index, boolean empty) {
                super.updateItem(index, empty);
                setText(empty || index == null ? "" : speedLabel(PlaybackClock.SPEEDS[index]));
            }
        });
        speed.setValue(model.speedIndexProperty().get());
        model.speedIndexProperty().addListener((obs, old, index) -> speed.setValue(index.intValue()));
        speed.valueProperty().addListener((obs, old, index) -> {
            if (index != null && index != model.speedIndexProperty().get()) {
                model.setSpeedIndex(index);
            }
        });
        speed.setTooltip(new Tooltip("Playback speed (J slower, L faster)"));
        speed.setFocusTraversable(false);

        ToggleButton skipIdle = toggle(MaterialDesignS.SKIP_NEXT_OUTLINE, "Skip idle",
                SKIP_IDLE_LABEL + " (" + SKIP_IDLE_KEYS + "); scrubbing is never blocked");
        skipIdle.setId(PlayerStyles.ID_SKIP_IDLE);
        skipIdle.selectedProperty().bindBidirectional(model.skipIdleProperty());
        ToggleButton loop = toggle(MaterialDesignR.REPEAT, "Loop", LOOP_LABEL + " (" + LOOP_KEYS + ")");
        loop.setId(PlayerStyles.ID_LOOP);
        loop.selectedProperty().bindBidirectional(model.loopProperty());

        ToggleButton region = toggle(MaterialDesignV.VECTOR_SQUARE, "Region",
                "Draw a region of the picture to mask (G), then say what it holds");
        region.setId(PlayerStyles.ID_REGION_TOOL);
        region.selectedProperty().bindBidirectional(model.drawingRegionProperty());
        region.visibleProperty().bind(model.pictureAvailableProperty());
        region.managedProperty().bind(model.pictureAvailableProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        FontIcon clock = new FontIcon(MaterialDesignT.TIMER_OUTLINE);
        getChildren().addAll(home, back, play, forward, end, new Separator(javafx.geometry.Orientation.VERTICAL),
                previousOfKind, kind, nextOfKind, new Separator(javafx.geometry.Orientation.VERTICAL), clock, time,
                spacer, region, playbackModes(skipIdle, loop), speed);
        worded.add(skipIdle);
        worded.add(loop);
        worded.add(region);
        disableProperty().bind(model.sessionProperty().isNull());
    }

    /** Whether skip-idle and loop show their icons only, for want of room. */
    boolean isCompact() {
        return compact;
    }

    /**
     * Words or icons only, decided before the children are placed. The width with words is
     * measured only while they show, so switching never measures a state it is about to leave,
     * and a bar just wide enough does not flicker between the two.
     */
    @Override
    protected void layoutChildren() {
        if (!compact) {
            wordedWidth = prefWidth(-1);
        }
        boolean tooNarrow = getWidth() > 0 && getWidth() + 0.5 < wordedWidth;
        if (tooNarrow != compact) {
            compact = tooNarrow;
            for (ToggleButton toggle : worded) {
                toggle.setContentDisplay(compact ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
            }
            if (compact) {
                getStyleClass().add(COMPACT);
            } else {
                getStyleClass().remove(COMPACT);
            }
        }
        super.layoutChildren();
    }

    /** Skip idle and loop side by side as one segmented control; both may be on at once. */
    private static SegmentedButton playbackModes(ToggleButton... modes) {
        SegmentedButton segmented = new SegmentedButton(modes);
        segmented.setToggleGroup(null);
        segmented.setFocusTraversable(false);
        return segmented;
    }

    static String speedLabel(double speed) {
        if (speed == Math.rint(speed)) {
            return String.format(Locale.ROOT, "%d\u00d7", (long) speed);
        }
        return String.format(Locale.ROOT, "%s\u00d7", Double.toString(speed));
    }

    private static Button button(Ikon icon, String tooltip, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setTooltip(new Tooltip(tooltip));
        button.setAccessibleText(tooltip);
        button.setOnAction(e -> action.run());
        button.setFocusTraversable(false);
        button.getStyleClass().add("tm-icon-button");
        return button;
    }

    private static ToggleButton toggle(Ikon icon, String text, String tooltip) {
        ToggleButton toggle = new ToggleButton(text, new FontIcon(icon));
        toggle.setTooltip(new Tooltip(tooltip));
        toggle.setFocusTraversable(false);
        toggle.setMnemonicParsing(false);
        toggle.setAccessibleText(text);
        // never "Skip i…": the bar drops the words before the button would cut them
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        return toggle;
    }
}
