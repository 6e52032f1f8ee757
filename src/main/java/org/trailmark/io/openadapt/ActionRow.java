package org.trailmark.io.openadapt;

import static org.trailmark.io.openadapt.EventQuery.ACTIONS;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.trailmark.io.keys.PynputKeyTranslator;
import org.trailmark.model.PointerButton;
import org.trailmark.model.SessionLogBuilder;

/**
 * Turns one raw {@code action_event} row into an event, by its {@code name}: pynput's mouse and
 * keyboard callbacks as OpenAdapt stores them. Keys are named by pynput, as in DuckTrack: the key's
 * {@code key_name} (a {@code Key} member such as {@code shift}), else its {@code key_char}, else its
 * virtual key {@code key_vk}; the {@code canonical_key_*} columns (the same key without modifiers)
 * are not needed. A row that lacks what its name needs is skipped with a warning.
 */
final class ActionRow {
    private static final double MAX_COORDINATE = 1_000_000;
    private static final Pattern ACTION_NAME = Pattern.compile("[A-Za-z_]{1,32}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}(\\.0+)?");
    /** Names OpenAdapt gives the summaries it builds from raw rows. */
    private static final Set<String> SUMMARY_NAMES = Set.of("type", "singleclick", "doubleclick", "drag");
    private static final Map<String, PointerButton> BUTTONS = Map.of(
            "left", PointerButton.LEFT, "right", PointerButton.RIGHT, "middle", PointerButton.MIDDLE,
            "x1", PointerButton.BACK, "x2", PointerButton.FORWARD, "button8", PointerButton.BACK,
            "button9", PointerButton.FORWARD);

    private final SessionLogBuilder events;
    private final PynputKeyTranslator keys;
    private final RowProblems problems;

    ActionRow(SessionLogBuilder events, PynputKeyTranslator keys, RowProblems problems) {
        this.events = events;
        this.keys = keys;
        this.problems = problems;
    }

    void append(Object[] row, long id, int t) {
        String name = Cell.text(row[EventQuery.NAME]);
        if (name == null) {
            problems.warn(ACTIONS, id, "no action name: skipped");
            return;
        }
        switch (name) {
            case "move" -> {
                int[] xy = position(row, id);
                if (xy != null) {
                    events.pointerMove(t, xy[0], xy[1]);
                }
            }
            case "click" -> click(row, id, t);
            case "scroll" -> scroll(row, id, t);
            case "press", "release" -> key(row, id, t, name.equals("press"));
            default -> problems.warn(ACTIONS, id, SUMMARY_NAMES.contains(name)
                    ? "summary action \"" + name + "\" without the rows it was built from: skipped"
                    : ACTION_NAME.matcher(name).matches() ? "unknown action \"" + name + "\": skipped"
                    : "unknown action: skipped");
        }
    }

    private void click(Object[] row, long id, int t) {
        int[] xy = position(row, id);
        if (xy == null) {
            return;
        }
        Boolean pressed = Cell.flag(row[EventQuery.PRESSED]);
        if (pressed == null) {
            problems.warn(ACTIONS, id, "click without a usable mouse_pressed: skipped");
            return;
        }
        String button = Cell.text(row[EventQuery.BUTTON]);
        if (button == null) {
            problems.warn(ACTIONS, id, "click without mouse_button_name: skipped");
            return;
        }
        String bare = button.startsWith("Button.") ? button.substring(7) : button;
        events.button(t, pressed, BUTTONS.getOrDefault(bare.toLowerCase(Locale.ROOT), PointerButton.OTHER),
                xy[0], xy[1]);
    }

    private void scroll(Object[] row, long id, int t) {
        int[] xy = position(row, id);
        if (xy == null) {
            return;
        }
        Integer dx = bounded(row[EventQuery.MOUSE_DX], "mouse_dx", id);
        Integer dy = dx == null ? null : bounded(row[EventQuery.MOUSE_DY], "mouse_dy", id);
        if (dy != null) {
            events.wheel(t, xy[0], xy[1], dx, dy);
        }
    }

    private void key(Object[] row, long id, int t, boolean down) {
        String name = keyName(row);
        if (name == null) {
            problems.warn(ACTIONS, id, (down ? "press" : "release") + " without key_name, key_char or key_vk: skipped");
            return;
        }
        PynputKeyTranslator.Translation key = down ? keys.press(name) : keys.release(name);
        if (key.warning() != null) {
            problems.warn(ACTIONS, id, key.warning());
        }
        events.key(t, down, key.code(), key.text());
    }

    /** The key as OpenAdapt itself rebuilds it: named key, else character, else virtual key code. */
    private static String keyName(Object[] row) {
        String named = Cell.text(row[EventQuery.KEY_NAME]);
        if (named != null) {
            return named;
        }
        String character = Cell.text(row[EventQuery.KEY_CHAR]);
        if (character != null) {
            return character;
        }
        Object vk = row[EventQuery.KEY_VK];
        String code = vk instanceof Number n ? String.valueOf(n.longValue()) : Cell.text(vk);
        if (code == null) {
            return null;
        }
        code = code.trim();
        return WHOLE_NUMBER.matcher(code).matches() ? "<" + code.replaceFirst("\\.0+$", "") + ">" : "<?>";
    }

    private int[] position(Object[] row, long id) {
        Integer x = bounded(row[EventQuery.MOUSE_X], "mouse_x", id);
        if (x == null) {
            return null;
        }
        Integer y = bounded(row[EventQuery.MOUSE_Y], "mouse_y", id);
        return y == null ? null : new int[] {x, y};
    }

    private Integer bounded(Object value, String column, long id) {
        Double v = Cell.number(value);
        if (v == null) {
            problems.warn(ACTIONS, id, Cell.numberProblem(column, value) + ": skipped");
            return null;
        }
        if (Math.abs(v) > MAX_COORDINATE) {
            problems.warn(ACTIONS, id, column + " out of range: skipped");
            return null;
        }
        return (int) Math.round(v);
    }
}
