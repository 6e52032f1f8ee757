package org.trailmark.ui.review;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;

/**
 * How far the labelers of the open double-labelled session agree, once all have submitted: the
 * figures per pair, per labeler and overall, the slice length stated (as {@code trailmark agreement}).
 */
final class AgreementPane extends ScrollPane {
    static final String ID = "agreement";
    static final String TEXT = "tm-agreement-text";

    AgreementPane(ReviewViewModel model) {
        Label text = new Label();
        text.setId(ID);
        text.getStyleClass().add(TEXT);
        text.setPadding(new Insets(6));
        text.textProperty().bind(Bindings.createStringBinding(() -> {
            VersionState state = model.versionsProperty().get();
            if (!state.readyToAdjudicate()) {
                return "Agreement shows on a double-labelled session once every labeler has submitted.";
            }
            return state.agreement();
        }, model.versionsProperty()));
        setContent(text);
        setFitToWidth(true);
    }
}
