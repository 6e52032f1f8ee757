package org.trailmark.replay;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.trailmark.model.EventKind;
import org.trailmark.model.FieldRole;
import org.trailmark.model.PointerButton;
import org.trailmark.model.SessionLog;

/**
 * Coalesces raw events into actions: clicks (double clicks within {@value #DOUBLE_CLICK_MS} ms
 * and {@value #SLOP_PX} px), drags (a press that moved more than {@value #SLOP_PX} px), scroll
 * bursts (wheel events less than {@value #SCROLL_BURST_MS} ms apart), typed text, hotkeys, single
 * special keys, and waits for gaps of {@value #WAIT_MS} ms or more. Pointer moves are not
 * actions: clicks and drags carry their positions, as pyautogui's do.
 */
public final class ActionCoalescer {
    public static final int DOUBLE_CLICK_MS = 400;
    public static final int SLOP_PX = 5;
    public static final int SCROLL_BURST_MS = 300;
    public static final int WAIT_MS = 1000;
    private static final int BUTTONS = PointerButton.values().length;

    private final SessionLog log;
    private final List<Action> actions = new ArrayList<>();
    private final ContextTracker context = new ContextTracker();
    private int x;
    private int y;

    private int[] heldCodes = new int[4];
    private int[] heldBits = new int[4];
    private int held;
    private int loneModifier = -1;
    private int loneModifierEvent;

    private final StringBuilder typed = new StringBuilder();
    private int typeFirst = -1;
    private int typeLast;
    private boolean typeSecret;

    private int scrollFirst = -1;
    private int scrollLast;
    private int scrollDx;
    private int scrollDy;

    private final int[] pressEvent = new int[BUTTONS];
    private final long[] pressFarthest = new long[BUTTONS];
    private final List<List<String>> pressKeys = new ArrayList<>();
    private int lastClick = -1;

    private ActionCoalescer(SessionLog log) {
        this.log = log;
        Arrays.fill(pressEvent, -1);
        for (int b = 0; b < BUTTONS; b++) {
            pressKeys.add(List.of());
        }
    }

    /** The session's actions in time order, with waits between them. */
    public static List<Action> coalesce(SessionLog log) {
        ActionCoalescer c = new ActionCoalescer(log);
        for (int i = 0; i < log.size(); i++) {
            c.apply(i);
        }
        c.flushTyping();
        c.flushScroll();
        return c.withWaits();
    }

    private void apply(int i) {
        EventKind kind = log.kind(i);
        switch (kind) {
            case POINTER_MOVE -> {
                x = log.x(i);
                y = log.y(i);
                for (int b = 0; b < BUTTONS; b++) {
                    if (pressEvent[b] >= 0) {
                        pressFarthest[b] = Math.max(pressFarthest[b], distanceSquared(pressEvent[b], x, y));
                    }
                }
            }
            case BUTTON_DOWN -> buttonDown(i);
            case BUTTON_UP -> buttonUp(i);
            case WHEEL -> wheel(i);
            case KEY_DOWN -> keyDown(i);
            case KEY_UP -> keyUp(i);
            case FOCUS, FIELD -> {
                flushTyping();
                context.apply(kind, log.a(i), log.b(i));
                if (kind == EventKind.FOCUS) {
                    held = 0;
                    loneModifier = -1;
                }
            }
            case PAUSE, RESUME -> {
                flushTyping();
                flushScroll();
                context.apply(kind, log.a(i), log.b(i));
                held = 0;
                loneModifier = -1;
                // A release during the pause was never recorded.
                Arrays.fill(pressEvent, -1);
            }
            default -> {
            }
        }
    }

    private void buttonDown(int i) {
        flushTyping();
        flushScroll();
        loneModifier = -1;
        x = log.x(i);
        y = log.y(i);
        int b = button(i);
        pressEvent[b] = i;
        pressFarthest[b] = 0;
        pressKeys.set(b, heldModifierNames());
    }

    private void buttonUp(int i) {
        x = log.x(i);
        y = log.y(i);
        int b = button(i);
        int down = pressEvent[b];
        if (down < 0) {
            return;
        }
        pressEvent[b] = -1;
        long farthest = Math.max(pressFarthest[b], distanceSquared(down, x, y));
        PointerButton button = PointerButton.ofIndex(b);
        int dx = log.x(down);
        int dy = log.y(down);
        if (farthest > (long) SLOP_PX * SLOP_PX) {
            add(new Action(ActionKind.DRAG, log.time(down), log.time(i), dx, dy, x, y, button, 0, 0, null, false,
                    pressKeys.get(b), down, i));
            lastClick = -1;
            return;
        }
        ActionKind kind = switch (button) {
            case RIGHT -> ActionKind.RIGHT_CLICK;
            case MIDDLE -> ActionKind.MIDDLE_CLICK;
            default -> ActionKind.CLICK;
        };
        if (button == PointerButton.LEFT && lastClick >= 0 && lastClick == actions.size() - 1) {
            Action first = actions.get(lastClick);
            long ddx = first.x() - dx;
            long ddy = first.y() - dy;
            if (log.time(down) - first.startMs() <= DOUBLE_CLICK_MS && ddx * ddx + ddy * ddy <= (long) SLOP_PX * SLOP_PX) {
                actions.set(lastClick, new Action(ActionKind.DOUBLE_CLICK, first.startMs(), log.time(i), first.x(),
                        first.y(), first.x(), first.y(), button, 0, 0, null, false, first.keys(), first.firstEvent(), i));
                // A third click starts a new pair rather than extending this one.
                lastClick = -1;
                return;
            }
        }
        add(new Action(kind, log.time(down), log.time(i), dx, dy, dx, dy, button, 0, 0, null, false, pressKeys.get(b),
                down, i));
        lastClick = kind == ActionKind.CLICK && button == PointerButton.LEFT ? actions.size() - 1 : -1;
    }

    private void wheel(int i) {
        flushTyping();
        loneModifier = -1;
        x = log.x(i);
        y = log.y(i);
        if (scrollFirst >= 0 && log.time(i) - log.time(scrollLast) > SCROLL_BURST_MS) {
            flushScroll();
        }
        if (scrollFirst < 0) {
            scrollFirst = i;
            scrollDx = 0;
            scrollDy = 0;
        }
        scrollLast = i;
        scrollDx += log.a(i);
        scrollDy += log.b(i);
    }

    private void keyDown(int i) {
        String code = log.string(log.a(i));
        int bit = KeyNames.modifierBit(code);
        if (bit != 0) {
            hold(log.a(i), bit);
            loneModifier = log.a(i);
            loneModifierEvent = i;
            return;
        }
        loneModifier = -1;
        if (KeyNames.isSilent(code)) {
            return;
        }
        KeyPress press = new KeyPress(code, KeyNames.printable(log.string(log.b(i))), modifiers());
        boolean secret = context.role() == FieldRole.PASSWORD;
        if (press.typesText()) {
            flushScroll();
            if (typeFirst >= 0 && (secret != typeSecret || log.time(i) - log.time(typeLast) >= WAIT_MS)) {
                flushTyping();
            }
            if (typeFirst < 0) {
                typeFirst = i;
                typeSecret = secret;
            }
            typeLast = i;
            typed.append(press.text());
            return;
        }
        flushTyping();
        flushScroll();
        String name = KeyNames.pyautogui(code);
        boolean chord = press.commandModifiers() != 0 || press.shift();
        List<String> keys;
        if (chord) {
            List<String> names = new ArrayList<>(heldModifierNames());
            names.add(name);
            keys = names;
        } else {
            keys = List.of(name);
        }
        add(new Action(chord ? ActionKind.HOTKEY : ActionKind.KEY, log.time(i), log.time(i), x, y, x, y, null, 0, 0,
                null, false, keys, i, i));
    }

    private void keyUp(int i) {
        int codeId = log.a(i);
        if (loneModifier == codeId) {
            // A modifier pressed and released alone, like the Windows key opening the start menu.
            flushTyping();
            flushScroll();
            add(new Action(ActionKind.KEY, log.time(loneModifierEvent), log.time(i), x, y, x, y, null, 0, 0, null,
                    false, List.of(KeyNames.pyautogui(log.string(codeId))), loneModifierEvent, i));
            loneModifier = -1;
        }
        for (int k = 0; k < held; k++) {
            if (heldCodes[k] == codeId) {
                held--;
                heldCodes[k] = heldCodes[held];
                heldBits[k] = heldBits[held];
                return;
            }
        }
    }

    private void flushTyping() {
        if (typeFirst < 0) {
            return;
        }
        add(new Action(ActionKind.TYPE, log.time(typeFirst), log.time(typeLast), x, y, x, y, null, 0, 0,
                typed.toString(), typeSecret, List.of(), typeFirst, typeLast));
        typed.setLength(0);
        typeFirst = -1;
    }

    private void flushScroll() {
        if (scrollFirst < 0) {
            return;
        }
        int sx = log.x(scrollFirst);
        int sy = log.y(scrollFirst);
        add(new Action(ActionKind.SCROLL, log.time(scrollFirst), log.time(scrollLast), sx, sy, sx, sy, null, scrollDx,
                scrollDy, null, false, List.of(), scrollFirst, scrollLast));
        scrollFirst = -1;
    }

    private void add(Action action) {
        actions.add(action);
        lastClick = -1;
    }

    private List<Action> withWaits() {
        List<Action> sorted = new ArrayList<>(actions);
        sorted.sort(Comparator.comparingInt(Action::startMs).thenComparingInt(Action::firstEvent));
        List<Action> result = new ArrayList<>(sorted.size() * 2);
        int reachedMs = Integer.MIN_VALUE;
        int reachedEvent = -1;
        for (Action a : sorted) {
            if (reachedMs != Integer.MIN_VALUE && a.startMs() - reachedMs >= WAIT_MS) {
                result.add(new Action(ActionKind.WAIT, reachedMs, a.startMs(), a.x(), a.y(), a.x(), a.y(), null, 0, 0,
                        null, false, List.of(), reachedEvent + 1, a.firstEvent() - 1));
            }
            result.add(a);
            if (a.endMs() >= reachedMs) {
                reachedMs = a.endMs();
                reachedEvent = Math.max(reachedEvent, a.lastEvent());
            }
        }
        return List.copyOf(result);
    }

    private int button(int i) {
        int b = log.a(i);
        return b >= 0 && b < BUTTONS ? b : PointerButton.OTHER.ordinal();
    }

    private long distanceSquared(int event, int px, int py) {
        long dx = (long) px - log.x(event);
        long dy = (long) py - log.y(event);
        return dx * dx + dy * dy;
    }

    private void hold(int codeId, int bit) {
        for (int k = 0; k < held; k++) {
            if (heldCodes[k] == codeId) {
                return;
            }
        }
        if (held == heldCodes.length) {
            heldCodes = Arrays.copyOf(heldCodes, held * 2);
            heldBits = Arrays.copyOf(heldBits, held * 2);
        }
        heldCodes[held] = codeId;
        heldBits[held] = bit;
        held++;
    }

    private int modifiers() {
        int m = 0;
        for (int k = 0; k < held; k++) {
            m |= heldBits[k];
        }
        return m;
    }

    /** Held modifiers as pyautogui names in the usual order: ctrl, shift, alt, meta. */
    private List<String> heldModifierNames() {
        int m = modifiers();
        List<String> names = new ArrayList<>(4);
        if ((m & KeyNames.CTRL) != 0) {
            names.add("ctrl");
        }
        if ((m & KeyNames.SHIFT) != 0) {
            names.add("shift");
        }
        if ((m & KeyNames.ALT) != 0) {
            names.add("alt");
        }
        if ((m & KeyNames.META) != 0) {
            names.add("meta");
        }
        return names;
    }
}
