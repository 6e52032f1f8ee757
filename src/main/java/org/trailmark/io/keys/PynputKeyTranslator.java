package org.trailmark.io.keys;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the key names pynput-based recorders write into W3C {@code code} values plus the text a
 * press typed. One translator per recording: it remembers which modifiers are held, because
 * while Control or Command is down a printable key types nothing (it is a shortcut).
 *
 * <p>Accepted name forms, as found across DuckTrack and AgentNet Tool versions:
 * <ul>
 *   <li>a single character: {@code "a"}, {@code "A"}, {@code "!"} (its key found on a US layout;
 *       other characters keep their text with code {@code Unidentified});</li>
 *   <li>a control character, which pynput reports for Ctrl+letter on Windows: the letter's key, no text;</li>
 *   <li>pynput's {@code str(KeyCode)}: {@code "'a'"} (a Python literal);</li>
 *   <li>a named key, bare or prefixed: {@code "space"}, {@code "Key.space"}, {@code "Key.ctrl_l"};</li>
 *   <li>a virtual key code: {@code "<84>"} (or {@code "vk_84"}), read with the capture's
 *       {@link KeyPlatform}.</li>
 * </ul>
 * Only printable characters count as typed text: Enter, Tab and Backspace are recognised by
 * their code downstream. Text is reported on key down only. A name that cannot be identified gives
 * code {@code Unidentified}, no text, and a warning the first time that name is met; warnings
 * repeat only pynput's own spellings ({@code Key.x}, {@code <N>}), never a name that could be typed content.
 */
public final class PynputKeyTranslator {

    /** What one press or release became; {@code warning} is set the first time a name is not understood. */
    public record Translation(String code, String text, String warning) {
    }

    private static final Pattern VIRTUAL_KEY = Pattern.compile("<(\\d{1,9})>|vk_(\\d{1,9})");
    // Only pynput's own spelling is echoed in warnings; any other unknown name could be typed content.
    private static final Pattern KEY_NAME_LIKE = Pattern.compile("Key\\.[A-Za-z][A-Za-z0-9_]{0,30}");

    private static final int MAX_REMEMBERED_NAMES = 4096;

    private final KeyPlatform platform;
    private final Map<Modifier, Integer> held = new EnumMap<>(Modifier.class);
    private final Set<String> warned = new HashSet<>();
    /** Names already resolved: a recording names few keys many times, and resolving takes regular expressions. */
    private final Map<String, Resolution> resolved = new HashMap<>();

    public PynputKeyTranslator(KeyPlatform platform) {
        this.platform = platform;
    }

    public Translation press(String name) {
        return translate(true, name);
    }

    public Translation release(String name) {
        return translate(false, name);
    }

    /** Forgets held modifiers, e.g. after a capture pause during which their release was not recorded. */
    public void releaseAll() {
        held.clear();
    }

    private Translation translate(boolean down, String name) {
        Resolution resolution = name == null ? resolve(null) : resolved.get(name);
        if (resolution == null) {
            resolution = resolve(name);
            if (resolved.size() < MAX_REMEMBERED_NAMES) {
                resolved.put(name, resolution);
            }
        }
        KeyIdentity key = resolution.key;
        if (key.modifier() != Modifier.NONE) {
            trackModifier(key.modifier(), down);
        }
        String text = null;
        if (down && !isHeld(Modifier.CONTROL) && !isHeld(Modifier.META)) {
            text = key.textWith(isHeld(Modifier.SHIFT));
        }
        String warning = resolution.problem != null && warned.add(resolution.problem) ? resolution.problem : null;
        return new Translation(key.code(), text, warning);
    }

    private void trackModifier(Modifier modifier, boolean down) {
        if (down) {
            held.merge(modifier, 1, (a, b) -> 1);
        } else {
            // Either side's release ends the modifier: recorders sometimes report the generic name.
            held.remove(modifier);
        }
    }

    private boolean isHeld(Modifier modifier) {
        return held.containsKey(modifier);
    }

    private record Resolution(KeyIdentity key, String problem) {
        static Resolution known(KeyIdentity key) {
            return new Resolution(key, null);
        }

        static Resolution unknown(String problem) {
            return new Resolution(KeyIdentity.of(KeyIdentity.UNIDENTIFIED), problem);
        }
    }

    private Resolution resolve(String name) {
        if (name == null || name.isEmpty()) {
            return Resolution.unknown("key event without a key name: recorded as Unidentified");
        }
        var virtualKey = VIRTUAL_KEY.matcher(name);
        if (virtualKey.matches()) {
            return resolveVirtualKey(name, virtualKey.group(1) != null ? virtualKey.group(1) : virtualKey.group(2));
        }
        if (name.codePointCount(0, name.length()) == 1) {
            return resolveCharacter(name.codePointAt(0));
        }
        Optional<String> literal = PythonLiteral.unquote(name);
        if (literal.isPresent()) {
            String chars = literal.get();
            if (chars.codePointCount(0, chars.length()) == 1) {
                return resolveCharacter(chars.codePointAt(0));
            }
            return Resolution.unknown("key named by a multi-character literal: recorded as Unidentified");
        }
        Optional<KeyIdentity> special = PynputSpecialKeys.lookup(name);
        if (special.isPresent()) {
            return Resolution.known(special.get());
        }
        if (KEY_NAME_LIKE.matcher(name).matches()) {
            return Resolution.unknown("unknown key name \"" + name + "\": recorded as Unidentified");
        }
        return Resolution.unknown("unrecognised key name (not shown): recorded as Unidentified");
    }

    private Resolution resolveVirtualKey(String name, String digits) {
        int vk = Integer.parseInt(digits);
        Optional<KeyIdentity> key = VirtualKeyCodes.lookup(platform, vk);
        if (key.isPresent()) {
            return Resolution.known(key.get());
        }
        String where = platform == KeyPlatform.UNKNOWN ? " (the capture's operating system is unknown)" : "";
        return Resolution.unknown("unknown virtual key " + name + where + ": recorded as Unidentified");
    }

    private static Resolution resolveCharacter(int codePoint) {
        if (codePoint >= 1 && codePoint <= 26) {
            // Windows reports Ctrl+A..Ctrl+Z as the control characters U+0001..U+001A.
            return Resolution.known(KeyIdentity.of("Key" + (char) ('A' + codePoint - 1)));
        }
        if (Character.isISOControl(codePoint)) {
            return Resolution.known(controlCharacter(codePoint));
        }
        String text = new String(Character.toChars(codePoint));
        return Resolution.known(UsLayout.codeOf(codePoint)
                .map(code -> KeyIdentity.typing(code, text))
                // Outside the US layout the key is unknown, but the character is what was typed.
                .orElseGet(() -> KeyIdentity.typing(KeyIdentity.UNIDENTIFIED, text)));
    }

    private static KeyIdentity controlCharacter(int codePoint) {
        return switch (codePoint) {
            case 0x1B -> KeyIdentity.of("Escape");
            case 0x7F -> KeyIdentity.of("Delete");
            case 0x00 -> KeyIdentity.of("Digit2");
            case 0x1C -> KeyIdentity.of("Backslash");
            case 0x1D -> KeyIdentity.of("BracketRight");
            case 0x1F -> KeyIdentity.of("Minus");
            default -> KeyIdentity.of(KeyIdentity.UNIDENTIFIED);
        };
    }
}
