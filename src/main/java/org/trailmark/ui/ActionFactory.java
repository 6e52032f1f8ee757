package org.trailmark.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Turns {@link StudioAction}s into menu items and buttons wired to one handler each, with an
 * optional "disabled while" condition (e.g. imports while an import runs, playback while no
 * session is open). Actions that switch something on and off are bound to their property.
 */
final class ActionFactory {
    private final Map<StudioAction, Runnable> handlers = new EnumMap<>(StudioAction.class);
    private final Map<StudioAction, ObservableBooleanValue> disabledWhen = new EnumMap<>(StudioAction.class);
    private final Map<StudioAction, BooleanProperty> switches = new EnumMap<>(StudioAction.class);
    private final Map<StudioAction, ObservableStringValue> texts = new EnumMap<>(StudioAction.class);
    private Consumer<StudioAction> afterRun = action -> { };

    ActionFactory on(StudioAction action, Runnable handler) {
        handlers.put(action, Objects.requireNonNull(handler));
        return this;
    }

    /** An action that flips {@code property}; its menu item is a check item showing the state. */
    ActionFactory toggles(StudioAction action, BooleanProperty property) {
        switches.put(action, Objects.requireNonNull(property));
        return on(action, () -> property.set(!property.get()));
    }

    ActionFactory disabledWhile(StudioAction action, ObservableBooleanValue condition) {
        disabledWhen.put(action, condition);
        return this;
    }

    /** A menu item whose text follows {@code text}, e.g. "Undo Add task" naming what will be undone. */
    ActionFactory named(StudioAction action, ObservableStringValue text) {
        texts.put(action, Objects.requireNonNull(text));
        return this;
    }

    /** Whether the action has a handler here, so a menu item or key for it does something. */
    boolean handles(StudioAction action) {
        return handlers.containsKey(action);
    }

    /** Drops the handlers of actions the role is not offered (see {@link StudioAction#isOffered}). */
    void keepOnlyOffered(boolean subjectMode) {
        handlers.keySet().removeIf(action -> !action.isOffered(subjectMode));
        switches.keySet().removeIf(action -> !action.isOffered(subjectMode));
    }

    boolean isDisabled(StudioAction action) {
        ObservableBooleanValue disabled = disabledWhen.get(action);
        return disabled != null && disabled.get();
    }

    void run(StudioAction action) {
        if (!isDisabled(action)) {
            handler(action).run();
            afterRun.accept(action);
        }
    }

    /** Told each action that ran, from a key, a menu item or a button (tests check the key map with it). */
    void onRun(Consumer<StudioAction> listener) {
        afterRun = Objects.requireNonNull(listener, "listener");
    }

    /** The enabled action with a handler whose key this is, if any. */
    Optional<StudioAction> actionFor(KeyEvent event) {
        for (StudioAction action : handlers.keySet()) {
            if (action.matches(event) && !isDisabled(action)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }

    MenuItem menuItem(StudioAction action) {
        BooleanProperty state = switches.get(action);
        MenuItem item;
        if (state != null) {
            CheckMenuItem check = new CheckMenuItem(action.label(), icon(action));
            check.selectedProperty().bindBidirectional(state);
            item = check;
        } else {
            item = new MenuItem(action.label(), icon(action));
            item.setOnAction(event -> run(action));
        }
        item.setId(menuItemId(action));
        item.setMnemonicParsing(false);
        item.setAccelerator(action.accelerator());
        ObservableStringValue text = texts.get(action);
        if (text != null) {
            item.textProperty().bind(text);
        }
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

    static String menuItemId(StudioAction action) {
        return "menu-" + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
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
