package org.trailmark.replay;

import java.util.List;
import java.util.Objects;
import org.trailmark.model.PointerButton;

/**
 * One step of a trajectory, made from raw events: the unit a trajectory export writes (cf.
 * OSWorld's computer_13 action space and pyautogui's click, dragTo, scroll, typewrite, hotkey,
 * press).
 *
 * @param x          pointer position where the action happened (the press for clicks and drags)
 * @param toX        where a drag ended; equals {@code x} for other actions
 * @param button     the button of clicks and drags, else null
 * @param scrollDx   summed horizontal wheel notches of a scroll
 * @param scrollDy   summed vertical wheel notches of a scroll
 * @param text       what a type action typed, else null
 * @param secret     true when the text was typed into a password field: never export it
 * @param keys       pyautogui key names: the chord of a hotkey, the key of a key action, the
 *                   modifiers held during a click; empty otherwise
 * @param firstEvent index of the first event the action covers
 * @param lastEvent  index of the last event it covers; below {@code firstEvent} for a wait with no events
 */
public record Action(ActionKind kind, int startMs, int endMs, int x, int y, int toX, int toY, PointerButton button,
                     int scrollDx, int scrollDy, String text, boolean secret, List<String> keys, int firstEvent,
                     int lastEvent) {
    public Action {
        Objects.requireNonNull(kind, "kind");
        keys = List.copyOf(keys);
    }

    public int durationMs() {
        return endMs - startMs;
    }

    @Override
    public String toString() {
        // Typed text never goes to a log; key names of shortcuts are not content.
        return "Action[" + kind.wireName() + ", " + startMs + "-" + endMs + " ms, events " + firstEvent + "-" + lastEvent
                + (text != null ? ", " + text.length() + " chars" : "")
                + (kind == ActionKind.HOTKEY || kind == ActionKind.KEY ? ", " + keys : "") + "]";
    }
}
