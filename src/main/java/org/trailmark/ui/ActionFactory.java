package org.trailmark.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Turns {@link StudioAction}s into menu items and buttons wired to one handler each, with an
 * optional "disabled while" condition (e.g. imports while an import runs).
 */
final class ActionFactory {
    private final Map<StudioAction, Runnable> handlers = new EnumMap<>(StudioAction.class);
    private final Map<StudioAction, ObservableBooleanValue> disabledWhen = new EnumMap<>(StudioAction.class);

    ActionFactory on(StudioAction action, Runnable handler) {
        handlers.put(action, Objects.requireNonNull(handler));
        return this;
    }

    ActionFactory disabledWhile(StudioAction action, ObservableBooleanValue condition) {
        disabledWhen.put(action, condition);
        return this;
    }

    void run(StudioAction action) {
        ObservableBooleanValue disabled = disabledWhen.get(action);
        if (disabled != null && disabled.get()) {
            return;
        }
        handler(action).run();
    }

    MenuItem menuItem(StudioAction action) {
        MenuItem item = new MenuItem(action.label(), icon(action));
        item.setAccelerator(action.accelerator());
        item.setOnAction(event -> run(action));
        ObservableBooleanValue disabled = disabledWhen.get(action);
        if (disabled != null) {
            item.disableProperty().bind(disabled);
        }
        return item;
    }

    /** A toolbar button with icon and label. */
    Button button(StudioAction action) {
        Button button = new Button(shortLabel(action), icon(action));
        button.setTooltip(new Tooltip(action.label() + " (" + action.acceleratorText() + ")"));
        button.setOnAction(event -> run(action));
        button.setMnemonicParsing(false);
        ObservableBooleanValue disabled = disabledWhen.get(action);
        if (disabled != null) {
            button.disableProperty().bind(disabled);
        }
        return button;
    }

    /** A button showing only the icon, for the right end of the toolbar. */
    Button iconButton(StudioAction action) {
        Button button = button(action);
        button.setText(null);
        button.getStyleClass().add("tm-icon-button");
        button.setAccessibleText(action.label());
        return button;
    }

    private Runnable handler(StudioAction action) {
        Runnable handler = handlers.get(action);
        if (handler == null) {
            throw new IllegalStateException("no handler for " + action);
        }
        return handler;
    }

    static FontIcon icon(StudioAction action) {
        return new FontIcon(action.icon());
    }

    private static String shortLabel(StudioAction action) {
        return switch (action) {
            case IMPORT_FILES -> "Import files";
            case IMPORT_FOLDER -> "Import folder";
            default -> action.label();
        };
    }
}
