package org.trailmark.replay;

import java.util.List;
import org.trailmark.model.FieldRole;
import org.trailmark.model.PointerButton;

/**
 * Everything the studio shows at one moment of a session.
 *
 * @param timeMs       the moment asked for, ms from session start
 * @param eventIndex   the last event at or before that moment, or -1 before the first event
 * @param pointerKnown false until the first pointer event gave a position
 * @param buttons      held buttons as bits by {@link PointerButton} ordinal
 * @param app          the focused application, or null when none was reported yet
 * @param title        the focused window's title, or null
 * @param fieldLabel   the focused field's label, or null
 * @param paused       true while capture was paused
 * @param text         the reconstructed typed text, computed when read
 * @param recentKeys   the last keys and shortcuts for the key HUD, oldest first
 */
public record ReplayState(int timeMs, int eventIndex, boolean pointerKnown, int pointerX, int pointerY, int buttons,
                          String app, String title, FieldRole fieldRole, String fieldLabel, boolean paused,
                          TextAt text, List<KeyStroke> recentKeys) {
    /** How many keys {@link #recentKeys()} holds at most. */
    public static final int HUD_KEYS = 8;

    public ReplayState {
        recentKeys = List.copyOf(recentKeys);
    }

    public boolean isHeld(PointerButton button) {
        return (buttons & (1 << button.ordinal())) != 0;
    }

    @Override
    public String toString() {
        // Titles, labels and text are captured content: never in logs.
        return "ReplayState[t=" + timeMs + ", event=" + eventIndex + ", pointer=" + pointerX + "," + pointerY
                + ", buttons=" + buttons + ", role=" + fieldRole + ", paused=" + paused + "]";
    }
}
