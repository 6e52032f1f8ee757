package org.trailmark.ui.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/**
 * A choice among the values sessions have, headed by "All …". Empty means "all", so a value
 * that happens to read "All subjects" can still be chosen. Kept in step with a view-model property.
 */
final class FilterCombo<T> extends ComboBox<Optional<T>> {
    private final ObservableList<T> choices;
    private final ObjectProperty<T> chosen;
    private final ListChangeListener<T> choicesListener = change -> fill();
    private boolean syncing;

    /**
     * @param closedPrefix shown before a chosen value while the list is closed ("Subject: bob"),
     *                     since a bare "bob" or "New" does not say what it filters
     */
    FilterCombo(String id, String allLabel, String closedPrefix, ObservableList<T> choices, ObjectProperty<T> chosen,
                Function<T, String> label) {
        this.choices = choices;
        this.chosen = chosen;
        setId(id);
        setConverter(new StringConverter<>() {
            @Override
            public String toString(Optional<T> value) {
                return value == null || value.isEmpty() ? allLabel : label.apply(value.get());
            }

            @Override
            public Optional<T> fromString(String text) {
                return Optional.empty(); // not editable
            }
        });
        setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Optional<T> item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null || item.isEmpty() ? allLabel : closedPrefix + label.apply(item.get()));
            }
        });
        setVisibleRowCount(14);
        choices.addListener(choicesListener);
        fill();
        valueProperty().addListener((obs, old, value) -> {
            if (!syncing) {
                syncing = true;
                chosen.set(value == null ? null : value.orElse(null));
                syncing = false;
            }
        });
        chosen.addListener((obs, old, value) -> showChosen());
    }

    private void fill() {
        List<Optional<T>> items = new ArrayList<>(choices.size() + 1);
        items.add(Optional.empty());
        choices.forEach(choice -> items.add(Optional.of(choice)));
        syncing = true;
        getItems().setAll(items);
        syncing = false;
        showChosen();
    }

    private void showChosen() {
        if (!syncing) {
            syncing = true;
            setValue(Optional.ofNullable(chosen.get()));
            syncing = false;
        }
    }
}
