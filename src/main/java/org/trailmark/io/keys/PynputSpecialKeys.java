package org.trailmark.io.keys;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * pynput's named keys ({@code Key.space}, {@code Key.ctrl_l}…), as DuckTrack and the AgentNet Tool
 * record them, with or without the {@code Key.} prefix. A generic name without a side
 * ({@code shift}, {@code ctrl}, {@code alt}, {@code cmd}) is taken as the left key, the one
 * pynput reports it for on every platform it supports.
 */
final class PynputSpecialKeys {
    private static final Map<String, KeyIdentity> BY_NAME = new HashMap<>();

    static {
        modifier(Modifier.SHIFT, "ShiftLeft", "shift", "shift_l");
        modifier(Modifier.SHIFT, "ShiftRight", "shift_r");
        modifier(Modifier.CONTROL, "ControlLeft", "ctrl", "ctrl_l", "control");
        modifier(Modifier.CONTROL, "ControlRight", "ctrl_r");
        modifier(Modifier.ALT, "AltLeft", "alt", "alt_l", "option");
        modifier(Modifier.ALT, "AltRight", "alt_r", "alt_gr");
        modifier(Modifier.META, "MetaLeft", "cmd", "cmd_l", "super", "win");
        modifier(Modifier.META, "MetaRight", "cmd_r");

        BY_NAME.put("space", KeyIdentity.positional("Space", " ", " "));
        plain("Enter", "enter", "return");
        plain("Tab", "tab");
        plain("Backspace", "backspace");
        plain("Delete", "delete");
        plain("Escape", "esc", "escape");
        plain("CapsLock", "caps_lock");
        plain("ArrowUp", "up");
        plain("ArrowDown", "down");
        plain("ArrowLeft", "left");
        plain("ArrowRight", "right");
        plain("Home", "home");
        plain("End", "end");
        plain("PageUp", "page_up");
        plain("PageDown", "page_down");
        plain("Insert", "insert");
        plain("ContextMenu", "menu");
        plain("NumLock", "num_lock");
        plain("ScrollLock", "scroll_lock");
        plain("PrintScreen", "print_screen");
        plain("Pause", "pause");
        plain("MediaPlayPause", "media_play_pause");
        plain("MediaStop", "media_stop");
        plain("AudioVolumeMute", "media_volume_mute");
        plain("AudioVolumeDown", "media_volume_down");
        plain("AudioVolumeUp", "media_volume_up");
        plain("MediaTrackPrevious", "media_previous");
        plain("MediaTrackNext", "media_next");
        plain("Eject", "media_eject");
        plain("Fn", "fn");
        for (int f = 1; f <= 24; f++) {
            plain("F" + f, "f" + f);
        }
    }

    private PynputSpecialKeys() {
    }

    private static void modifier(Modifier modifier, String code, String... names) {
        for (String name : names) {
            BY_NAME.put(name, KeyIdentity.modifier(code, modifier));
        }
    }

    private static void plain(String code, String... names) {
        for (String name : names) {
            BY_NAME.put(name, KeyIdentity.of(code));
        }
    }

    /** Looks up a name such as {@code space}, {@code Key.space} or {@code Key.SPACE}. */
    static Optional<KeyIdentity> lookup(String name) {
        String bare = name.startsWith("Key.") ? name.substring(4) : name;
        return Optional.ofNullable(BY_NAME.get(bare.toLowerCase(Locale.ROOT)));
    }
}
