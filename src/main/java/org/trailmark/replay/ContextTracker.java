package org.trailmark.replay;

import java.util.HashMap;
import java.util.Map;
import org.trailmark.model.EventKind;
import org.trailmark.model.FieldRole;
import org.trailmark.model.SessionLog;

/**
 * Follows which window and input field have keyboard focus, and whether capture is paused.
 *
 * <p>A focus event names a window but not the field inside it. Returning to a window restores
 * the field it last had, because capture tools often report the field only when it changes:
 * forgetting it would let a password typed after switching back show in clear, and would split
 * one field's text into two groups.
 */
final class ContextTracker {
    private int app = SessionLog.NO_STRING;
    private int title = SessionLog.NO_STRING;
    private int role = FieldRole.NONE.ordinal();
    private int label = SessionLog.NO_STRING;
    private boolean paused;
    private final Map<Long, Long> fieldByWindow = new HashMap<>();
    /** The last key handed out: the same until focus or field change, and asked for at every key. */
    private GroupKey key;

    /** Applies one event; returns true when the focused window or field changed. */
    boolean apply(EventKind kind, int a, int b) {
        switch (kind) {
            case FOCUS -> {
                fieldByWindow.put(window(app, title), field(role, label));
                app = a;
                title = b;
                Long remembered = fieldByWindow.get(window(app, title));
                if (remembered == null) {
                    role = FieldRole.NONE.ordinal();
                    label = SessionLog.NO_STRING;
                } else {
                    role = (int) (remembered >> 32);
                    label = (int) (long) remembered;
                }
                return true;
            }
            case FIELD -> {
                role = FieldRole.ofIndex(a).ordinal();
                label = b;
                fieldByWindow.put(window(app, title), field(role, label));
                return true;
            }
            case PAUSE -> paused = true;
            case RESUME -> paused = false;
            default -> {
                return false;
            }
        }
        return false;
    }

    private static long window(int app, int title) {
        return ((long) app << 32) | (title & 0xffffffffL);
    }

    private static long field(int role, int label) {
        return ((long) role << 32) | (label & 0xffffffffL);
    }

    int app() {
        return app;
    }

    int title() {
        return title;
    }

    int roleIndex() {
        return role;
    }

    FieldRole role() {
        return FieldRole.ofIndex(role);
    }

    int label() {
        return label;
    }

    boolean paused() {
        return paused;
    }

    /** Window and field as one key, for grouping typed text. */
    GroupKey groupKey() {
        if (key == null || key.app != app || key.title != title || key.role != role || key.label != label) {
            key = new GroupKey(app, title, role, label);
        }
        return key;
    }

    /** The focused window and field, as string ids and a {@link FieldRole} index. */
    record GroupKey(int app, int title, int role, int label) {
    }
}
