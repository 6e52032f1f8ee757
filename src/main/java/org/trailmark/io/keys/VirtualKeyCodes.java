package org.trailmark.io.keys;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * pynput writes a key it has no character for as {@code <N>}, N being the platform's virtual key
 * code. These tables cover the keys that matter for review: letters, digits, punctuation, the
 * numpad, navigation, function keys and modifiers. Sources: macOS Carbon {@code Events.h}
 * ({@code kVK_*}), Windows {@code WinUser.h} ({@code VK_*}), X11 {@code keysymdef.h} (pynput's Xorg
 * backend reports the keysym).
 */
final class VirtualKeyCodes {
    private static final Map<Integer, KeyIdentity> MAC = new HashMap<>();
    private static final Map<Integer, KeyIdentity> WINDOWS = new HashMap<>();
    private static final Map<Integer, KeyIdentity> X11 = new HashMap<>();

    static {
        fillMac();
        fillWindows();
        fillX11();
    }

    private VirtualKeyCodes() {
    }

    static Optional<KeyIdentity> lookup(KeyPlatform platform, int vk) {
        Map<Integer, KeyIdentity> table = switch (platform) {
            case MAC -> MAC;
            case WINDOWS -> WINDOWS;
            case LINUX -> X11;
            case UNKNOWN -> Map.of();
        };
        return Optional.ofNullable(table.get(vk));
    }

    private static void fillMac() {
        String letters = "asdfhgzxcv";
        for (int i = 0; i < letters.length(); i++) {
            MAC.put(i, letter(letters.charAt(i)));
        }
        MAC.put(10, KeyIdentity.positional("IntlBackslash", "§", "±"));
        int[] codes = {11, 12, 13, 14, 15, 16, 17, 31, 32, 34, 35, 37, 38, 40, 45, 46};
        String more = "bqweryt" + "ouipljknm";
        for (int i = 0; i < codes.length; i++) {
            MAC.put(codes[i], letter(more.charAt(i)));
        }
        int[] digitCodes = {29, 18, 19, 20, 21, 23, 22, 26, 28, 25};
        for (int d = 0; d <= 9; d++) {
            MAC.put(digitCodes[d], UsLayout.positional("Digit" + d));
        }
        MAC.put(24, UsLayout.positional("Equal"));
        MAC.put(27, UsLayout.positional("Minus"));
        MAC.put(30, UsLayout.positional("BracketRight"));
        MAC.put(33, UsLayout.positional("BracketLeft"));
        MAC.put(39, UsLayout.positional("Quote"));
        MAC.put(41, UsLayout.positional("Semicolon"));
        MAC.put(42, UsLayout.positional("Backslash"));
        MAC.put(43, UsLayout.positional("Comma"));
        MAC.put(44, UsLayout.positional("Slash"));
        MAC.put(47, UsLayout.positional("Period"));
        MAC.put(50, UsLayout.positional("Backquote"));
        MAC.put(49, UsLayout.positional("Space"));
        MAC.put(36, KeyIdentity.of("Enter"));
        MAC.put(48, KeyIdentity.of("Tab"));
        MAC.put(51, KeyIdentity.of("Backspace"));
        MAC.put(53, KeyIdentity.of("Escape"));
        MAC.put(55, KeyIdentity.modifier("MetaLeft", Modifier.META));
        MAC.put(54, KeyIdentity.modifier("MetaRight", Modifier.META));
        MAC.put(56, KeyIdentity.modifier("ShiftLeft", Modifier.SHIFT));
        MAC.put(60, KeyIdentity.modifier("ShiftRight", Modifier.SHIFT));
        MAC.put(58, KeyIdentity.modifier("AltLeft", Modifier.ALT));
        MAC.put(61, KeyIdentity.modifier("AltRight", Modifier.ALT));
        MAC.put(59, KeyIdentity.modifier("ControlLeft", Modifier.CONTROL));
        MAC.put(62, KeyIdentity.modifier("ControlRight", Modifier.CONTROL));
        MAC.put(57, KeyIdentity.of("CapsLock"));
        MAC.put(63, KeyIdentity.of("Fn"));
        MAC.put(65, UsLayout.numpad("NumpadDecimal", "."));
        MAC.put(67, UsLayout.numpad("NumpadMultiply", "*"));
        MAC.put(69, UsLayout.numpad("NumpadAdd", "+"));
        MAC.put(71, KeyIdentity.of("NumLock"));
        MAC.put(75, UsLayout.numpad("NumpadDivide", "/"));
        MAC.put(76, KeyIdentity.of("NumpadEnter"));
        MAC.put(78, UsLayout.numpad("NumpadSubtract", "-"));
        MAC.put(81, UsLayout.numpad("NumpadEqual", "="));
        int[] numpad = {82, 83, 84, 85, 86, 87, 88, 89, 91, 92};
        for (int d = 0; d <= 9; d++) {
            MAC.put(numpad[d], UsLayout.numpad("Numpad" + d, String.valueOf(d)));
        }
        int[][] functionKeys = {{122, 1}, {120, 2}, {99, 3}, {118, 4}, {96, 5}, {97, 6}, {98, 7}, {100, 8},
            {101, 9}, {109, 10}, {103, 11}, {111, 12}, {105, 13}, {107, 14}, {113, 15}, {106, 16},
            {64, 17}, {79, 18}, {80, 19}, {90, 20}};
        for (int[] fk : functionKeys) {
            MAC.put(fk[0], KeyIdentity.of("F" + fk[1]));
        }
        MAC.put(114, KeyIdentity.of("Insert"));
        MAC.put(115, KeyIdentity.of("Home"));
        MAC.put(116, KeyIdentity.of("PageUp"));
        MAC.put(117, KeyIdentity.of("Delete"));
        MAC.put(119, KeyIdentity.of("End"));
        MAC.put(121, KeyIdentity.of("PageDown"));
        MAC.put(123, KeyIdentity.of("ArrowLeft"));
        MAC.put(124, KeyIdentity.of("ArrowRight"));
        MAC.put(125, KeyIdentity.of("ArrowDown"));
        MAC.put(126, KeyIdentity.of("ArrowUp"));
    }

    private static void fillWindows() {
        for (char c = 'A'; c <= 'Z'; c++) {
            WINDOWS.put((int) c, letter(Character.toLowerCase(c)));
        }
        for (int d = 0; d <= 9; d++) {
            WINDOWS.put(0x30 + d, UsLayout.positional("Digit" + d));
            WINDOWS.put(0x60 + d, UsLayout.numpad("Numpad" + d, String.valueOf(d)));
        }
        WINDOWS.put(0x6A, UsLayout.numpad("NumpadMultiply", "*"));
        WINDOWS.put(0x6B, UsLayout.numpad("NumpadAdd", "+"));
        WINDOWS.put(0x6D, UsLayout.numpad("NumpadSubtract", "-"));
        WINDOWS.put(0x6E, UsLayout.numpad("NumpadDecimal", "."));
        WINDOWS.put(0x6F, UsLayout.numpad("NumpadDivide", "/"));
        WINDOWS.put(0xBA, UsLayout.positional("Semicolon"));
        WINDOWS.put(0xBB, UsLayout.positional("Equal"));
        WINDOWS.put(0xBC, UsLayout.positional("Comma"));
        WINDOWS.put(0xBD, UsLayout.positional("Minus"));
        WINDOWS.put(0xBE, UsLayout.positional("Period"));
        WINDOWS.put(0xBF, UsLayout.positional("Slash"));
        WINDOWS.put(0xC0, UsLayout.positional("Backquote"));
        WINDOWS.put(0xDB, UsLayout.positional("BracketLeft"));
        WINDOWS.put(0xDC, UsLayout.positional("Backslash"));
        WINDOWS.put(0xDD, UsLayout.positional("BracketRight"));
        WINDOWS.put(0xDE, UsLayout.positional("Quote"));
        WINDOWS.put(0xE2, KeyIdentity.positional("IntlBackslash", "\\", "|"));
        WINDOWS.put(0x20, UsLayout.positional("Space"));
        WINDOWS.put(0x08, KeyIdentity.of("Backspace"));
        WINDOWS.put(0x09, KeyIdentity.of("Tab"));
        WINDOWS.put(0x0D, KeyIdentity.of("Enter"));
        WINDOWS.put(0x13, KeyIdentity.of("Pause"));
        WINDOWS.put(0x14, KeyIdentity.of("CapsLock"));
        WINDOWS.put(0x1B, KeyIdentity.of("Escape"));
        WINDOWS.put(0x21, KeyIdentity.of("PageUp"));
        WINDOWS.put(0x22, KeyIdentity.of("PageDown"));
        WINDOWS.put(0x23, KeyIdentity.of("End"));
        WINDOWS.put(0x24, KeyIdentity.of("Home"));
        WINDOWS.put(0x25, KeyIdentity.of("ArrowLeft"));
        WINDOWS.put(0x26, KeyIdentity.of("ArrowUp"));
        WINDOWS.put(0x27, KeyIdentity.of("ArrowRight"));
        WINDOWS.put(0x28, KeyIdentity.of("ArrowDown"));
        WINDOWS.put(0x2C, KeyIdentity.of("PrintScreen"));
        WINDOWS.put(0x2D, KeyIdentity.of("Insert"));
        WINDOWS.put(0x2E, KeyIdentity.of("Delete"));
        WINDOWS.put(0x5D, KeyIdentity.of("ContextMenu"));
        WINDOWS.put(0x90, KeyIdentity.of("NumLock"));
        WINDOWS.put(0x91, KeyIdentity.of("ScrollLock"));
        for (int f = 1; f <= 24; f++) {
            WINDOWS.put(0x6F + f, KeyIdentity.of("F" + f));
        }
        WINDOWS.put(0x10, KeyIdentity.modifier("ShiftLeft", Modifier.SHIFT));
        WINDOWS.put(0xA0, KeyIdentity.modifier("ShiftLeft", Modifier.SHIFT));
        WINDOWS.put(0xA1, KeyIdentity.modifier("ShiftRight", Modifier.SHIFT));
        WINDOWS.put(0x11, KeyIdentity.modifier("ControlLeft", Modifier.CONTROL));
        WINDOWS.put(0xA2, KeyIdentity.modifier("ControlLeft", Modifier.CONTROL));
        WINDOWS.put(0xA3, KeyIdentity.modifier("ControlRight", Modifier.CONTROL));
        WINDOWS.put(0x12, KeyIdentity.modifier("AltLeft", Modifier.ALT));
        WINDOWS.put(0xA4, KeyIdentity.modifier("AltLeft", Modifier.ALT));
        WINDOWS.put(0xA5, KeyIdentity.modifier("AltRight", Modifier.ALT));
        WINDOWS.put(0x5B, KeyIdentity.modifier("MetaLeft", Modifier.META));
        WINDOWS.put(0x5C, KeyIdentity.modifier("MetaRight", Modifier.META));
    }

    private static void fillX11() {
        // Latin-1 keysyms equal the character they type, including its case.
        for (int c = 0x20; c <= 0x7E; c++) {
            int codePoint = c;
            UsLayout.codeOf(codePoint).ifPresent(code -> X11.put(codePoint, KeyIdentity.typing(code,
                    new String(Character.toChars(codePoint)))));
        }
        for (int d = 0; d <= 9; d++) {
            X11.put(0xFFB0 + d, UsLayout.numpad("Numpad" + d, String.valueOf(d)));
        }
        X11.put(0xFFAA, UsLayout.numpad("NumpadMultiply", "*"));
        X11.put(0xFFAB, UsLayout.numpad("NumpadAdd", "+"));
        X11.put(0xFFAD, UsLayout.numpad("NumpadSubtract", "-"));
        X11.put(0xFFAE, UsLayout.numpad("NumpadDecimal", "."));
        X11.put(0xFFAF, UsLayout.numpad("NumpadDivide", "/"));
        X11.put(0xFF8D, KeyIdentity.of("NumpadEnter"));
        X11.put(0xFF08, KeyIdentity.of("Backspace"));
        X11.put(0xFF09, KeyIdentity.of("Tab"));
        X11.put(0xFF0D, KeyIdentity.of("Enter"));
        X11.put(0xFF13, KeyIdentity.of("Pause"));
        X11.put(0xFF14, KeyIdentity.of("ScrollLock"));
        X11.put(0xFF1B, KeyIdentity.of("Escape"));
        X11.put(0xFF50, KeyIdentity.of("Home"));
        X11.put(0xFF51, KeyIdentity.of("ArrowLeft"));
        X11.put(0xFF52, KeyIdentity.of("ArrowUp"));
        X11.put(0xFF53, KeyIdentity.of("ArrowRight"));
        X11.put(0xFF54, KeyIdentity.of("ArrowDown"));
        X11.put(0xFF55, KeyIdentity.of("PageUp"));
        X11.put(0xFF56, KeyIdentity.of("PageDown"));
        X11.put(0xFF57, KeyIdentity.of("End"));
        X11.put(0xFF61, KeyIdentity.of("PrintScreen"));
        X11.put(0xFF63, KeyIdentity.of("Insert"));
        X11.put(0xFF67, KeyIdentity.of("ContextMenu"));
        X11.put(0xFF7F, KeyIdentity.of("NumLock"));
        X11.put(0xFFFF, KeyIdentity.of("Delete"));
        X11.put(0xFFE5, KeyIdentity.of("CapsLock"));
        for (int f = 1; f <= 24; f++) {
            X11.put(0xFFBD + f, KeyIdentity.of("F" + f));
        }
        X11.put(0xFFE1, KeyIdentity.modifier("ShiftLeft", Modifier.SHIFT));
        X11.put(0xFFE2, KeyIdentity.modifier("ShiftRight", Modifier.SHIFT));
        X11.put(0xFFE3, KeyIdentity.modifier("ControlLeft", Modifier.CONTROL));
        X11.put(0xFFE4, KeyIdentity.modifier("ControlRight", Modifier.CONTROL));
        X11.put(0xFFE9, KeyIdentity.modifier("AltLeft", Modifier.ALT));
        X11.put(0xFFEA, KeyIdentity.modifier("AltRight", Modifier.ALT));
        X11.put(0xFE03, KeyIdentity.modifier("AltRight", Modifier.ALT));
        X11.put(0xFFE7, KeyIdentity.modifier("MetaLeft", Modifier.META));
        X11.put(0xFFEB, KeyIdentity.modifier("MetaLeft", Modifier.META));
        X11.put(0xFFEC, KeyIdentity.modifier("MetaRight", Modifier.META));
    }

    private static KeyIdentity letter(char lower) {
        return UsLayout.positional("Key" + Character.toUpperCase(lower));
    }
}
