package org.trailmark.ui.review;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.trailmark.model.Flag;
import org.trailmark.model.Task;
import org.trailmark.store.TasksAndFlags;

/**
 * The versions of a double-labelled session side by side on one time axis: the gold row on top, then
 * one row per labeler, tasks above and flags below in each. Click a span to pick it, then Take (T)
 * copies it into the gold set; Take all takes the picked row's whole version; Drop from gold removes a
 * gold task. Bars show a task's label and a flag's category, never what a flag covers.
 */
public final class AdjudicationPane extends VBox {
    static final String ID = "adjudication";
    static final String ROW = "tm-adjudication-row";
    static final String TRACK = "tm-adjudication-track";
    static final String TASK = "tm-adjudication-task";
    static final String FLAG = "tm-adjudication-flag";
    static final String PICKED = "tm-adjudication-picked";
    private static final double NAME_WIDTH = 64;
    private static final double TRACK_HEIGHT = 44;

    private final AdjudicationModel model;
    private final ReviewViewModel review;
    private final VBox rows = new VBox(4);
    private final Map<AdjudicationModel.Pick, Label> spans = new LinkedHashMap<>();

    AdjudicationPane(ReviewViewModel review) {
        this.review = review;
        this.model = review.adjudication();
        setId(ID);
        Label note = new Label();
        note.setWrapText(true);
        note.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.versionsProperty().get().readyToAdjudicate() ? "Pick a span in a labeler's row and Take it"
                        + " into the gold set (T); Ctrl+Z undoes a decision."
                        : "Adjudication opens on a double-labelled session once every labeler has submitted.",
                model.versionsProperty()));
        Button take = new Button("Take");
        take.setTooltip(new Tooltip("Copy the picked task or flag into the gold set (T)"));
        take.setOnAction(e -> model.take());
        Button takeAll = new Button("Take all of this version");
        takeAll.setOnAction(e -> model.takeAll());
        Button drop = new Button("Drop from gold");
        drop.setOnAction(e -> model.dropFromGold());
        HBox actions = new HBox(6, take, takeAll, drop);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !model.versionsProperty().get().readyToAdjudicate(), model.versionsProperty()));
        getChildren().addAll(note, rows, actions);
        setSpacing(8);
        setPadding(new Insets(4, 0, 0, 0));
        model.versionsProperty().addListener((obs, old, now) -> rebuild());
        model.pickedProperty().addListener((obs, old, now) -> showPick(old, now));
        rebuild();
    }

    private void rebuild() {
        rows.getChildren().clear();
        spans.clear();
        VersionState state = model.versionsProperty().get();
        if (!state.readyToAdjudicate()) {
            return;
        }
        addRow(AdjudicationModel.GOLD_ROW, state.gold());
        state.submitted().forEach(this::addRow);
        showPick(null, model.pickedProperty().get());
    }

    private void addRow(String version, TasksAndFlags content) {
        Label name = new Label(version);
        name.setMinWidth(NAME_WIDTH);
        name.setPrefWidth(NAME_WIDTH);
        Pane track = new Pane();
        track.getStyleClass().add(TRACK);
        track.setMinHeight(TRACK_HEIGHT);
        track.setPrefHeight(TRACK_HEIGHT);
        HBox.setHgrow(track, Priority.ALWAYS);
        for (Task t : content.tasks()) {
            String text = t.label() == null ? ReviewTracks.taskText(t)
                    : t.instruction().isBlank() ? t.label() : t.label() + " \u00b7 " + t.instruction();
            Label bar = bar(track, t.startMs(), t.endMs(), 2, 22, text,
                    new AdjudicationModel.Pick(version, false, t.id()), TASK);
            String colour = review.colourOf(t.label());
            if (colour != null) {
                bar.setStyle("-fx-background-color: " + colour + "; -fx-text-fill: " + textOn(colour) + ";");
            }
        }
        for (Flag f : content.flags()) {
            bar(track, f.startMs(), f.endMs(), 27, 14, f.category().label(), new AdjudicationModel.Pick(version, true, f.id()),
                    FLAG);
        }
        HBox row = new HBox(6, name, track);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add(ROW);
        rows.getChildren().add(row);
    }

    private Label bar(Pane track, int startMs, int endMs, double y, double height, String text,
                      AdjudicationModel.Pick pick, String style) {
        Label bar = new Label(text);
        bar.getStyleClass().add(style);
        bar.setTooltip(new Tooltip(text));
        bar.setMinWidth(0);
        bar.setLayoutY(y);
        bar.setPrefHeight(height);
        bar.setMaxHeight(height);
        Function<Double, Double> x = ms -> track.getWidth() * ms / Math.max(1, model.lengthMs());
        // A Pane sizes its children to their preferred size and leaves their place alone.
        Runnable place = () -> {
            bar.setLayoutX(x.apply((double) startMs));
            bar.setPrefWidth(Math.max(3, x.apply((double) endMs) - x.apply((double) startMs)));
        };
        track.widthProperty().addListener((obs, old, now) -> place.run());
        place.run();
        bar.setOnMouseClicked(e -> model.pickedProperty().set(pick));
        track.getChildren().add(bar);
        spans.put(pick, bar);
        return bar;
    }

    /** White on a dark label colour, the theme's dark text on a light one. */
    static String textOn(String colour) {
        try {
            int rgb = Integer.parseInt(colour.substring(1), 16);
            double luminance = 0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff);
            return luminance < 150 ? "white" : "#1d2430";
        } catch (RuntimeException e) {
            return "-tm-fg";
        }
    }

    private void showPick(AdjudicationModel.Pick old, AdjudicationModel.Pick now) {
        if (old != null && spans.containsKey(old)) {
            spans.get(old).getStyleClass().remove(PICKED);
        }
        if (now != null && spans.containsKey(now)) {
            spans.get(now).getStyleClass().add(PICKED);
        }
    }
}
