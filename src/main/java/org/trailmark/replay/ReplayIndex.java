package org.trailmark.replay;

import java.util.Arrays;
import org.trailmark.model.EventKind;
import org.trailmark.model.FieldRole;
import org.trailmark.model.SessionLog;

/**
 * Answers "what did the screen, the keyboard and the text look like at time t" in
 * O(log n + {@value #CHECKPOINT_INTERVAL}) without replaying from the start.
 *
 * <ul>
 *   <li>Pointer position and held buttons: a checkpoint every {@value #CHECKPOINT_INTERVAL}
 *       events, then at most that many events replayed.</li>
 *   <li>Focused window, field and capture pause: a table of the (rare) events that change them,
 *       each with the context right after it, found by binary search.</li>
 *   <li>Typed text and the key HUD: a {@link TextHistory} reconstructed once; the text is read
 *       lazily from it.</li>
 * </ul>
 * Built in one pass; costs about a fifth of a byte per event plus the typed text.
 * Immutable and safe to share between threads.
 */
public final class ReplayIndex {
    static final int CHECKPOINT_SHIFT = 6;
    static final int CHECKPOINT_INTERVAL = 1 << CHECKPOINT_SHIFT;

    private final SessionLog log;
    private final int[] checkpointX;
    private final int[] checkpointY;
    private final int[] checkpointButtons;
    private final int contextChanges;
    private final int[] contextEvent;
    private final int[] contextApp;
    private final int[] contextTitle;
    private final byte[] contextRole;
    private final int[] contextLabel;
    private final boolean[] contextPaused;
    private final TextHistory text;

    private ReplayIndex(SessionLog log, int[] checkpointX, int[] checkpointY, int[] checkpointButtons,
                        int contextChanges, int[] contextEvent, int[] contextApp, int[] contextTitle, byte[] contextRole,
                        int[] contextLabel, boolean[] contextPaused, TextHistory text) {
        this.log = log;
        this.checkpointX = checkpointX;
        this.checkpointY = checkpointY;
        this.checkpointButtons = checkpointButtons;
        this.contextChanges = contextChanges;
        this.contextEvent = contextEvent;
        this.contextApp = contextApp;
        this.contextTitle = contextTitle;
        this.contextRole = contextRole;
        this.contextLabel = contextLabel;
        this.contextPaused = contextPaused;
        this.text = text;
    }

    public static ReplayIndex build(SessionLog log) {
        int n = log.size();
        int checkpoints = (n >> CHECKPOINT_SHIFT) + 1;
        int[] cx = new int[checkpoints];
        int[] cy = new int[checkpoints];
        int[] cb = new int[checkpoints];
        ContextTable contexts = new ContextTable();
        PointerTracker pointer = new PointerTracker();
        ContextTracker context = new ContextTracker();
        byte move = EventKind.POINTER_MOVE.code();
        for (int i = 0; i < n; i++) {
            if ((i & (CHECKPOINT_INTERVAL - 1)) == 0) {
                int c = i >> CHECKPOINT_SHIFT;
                cx[c] = pointer.x();
                cy[c] = pointer.y();
                cb[c] = pointer.packedButtons();
            }
            byte code = log.kindCode(i);
            if (code == move) {
                pointer.moveTo(log.x(i), log.y(i));
                continue;
            }
            EventKind kind = EventKind.ofCode(code);
            if (kind.isPointer() || kind == EventKind.RESUME) {
                pointer.apply(kind, log.x(i), log.y(i), log.a(i));
            }
            if (kind == EventKind.FOCUS || kind == EventKind.FIELD || kind == EventKind.PAUSE || kind == EventKind.RESUME) {
                context.apply(kind, log.a(i), log.b(i));
                contexts.add(i, context);
            }
        }
        return new ReplayIndex(log, cx, cy, cb, contexts.size, Arrays.copyOf(contexts.event, contexts.size),
                Arrays.copyOf(contexts.app, contexts.size), Arrays.copyOf(contexts.title, contexts.size),
                Arrays.copyOf(contexts.role, contexts.size), Arrays.copyOf(contexts.label, contexts.size),
                Arrays.copyOf(contexts.paused, contexts.size), TextReconstruction.of(log));
    }

    public SessionLog log() {
        return log;
    }

    /** The typed text of the whole session, for views and detectors. */
    public TextHistory text() {
        return text;
    }

    /** The full state at {@code timeMs}: after every event at or before that time. */
    public ReplayState stateAt(int timeMs) {
        return stateAfter(lastIndexAtOrBefore(timeMs), timeMs);
    }

    /** The state right after event {@code eventIndex}, as when a row of the event table is selected. */
    public ReplayState stateAtEvent(int eventIndex) {
        if (eventIndex < 0 || eventIndex >= log.size()) {
            throw new IndexOutOfBoundsException("event " + eventIndex + " of " + log.size());
        }
        return stateAfter(eventIndex, log.time(eventIndex));
    }

    /** The last event at or before {@code timeMs}, or -1 when none. */
    public int lastIndexAtOrBefore(int timeMs) {
        if (timeMs == Integer.MAX_VALUE) {
            return log.size() - 1;
        }
        return log.firstIndexAtOrAfter(timeMs + 1) - 1;
    }

    /** The next event of {@code kind} after event {@code fromIndex}, or -1. For "jump to next click". */
    public int nextIndexOfKind(int fromIndex, EventKind kind) {
        byte code = kind.code();
        for (int i = Math.max(0, fromIndex + 1); i < log.size(); i++) {
            if (log.kindCode(i) == code) {
                return i;
            }
        }
        return -1;
    }

    /** The previous event of {@code kind} before event {@code fromIndex}, or -1. */
    public int previousIndexOfKind(int fromIndex, EventKind kind) {
        byte code = kind.code();
        for (int i = Math.min(log.size(), fromIndex) - 1; i >= 0; i--) {
            if (log.kindCode(i) == code) {
                return i;
            }
        }
        return -1;
    }

    /** Approximate heap bytes beyond the log itself, for the memory budget. */
    public long approximateBytes() {
        return (long) checkpointX.length * 12 + (long) contextEvent.length * 18 + text.approximateBytes() + 200;
    }

    private ReplayState stateAfter(int last, int timeMs) {
        boolean pointerKnown = false;
        int px = 0;
        int py = 0;
        int buttons = 0;
        if (last >= 0) {
            int c = last >> CHECKPOINT_SHIFT;
            PointerTracker pointer = new PointerTracker();
            pointer.restore(checkpointX[c], checkpointY[c], checkpointButtons[c]);
            byte move = EventKind.POINTER_MOVE.code();
            for (int i = c << CHECKPOINT_SHIFT; i <= last; i++) {
                byte code = log.kindCode(i);
                if (code == move) {
                    pointer.moveTo(log.x(i), log.y(i));
                    continue;
                }
                EventKind kind = EventKind.ofCode(code);
                if (kind.isPointer() || kind == EventKind.RESUME) {
                    pointer.apply(kind, log.x(i), log.y(i), log.a(i));
                }
            }
            pointerKnown = pointer.known();
            px = pointer.x();
            py = pointer.y();
            buttons = pointer.buttons();
        }
        int ctx = TextGroup.upperBound(contextEvent, contextChanges, last) - 1;
        String app = ctx < 0 ? null : log.string(contextApp[ctx]);
        String title = ctx < 0 ? null : log.string(contextTitle[ctx]);
        FieldRole role = ctx < 0 ? FieldRole.NONE : FieldRole.ofIndex(contextRole[ctx]);
        String label = ctx < 0 ? null : log.string(contextLabel[ctx]);
        boolean paused = ctx >= 0 && contextPaused[ctx];
        return new ReplayState(timeMs, last, pointerKnown, px, py, buttons, app, title, role, label, paused,
                text.at(last), text.recentKeys(last, ReplayState.HUD_KEYS));
    }

    /** The growing table of context changes while building. */
    private static final class ContextTable {
        int size;
        int[] event = new int[64];
        int[] app = new int[64];
        int[] title = new int[64];
        byte[] role = new byte[64];
        int[] label = new int[64];
        boolean[] paused = new boolean[64];

        void add(int i, ContextTracker context) {
            if (size == event.length) {
                int n = size * 2;
                event = Arrays.copyOf(event, n);
                app = Arrays.copyOf(app, n);
                title = Arrays.copyOf(title, n);
                role = Arrays.copyOf(role, n);
                label = Arrays.copyOf(label, n);
                paused = Arrays.copyOf(paused, n);
            }
            event[size] = i;
            app[size] = context.app();
            title[size] = context.title();
            role[size] = (byte) context.roleIndex();
            label[size] = context.label();
            paused[size] = context.paused();
            size++;
        }
    }
}
