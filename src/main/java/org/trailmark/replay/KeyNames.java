package org.trailmark.replay;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the replay needs to know about a W3C UI Events {@code code}: whether it is a modifier,
 * how a person would name it on a chip or in the key HUD, and its pyautogui key name for
 * coalesced actions. Replay may only depend on the model, so this is its own small table
 * rather than the importers' key tables.
 */
final class KeyNames {
    static final int SHIFT = 1;
    static final int CTRL = 2;
    static final int ALT = 4;
    static final int META = 8;
    /** AltGr: the right Alt key, which types characters on many non-US layouts. */
    static final int ALT_GRAPH = 16;

    private static final Map<String, String> DISPLAY = new HashMap<>();
    private static final Map<String, String> PYAUTOGUI = new HashMap<>();
    private static final String PUNCTUATION = "-=[]\\;',./`";
    private static final String[] PUNCTUATION_CODES = {
        "Minus", "Equal", "BracketLeft", "BracketRight", "Backslash", "Semicolon", "Quote",
        "Comma", "Period", "Slash", "Backquote"};

    static {
        special("Enter", "Enter", "enter");
        special("NumpadEnter", "Enter", "enter");
        special("Tab", "Tab", "tab");
        special("Backspace", "Backspace", "backspace");
        special("Delete", "Del", "delete");
        special("Escape", "Esc", "esc");
        special("Space", "Space", "space");
        special("ArrowLeft", "Left", "left");
        special("ArrowRight", "Right", "right");
        special("ArrowUp", "Up", "up");
        special("ArrowDown", "Down", "down");
        special("Home", "Home", "home");
        special("End", "End", "end");
        special("PageUp", "PgUp", "pageup");
        special("PageDown", "PgDn", "pagedown");
        special("Insert", "Ins", "insert");
        special("CapsLock", "CapsLock", "capslock");
        special("NumLock", "NumLock", "numlock");
        special("ScrollLock", "ScrollLock", "scrolllock");
        special("PrintScreen", "PrtSc", "printscreen");
        special("Pause", "Pause", "pause");
        special("ContextMenu", "Menu", "apps");
        special("ShiftLeft", "Shift", "shift");
        special("ShiftRight", "Shift", "shift");
        special("ControlLeft", "Ctrl", "ctrl");
        special("ControlRight", "Ctrl", "ctrl");
        special("AltLeft", "Alt", "alt");
        special("AltRight", "AltGr", "alt");
        // Exporters map "meta" to the platform's name (command, win): the model does not know the platform.
        special("MetaLeft", "Meta", "meta");
        special("MetaRight", "Meta", "meta");
        special("OSLeft", "Meta", "meta");
        special("OSRight", "Meta", "meta");
        for (int f = 1; f <= 24; f++) {
            special("F" + f, "F" + f, "f" + f);
        }
        for (int i = 0; i < PUNCTUATION_CODES.length; i++) {
            String c = String.valueOf(PUNCTUATION.charAt(i));
            special(PUNCTUATION_CODES[i], c, c);
        }
    }

    private KeyNames() {
    }

    private static void special(String code, String display, String pyautogui) {
        DISPLAY.put(code, display);
        PYAUTOGUI.put(code, pyautogui);
    }

    /** The modifier bit of a modifier key's code, or 0 for every other key. */
    static int modifierBit(String code) {
        if (code == null) {
            return 0;
        }
        return switch (code) {
            case "ShiftLeft", "ShiftRight" -> SHIFT;
            case "ControlLeft", "ControlRight" -> CTRL;
            case "AltLeft" -> ALT;
            case "AltRight" -> ALT | ALT_GRAPH;
            case "MetaLeft", "MetaRight", "OSLeft", "OSRight" -> META;
            default -> 0;
        };
    }

    /** Lock and function-modifier keys change nothing a reviewer needs to see. */
    static boolean isSilent(String code) {
        return code != null && switch (code) {
            case "CapsLock", "NumLock", "ScrollLock", "Fn", "FnLock" -> true;
            default -> false;
        };
    }

    /** The name on a chip or in the key HUD: {@code C}, {@code Enter}, {@code F5}, {@code Left}. */
    static String display(String code) {
        if (code == null) {
            return "?";
        }
        String known = DISPLAY.get(code);
        if (known != null) {
            return known;
        }
        if (code.length() == 4 && code.startsWith("Key")) {
            return code.substring(3);
        }
        if (code.length() == 6 && code.startsWith("Digit")) {
            return code.substring(5);
        }
        if (code.startsWith("Numpad")) {
            return "Num" + code.substring(6);
        }
        return code;
    }

    /** The pyautogui key name: {@code c}, {@code enter}, {@code f5}, {@code left}. */
    static String pyautogui(String code) {
        if (code == null) {
            return "unknown";
        }
        String known = PYAUTOGUI.get(code);
        if (known != null) {
            return known;
        }
        if (code.length() == 4 && code.startsWith("Key")) {
            return code.substring(3).toLowerCase(Locale.ROOT);
        }
        if (code.length() == 6 && code.startsWith("Digit")) {
            return code.substring(5);
        }
        if (code.startsWith("Numpad") && code.length() == 7 && Character.isDigit(code.charAt(6))) {
            return "num" + code.charAt(6);
        }
        return code.toLowerCase(Locale.ROOT);
    }

    /** "Ctrl+Shift+" style prefix for the held modifiers, in the conventional order. */
    static String chordPrefix(int modifiers) {
        StringBuilder sb = new StringBuilder();
        if ((modifiers & CTRL) != 0) {
            sb.append("Ctrl+");
        }
        if ((modifiers & SHIFT) != 0) {
            sb.append("Shift+");
        }
        if ((modifiers & ALT_GRAPH) != 0) {
            sb.append("AltGr+");
        } else if ((modifiers & ALT) != 0) {
            sb.append("Alt+");
        }
        if ((modifiers & META) != 0) {
            sb.append("Meta+");
        }
        return sb.toString();
    }

    /** The printable part of a key's produced text: control characters are not typed text. */
    static String printable(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                StringBuilder sb = new StringBuilder();
                for (int j = 0; j < text.length(); j++) {
                    char c = text.charAt(j);
                    if (!Character.isISOControl(c)) {
                        sb.append(c);
                    }
                }
                return sb.isEmpty() ? null : sb.toString();
            }
        }
        return text;
    }
}
