package org.trailmark.replay;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.trailmark.model.EventKind;
import org.trailmark.model.EventSink;
import org.trailmark.model.FieldRole;
import org.trailmark.model.MaskedKey;
import org.trailmark.model.SessionLog;

/**
 * Replays key events into text, one group per focused window and input field. Printable text
 * goes in at the caret; Backspace, Delete, Enter, arrows, Home/End, word and line deletes and
 * Ctrl/Meta+A behave as in an ordinary text field; Tab types only in multi-line fields and
 * terminals; other shortcuts become chips. Paste, undo and shell history make chips whose
 * effect is unknown, so a later Backspace is shown rather than guessed. Characters typed while
 * a password field has focus are marked secret.
 */
public final class TextReconstruction implements EventSink {
    private final IntFunction<String> strings;
    /** The string id of {@link MaskedKey#CODE}, or -1 when the session never used it. */
    private final int maskedCode;
    /** False for the sensitive-data scan, which needs the text only: no caret history, no key HUD. */
    private final boolean keepsHistory;
    private final ContextTracker context = new ContextTracker();
    private final Map<ContextTracker.GroupKey, GroupBuilder> groupsByKey = new HashMap<>();
    private final List<GroupBuilder> groups = new ArrayList<>();
    private int[] heldCodes = new int[4];
    private int[] heldBits = new int[4];
    private int held;

    private int strokes;
    private int[] strokeEvent = new int[64];
    private int[] strokeMs = new int[64];
    private String[] strokeLabel = new String[64];
    private boolean[] strokeSecret = new boolean[64];
    private final Map<String, String> labels = new HashMap<>();

    private TextReconstruction(IntFunction<String> strings, int stringCount, boolean keepsHistory) {
        this.strings = strings;
        this.keepsHistory = keepsHistory;
        int masked = -1;
        for (int id = 0; id < stringCount && masked < 0; id++) {
            if (MaskedKey.CODE.equals(strings.apply(id))) {
                masked = id;
            }
        }
        this.maskedCode = masked;
    }

    /** Reconstructs the text of the whole session. */
    public static TextHistory of(SessionLog log) {
        return upTo(log, log.size());
    }

    /** Reconstructs the text from the events before {@code endExclusive} only. */
    public static TextHistory upTo(SessionLog log, int endExclusive) {
        TextReconstruction r = new TextReconstruction(log::string, log.stringCount(), true);
        int end = Math.min(endExclusive, log.size());
        byte move = EventKind.POINTER_MOVE.code();
        for (int i = 0; i < end; i++) {
            // Nearly every event is a pointer move, which text never looks at: skip them cheaply.
            byte kind = log.kindCode(i);
            if (kind != move) {
                r.apply(i, kind, log.a(i), log.b(i), log.time(i));
            }
        }
        return r.finish();
    }

    /**
     * A reconstruction fed one event at a time ({@link #event}), in session order, that keeps the
     * typed text only (what the sensitive-data scan reads): the groups' characters and whether each
     * was deleted, but not when, nor the caret's history, chips' labels or the key HUD's strokes
     * ({@link TextGroup#textAt} and {@link Transcript#deletedEvent} are not for such groups). Events
     * are named by whatever index the caller uses (their position in the whole session, say);
     * pointer moves may be left out.
     *
     * @param strings     the session's string table: id to string, null for {@link SessionLog#NO_STRING}
     * @param stringCount the number of strings in it
     */
    public static TextReconstruction textOnly(IntFunction<String> strings, int stringCount) {
        return new TextReconstruction(strings, stringCount, false);
    }

    /** Replays one event; {@code event} must grow from call to call. */
    @Override
    public void event(int event, byte kind, int ms, int a, int b) {
        if (kind != EventKind.POINTER_MOVE.code()) {
            apply(event, kind, a, b, ms);
        }
    }

    /** The text of every event replayed so far. */
    public TextHistory finish() {
        List<TextGroup> built = new ArrayList<>(groups.size());
        for (GroupBuilder g : groups) {
            ContextTracker.GroupKey key = g.key();
            built.add(g.build(strings.apply(key.app()), strings.apply(key.title()), FieldRole.ofIndex(key.role()),
                    strings.apply(key.label())));
        }
        return new TextHistory(built, strokes, Arrays.copyOf(strokeEvent, strokes), Arrays.copyOf(strokeMs, strokes),
                Arrays.copyOf(strokeLabel, strokes), Arrays.copyOf(strokeSecret, strokes));
    }

    private void apply(int i, byte kindCode, int a, int b, int ms) {
        EventKind kind = EventKind.ofCode(kindCode);
        switch (kind) {
            case KEY_DOWN -> keyDown(i, a, b, ms);
            case KEY_UP -> release(a);
            case FOCUS, PAUSE, RESUME -> {
                // Key releases get lost across a window switch or a capture pause; a modifier stuck
                // down would turn all later typing into shortcuts.
                context.apply(kind, a, b);
                held = 0;
            }
            case FIELD -> context.apply(kind, a, b);
            default -> {
            }
        }
    }

    private void keyDown(int i, int codeId, int textId, int ms) {
        String code = strings.apply(codeId);
        int bit = KeyNames.modifierBit(code);
        if (bit != 0) {
            hold(codeId, bit);
            return;
        }
        if (KeyNames.isSilent(code)) {
            return;
        }
        KeyPress press = new KeyPress(code, KeyNames.printable(strings.apply(textId)), modifiers());
        boolean secret = context.role().isSecret();
        if (press.typesText()) {
            addStroke(i, ms, secret ? "\u2022" : " ".equals(press.text()) ? "Space" : press.text(), secret);
            group(i).type(press.text(), secret, maskedCode >= 0 && codeId == maskedCode, i, ms);
        } else {
            addStroke(i, ms, label(press), false);
            edit(press, secret, i, ms);
        }
    }

    private void edit(KeyPress press, boolean secret, int i, int ms) {
        String code = press.code() == null ? "" : press.code();
        int command = press.commandModifiers();
        boolean shift = press.shift();
        String label = label(press);
        FieldRole role = context.role();
        if (command == 0) {
            plainKey(code, shift, label, role, secret, i, ms);
        } else if (role == FieldRole.TERMINAL && command == KeyNames.CTRL) {
            readlineKey(code, shift, label, i, ms);
        } else if (press.ctrlOrMeta() && (command & KeyNames.ALT) == 0) {
            commandKey(code, (command & KeyNames.META) != 0, shift, label, role, i, ms);
        } else if (command == KeyNames.ALT) {
            altKey(code, shift, label, role, i, ms);
        } else {
            group(i).markerChip(label, i);
        }
    }

    private void plainKey(String code, boolean shift, String label, FieldRole role, boolean secret, int i, int ms) {
        GroupBuilder existing = existingGroup();
        switch (code) {
            case "Enter", "NumpadEnter" -> group(i).type("\n", secret, i, ms);
            case "Space" -> group(i).type(" ", secret, i, ms);
            case "Tab" -> {
                if (!shift && (role == FieldRole.MULTILINE || role == FieldRole.TERMINAL)) {
                    group(i).type("\t", secret, i, ms);
                } else {
                    group(i).markerChip(label, i);
                }
            }
            case "Backspace" -> group(i).backspace(label, i, ms);
            case "Delete" -> group(i).deleteForward(label, i, ms);
            case "Insert" -> {
                if (shift) {
                    group(i).opaqueChip(label, true, i, ms);
                } else {
                    group(i).markerChip(label, i);
                }
            }
            case "ArrowLeft" -> {
                if (existing != null) {
                    existing.moveLeft(shift, i);
                }
            }
            case "ArrowRight" -> {
                if (existing != null) {
                    existing.moveRight(shift, i);
                }
            }
            case "Home" -> {
                if (existing != null && isLineBased(role)) {
                    existing.moveLineStart(shift, i);
                } else if (existing != null) {
                    existing.moveDocumentStart(shift, i);
                }
            }
            case "End" -> {
                if (existing != null && isLineBased(role)) {
                    existing.moveLineEnd(shift, i);
                } else if (existing != null) {
                    existing.moveDocumentEnd(shift, i);
                }
            }
            case "ArrowUp", "ArrowDown" -> {
                if (role == FieldRole.TERMINAL) {
                    // Shell history replaces the line with text the capture never saw.
                    group(i).opaqueChip(label, false, i, ms);
                } else if (isLineBased(role)) {
                    if (existing != null) {
                        existing.moveLine(code.equals("ArrowUp"), shift, i);
                    }
                } else {
                    group(i).markerChip(label, i);
                }
            }
            default -> group(i).markerChip(label, i);
        }
    }

    /** Ctrl+key in a terminal follows readline/emacs bindings, not desktop editing. */
    private void readlineKey(String code, boolean shift, String label, int i, int ms) {
        GroupBuilder existing = existingGroup();
        switch (code) {
            case "KeyA" -> {
                if (existing != null) {
                    existing.moveLineStart(false, i);
                }
            }
            case "KeyE" -> {
                if (existing != null) {
                    existing.moveLineEnd(false, i);
                }
            }
            case "KeyU" -> group(i).deleteBackTo(false, label, i, ms);
            case "KeyW", "Backspace" -> group(i).deleteBackTo(true, label, i, ms);
            case "KeyK" -> group(i).deleteForwardTo(false, label, i, ms);
            case "KeyV" -> {
                if (shift) {
                    group(i).opaqueChip(label, true, i, ms);
                } else {
                    group(i).markerChip(label, i);
                }
            }
            case "ArrowLeft" -> {
                if (existing != null) {
                    existing.moveWordLeft(false, i);
                }
            }
            case "ArrowRight" -> {
                if (existing != null) {
                    existing.moveWordRight(false, i);
                }
            }
            default -> group(i).markerChip(label, i);
        }
    }

    private void commandKey(String code, boolean meta, boolean shift, String label, FieldRole role, int i, int ms) {
        GroupBuilder existing = existingGroup();
        switch (code) {
            case "KeyA" -> {
                if (shift) {
                    group(i).markerChip(label, i);
                } else if (existing != null) {
                    existing.selectAll(i);
                }
            }
            case "KeyV" -> group(i).opaqueChip(label, true, i, ms);
            case "KeyX" -> group(i).cut(label, i, ms);
            case "KeyZ", "KeyY" -> group(i).opaqueChip(label, false, i, ms);
            case "Backspace" -> group(i).deleteBackTo(!meta, label, i, ms);
            case "Delete" -> {
                if (meta) {
                    group(i).markerChip(label, i);
                } else {
                    group(i).deleteForwardTo(true, label, i, ms);
                }
            }
            case "ArrowLeft", "ArrowRight" -> {
                boolean left = code.equals("ArrowLeft");
                if (!meta) {
                    if (existing != null) {
                        if (left) {
                            existing.moveWordLeft(shift, i);
                        } else {
                            existing.moveWordRight(shift, i);
                        }
                    }
                } else if (role != FieldRole.NONE) {
                    // Cmd+Left/Right on macOS: line start/end.
                    if (existing != null) {
                        if (left) {
                            existing.moveLineStart(shift, i);
                        } else {
                            existing.moveLineEnd(shift, i);
                        }
                    }
                } else {
                    group(i).markerChip(label, i);
                }
            }
            case "Home" -> {
                if (existing != null) {
                    existing.moveDocumentStart(shift, i);
                }
            }
            case "End" -> {
                if (existing != null) {
                    existing.moveDocumentEnd(shift, i);
                }
            }
            default -> group(i).markerChip(label, i);
        }
    }

    /** Alt alone: word moves and deletes as on macOS, but in no known field Alt+arrows navigate (browser back). */
    private void altKey(String code, boolean shift, String label, FieldRole role, int i, int ms) {
        GroupBuilder existing = existingGroup();
        switch (code) {
            case "Backspace" -> group(i).deleteBackTo(true, label, i, ms);
            case "Delete" -> group(i).deleteForwardTo(true, label, i, ms);
            case "ArrowLeft", "ArrowRight" -> {
                if (role == FieldRole.NONE) {
                    group(i).markerChip(label, i);
                } else if (existing != null) {
                    if (code.equals("ArrowLeft")) {
                        existing.moveWordLeft(shift, i);
                    } else {
                        existing.moveWordRight(shift, i);
                    }
                }
            }
            default -> group(i).markerChip(label, i);
        }
    }

    /** Fields where Home/End and Up/Down work on lines; an unknown field may be any editor. */
    private static boolean isLineBased(FieldRole role) {
        return role == FieldRole.MULTILINE || role == FieldRole.TERMINAL || role == FieldRole.NONE
                || role == FieldRole.OTHER;
    }

    private GroupBuilder existingGroup() {
        return groupsByKey.get(context.groupKey());
    }

    private GroupBuilder group(int event) {
        ContextTracker.GroupKey key = context.groupKey();
        GroupBuilder g = groupsByKey.get(key);
        if (g == null) {
            g = new GroupBuilder(groups.size(), key, event, keepsHistory);
            groupsByKey.put(key, g);
            groups.add(g);
        }
        return g;
    }

    private String label(KeyPress press) {
        String code = press.code();
        String label = (code == null || code.equals("Unidentified")) && press.text() != null
                ? KeyNames.chordPrefix(press.modifiers()) + press.text().toUpperCase(java.util.Locale.ROOT)
                : press.chordLabel();
        // Thousands of keys share a few dozen labels; keep one copy of each.
        return labels.computeIfAbsent(label, l -> l);
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

    private void release(int codeId) {
        for (int k = 0; k < held; k++) {
            if (heldCodes[k] == codeId) {
                held--;
                heldCodes[k] = heldCodes[held];
                heldBits[k] = heldBits[held];
                return;
            }
        }
    }

    private int modifiers() {
        int m = 0;
        for (int k = 0; k < held; k++) {
            m |= heldBits[k];
        }
        return m;
    }

    private void addStroke(int event, int ms, String label, boolean secret) {
        if (!keepsHistory) {
            return;
        }
        if (strokes == strokeEvent.length) {
            int n = strokes * 2;
            strokeEvent = Arrays.copyOf(strokeEvent, n);
            strokeMs = Arrays.copyOf(strokeMs, n);
            strokeLabel = Arrays.copyOf(strokeLabel, n);
            strokeSecret = Arrays.copyOf(strokeSecret, n);
        }
        strokeEvent[strokes] = event;
        strokeMs[strokes] = ms;
        strokeLabel[strokes] = labels.computeIfAbsent(label, l -> l);
        strokeSecret[strokes] = secret;
        strokes++;
    }
}
