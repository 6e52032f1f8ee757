package org.trailmark.ui.review;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * On a double-labelled session: whose version the panel shows, who is still to submit, and
 * "Submit my labels" for a labeler who has not. Hidden on every other session.
 */
final class VersionBar extends HBox {
    static final String ID_SUBMIT = "review-submit";
    static final String NOTE = "tm-version-note";

    VersionBar(ReviewViewModel model) {
        Label note = new Label();
        note.getStyleClass().add(NOTE);
        note.setWrapText(true);
        note.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(note, Priority.ALWAYS);
        note.textProperty().bind(Bindings.createStringBinding(() -> model.versionsProperty().get().describe(),
                model.versionsProperty()));
        Button submit = new Button("Submit my labels");
        submit.setId(ID_SUBMIT);
        submit.setTooltip(new Tooltip("Your labels of this session become read-only; the other labelers see them"
                + " once everyone has submitted"));
        submit.setOnAction(e -> model.submitMyLabels());
        submit.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.versionsProperty().get().canSubmit(),
                model.versionsProperty()));
        submit.managedProperty().bind(submit.visibleProperty());
        getChildren().addAll(note, submit);
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        visibleProperty().bind(Bindings.createBooleanBinding(() -> model.versionsProperty().get().doubleLabelled(),
                model.versionsProperty()));
        managedProperty().bind(visibleProperty());
    }
}
