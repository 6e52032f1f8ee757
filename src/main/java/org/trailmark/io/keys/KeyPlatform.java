package org.trailmark.io.keys;

import java.util.Locale;

/**
 * The operating system a capture was made on. It matters only for pynput's {@code <N>} key names,
 * whose number is a platform-specific virtual key code (macOS {@code kVK_*}, Windows {@code VK_*},
 * X11 keysym), so the same {@code <84>} is the keypad 2 on a Mac and the T key on Windows.
 */
public enum KeyPlatform {
    MAC, WINDOWS, LINUX, UNKNOWN;

    /** From Python's {@code platform.system()} as DuckTrack writes it: "Darwin", "Windows", "Linux". */
    public static KeyPlatform ofSystemName(String system) {
        if (system == null) {
            return UNKNOWN;
        }
        return switch (system.trim().toLowerCase(Locale.ROOT)) {
            case "darwin", "macos", "mac" -> MAC;
            case "windows" -> WINDOWS;
            case "linux" -> LINUX;
            default -> UNKNOWN;
        };
    }
}
