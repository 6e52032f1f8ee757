package org.trailmark.replay;

/**
 * One key or shortcut for the key HUD.
 *
 * @param label  what the HUD shows: {@code a}, {@code Enter}, {@code Ctrl+V}; a bullet for a key
 *               typed into a password field
 * @param secret true when the key was typed into a password field
 */
public record KeyStroke(int timeMs, int eventIndex, String label, boolean secret) {
    @Override
    public String toString() {
        // A HUD label can be a typed character; keep it out of logs.
        return "KeyStroke[t=" + timeMs + ", event=" + eventIndex + (secret ? ", secret" : "") + "]";
    }
}
