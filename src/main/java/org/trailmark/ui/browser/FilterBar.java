package org.trailmark.ui.browser;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.trailmark.model.ReviewStatus;
import org.trailmark.ui.common.Styles;

/**
 * The filters beside the text filter: subject, app, review status and a date range, a button
 * that clears them all, and how many sessions they let through.
 */
final class FilterBar extends HBox {
    /** Dates as the table shows them, whatever the machine's locale. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    FilterBar(SessionBrowserViewModel model) {
        setId(BrowserIds.FILTER_BAR);
        getStyleClass().add(Styles.TOOLBAR);
        setAlignment(Pos.CENTER_LEFT);

        FilterCombo<String> subject = new FilterCombo<>(BrowserIds.SUBJECT_FILTER, "All subjects", "Subject: ",
                model.subjects(), model.subjectFilterProperty(), SessionFilter::subjectChoiceText);
        FilterCombo<String> app = new FilterCombo<>(BrowserIds.APP_FILTER, "All apps", "App: ",
                model.apps(), model.appFilterProperty(), a -> a);
        FilterCombo<ReviewStatus> status = new FilterCombo<>(BrowserIds.STATUS_FILTER, "All statuses", "Status: ",
                model.statuses(), model.statusFilterProperty(), ReviewStatus::label);
        subject.setPrefWidth(140);
        app.setPrefWidth(150);
        status.setPrefWidth(130);
        subject.setTooltip(new Tooltip("Show only this subject's sessions"));
        app.setTooltip(new Tooltip("Show only sessions in which this app had focus"));
        status.setTooltip(new Tooltip("Show only sessions with this review status"));

        DatePicker from = datePicker(BrowserIds.FROM_DATE, "From date", model.fromDateProperty(),
                "First day of the capture, inclusive");
        DatePicker to = datePicker(BrowserIds.TO_DATE, "To date", model.toDateProperty(),
                "Last day of the capture, inclusive");
        Label dash = new Label("–");
        dash.getStyleClass().add(Styles.MUTED);

        Button clear = new Button("Clear filters", new FontIcon(MaterialDesignF.FILTER_REMOVE_OUTLINE));
        clear.setId(BrowserIds.CLEAR_FILTERS);
        clear.setOnAction(event -> model.clearFilters());
        clear.disableProperty().bind(model.filtersActiveProperty().not());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label count = new Label();
        count.setId(BrowserIds.SHOWN_COUNT);
        count.getStyleClass().add(Styles.MUTED);
        count.textProperty().bind(model.countTextProperty());
        count.setMinWidth(Region.USE_PREF_SIZE);

        FontIcon funnel = new FontIcon(MaterialDesignF.FILTER_OUTLINE);
        funnel.getStyleClass().add(Styles.FILTER_ICON);
        getChildren().setAll(funnel, subject, app, status, from, dash, to, clear, spacer, count);
    }

    private static DatePicker datePicker(String id, String prompt, ObjectProperty<LocalDate> value, String tip) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.setPrefWidth(130);
        picker.setConverter(new IsoDates());
        picker.setTooltip(new Tooltip(tip + " (yyyy-mm-dd)"));
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }

    /** yyyy-MM-dd both ways; text that is no date reads as no bound rather than an error. */
    private static final class IsoDates extends StringConverter<LocalDate> {
        @Override
        public String toString(LocalDate date) {
            return date == null ? "" : DAY.format(date);
        }

        @Override
        public LocalDate fromString(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(text.trim(), DAY);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
