package org.trailmark.io.keys;

import java.util.HashMap;
import java.util.Map;

/**
 * The inverse of {@link PynputKeyTranslator}: the name DuckTrack would record for a key, used when
 * writing DuckTrack recordings. A key that typed text is named by that text (as pynput does);
 * otherwise a character key is named by its unshifted character and a named key by pynput's
 * {@code Key} member name. Returns null for {@code Unidentified} keys without text.
 */
public final class PynputKeyNames {
    private static final Map<String, String> NAME_OF_CODE = new HashMap<>();

    static {
        String[][] names = {
            {"ShiftLeft", "shift"}, {"ShiftRight", "shift_r"}, {"ControlLeft", "ctrl_l"}, {"ControlRight", "ctrl_r"},
            {"AltLeft", "alt_l"}, {"AltRight", "alt_r"}, {"MetaLeft", "cmd"}, {"MetaRight", "cmd_r"},
            {"Space", "space"}, {"Enter", "enter"}, {"NumpadEnter", "enter"}, {"Tab", "tab"},
            {"Backspace", "backspace"}, {"Delete", "delete"}, {"Escape", "esc"}, {"CapsLock", "caps_lock"},
            {"ArrowUp", "up"}, {"ArrowDown", "down"}, {"ArrowLeft", "left"}, {"ArrowRight", "right"},
            {"Home", "home"}, {"End", "end"}, {"PageUp", "page_up"}, {"PageDown", "page_down"},
            {"Insert", "insert"}, {"ContextMenu", "menu"}, {"NumLock", "num_lock"}, {"ScrollLock", "scroll_lock"},
            {"PrintScreen", "print_screen"}, {"Pause", "pause"}, {"MediaPlayPause", "media_play_pause"},
            {"AudioVolumeMute", "media_volume_mute"}, {"AudioVolumeDown", "media_volume_down"},
            {"AudioVolumeUp", "media_volume_up"}, {"MediaTrackPrevious", "media_previous"},
            {"MediaTrackNext", "media_next"},
        };
        for (String[] pair : names) {
            NAME_OF_CODE.put(pair[0], pair[1]);
        }
        for (int f = 1; f <= 24; f++) {
            NAME_OF_CODE.put("F" + f, "f" + f);
        }
    }

    private PynputKeyNames() {
    }

    public static String nameOf(String code, String text) {
        if ("Space".equals(code)) {
            return "space";
        }
        if (text != null && text.codePointCount(0, text.length()) == 1 && !Character.isISOControl(text.codePointAt(0))) {
            return text;
        }
        if (code == null) {
            return null;
        }
        String named = NAME_OF_CODE.get(code);
        if (named != null) {
            return named;
        }
        KeyIdentity key = UsLayout.positional(code);
        if (key.text() != null) {
            return key.text();
        }
        if (code.startsWith("Numpad") && code.length() == 7 && Character.isDigit(code.charAt(6))) {
            return code.substring(6);
        }
        return null;
    }
}
