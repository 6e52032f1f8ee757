package org.trailmark.replay;

import java.util.Arrays;

/**
 * The editable text of one window/field while keys are replayed into it.
 *
 * <p>Every character or chip ever created is an <em>atom</em>; deleting marks it with the event
 * that deleted it instead of removing it. The atoms stay in one document order in which the
 * live ones, at any moment, read as the field did then: text is never reordered, so an insert
 * between two live atoms can always go between them in that order. That is what lets
 * {@link TextGroup} show the text at any event without replaying, and hands the privacy
 * detectors what was typed and later deleted, where it stood.
 *
 * <p>Positions are indexes into the document order; the caret sits between two positions.
 */
final class GroupBuilder {
    static final byte SECRET = 1;
    static final byte CHIP = 2;
    /** A chip whose effect on the text is unknown (paste, undo, shell history). */
    static final byte OPAQUE = 4;
    /** A character typed with a recorder's mask key ({@link org.trailmark.model.MaskedKey}): nothing behind it. */
    static final byte MASKED = 8;
    /** Deleted at some moment; which event deleted it is kept too unless the reconstruction is text-only. */
    static final byte DELETED = 16;
    static final int NO_SELECTION = -1;
    static final int NEVER = -1;
    /** 2^k - 16 atoms: see {@link #growAtoms()}. */
    private static final int FIRST_CAPACITY = 48;

    private final int id;
    private final ContextTracker.GroupKey key;
    private final int firstEvent;
    /** False when only the text is wanted (the sensitive-data scan): the caret's history is not kept. */
    private final boolean recordsEdits;

    private int atoms;
    private char[] chars = new char[FIRST_CAPACITY];
    private int[] typedEvent = new int[FIRST_CAPACITY];
    /** Null when edits are not recorded: the scan asks only whether a character was deleted. */
    private int[] deletedEvent;
    private int[] deletedMs;
    private int[] typedMs = new int[FIRST_CAPACITY];
    private byte[] flags = new byte[FIRST_CAPACITY];
    /** Null when edits are not recorded: only {@link TextGroup#textAt} shows chips' labels. */
    private String[] chipLabels;
    /**
     * The atom at each position of the document order; null while every atom was added at the end
     * (plain typing, by far the usual case), when position and atom are the same number.
     */
    private int[] order;

    private int caret;
    private int anchor = NO_SELECTION;

    private int edits;
    private int[] editEvent = new int[16];
    private int[] caretAfter = new int[16];
    private int[] anchorAfter = new int[16];

    GroupBuilder(int id, ContextTracker.GroupKey key, int firstEvent) {
        this(id, key, firstEvent, true);
    }

    GroupBuilder(int id, ContextTracker.GroupKey key, int firstEvent, boolean recordsEdits) {
        this.id = id;
        this.key = key;
        this.firstEvent = firstEvent;
        this.recordsEdits = recordsEdits;
        this.chipLabels = recordsEdits ? new String[FIRST_CAPACITY] : null;
        this.deletedEvent = recordsEdits ? new int[FIRST_CAPACITY] : null;
        this.deletedMs = recordsEdits ? new int[FIRST_CAPACITY] : null;
    }

    ContextTracker.GroupKey key() {
        return key;
    }

    // ---- editing operations; each takes the key_down event index and its time ----

    void type(String text, boolean secret, int event, int ms) {
        type(text, secret, false, event, ms);
    }

    void type(String text, boolean secret, boolean masked, int event, int ms) {
        deleteSelection(event, ms);
        byte flag = (byte) ((secret ? SECRET : 0) | (masked ? MASKED : 0));
        for (int i = 0; i < text.length(); i++) {
            insert(text.charAt(i), null, flag, event, ms);
        }
        record(event);
    }

    /** A chip that leaves the text as it was (Ctrl+S, Tab between form fields, Esc): keeps a selection. */
    void markerChip(String label, int event) {
        insert('\0', label, CHIP, event, NEVER);
        record(event);
    }

    /** A chip after which the text is unknown (paste, undo): replaces a selection. */
    void opaqueChip(String label, boolean replacesSelection, int event, int ms) {
        if (replacesSelection) {
            deleteSelection(event, ms);
        }
        anchor = NO_SELECTION;
        insert('\0', label, (byte) (CHIP | OPAQUE), event, ms);
        record(event);
    }

    void selectAll(int event) {
        anchor = 0;
        caret = atoms;
        record(event);
    }

    /** Cut: the selection goes, and a chip records that it went to the clipboard. */
    void cut(String label, int event, int ms) {
        if (deleteSelection(event, ms)) {
            insert('\0', label, CHIP, event, NEVER);
            record(event);
        } else {
            opaqueChip(label, false, event, ms);
        }
    }

    void backspace(String label, int event, int ms) {
        if (deleteSelection(event, ms)) {
            record(event);
            return;
        }
        int p = deletableBefore(caret);
        if (p >= 0) {
            delete(atomAt(p), event, ms);
            record(event);
        } else {
            // What it deleted is unknown (text from before the capture, or pasted): keep the key visible.
            markerChip(label, event);
        }
    }

    void deleteForward(String label, int event, int ms) {
        if (deleteSelection(event, ms)) {
            record(event);
            return;
        }
        int p = deletableFrom(caret);
        if (p >= 0) {
            delete(atomAt(p), event, ms);
            record(event);
        } else {
            markerChip(label, event);
        }
    }

    /** Deletes back to the start of the word (Ctrl/Alt+Backspace) or of the line. */
    void deleteBackTo(boolean wordOnly, String label, int event, int ms) {
        if (deleteSelection(event, ms)) {
            record(event);
            return;
        }
        int target = wordOnly ? wordStartBefore(caret) : lineStart(caret);
        if (!deleteLiveChars(target, caret, event, ms)) {
            markerChip(label, event);
            return;
        }
        record(event);
    }

    /** Deletes forward to the end of the word (Ctrl+Delete) or of the line (Ctrl+K in a shell). */
    void deleteForwardTo(boolean wordOnly, String label, int event, int ms) {
        if (deleteSelection(event, ms)) {
            record(event);
            return;
        }
        int target = wordOnly ? wordEndFrom(caret) : lineEnd(caret);
        if (!deleteLiveChars(caret, target, event, ms)) {
            markerChip(label, event);
            return;
        }
        record(event);
    }

    void moveLeft(boolean select, int event) {
        if (!select && collapse(true, event)) {
            return;
        }
        int p = liveCharBefore(caret);
        moveCaret(p >= 0 ? p : caret, select, event);
    }

    void moveRight(boolean select, int event) {
        if (!select && collapse(false, event)) {
            return;
        }
        int p = liveCharFrom(caret);
        moveCaret(p >= 0 ? p + 1 : caret, select, event);
    }

    void moveWordLeft(boolean select, int event) {
        moveCaret(wordStartBefore(caret), select, event);
    }

    void moveWordRight(boolean select, int event) {
        moveCaret(wordEndFrom(caret), select, event);
    }

    void moveLineStart(boolean select, int event) {
        moveCaret(lineStart(caret), select, event);
    }

    void moveLineEnd(boolean select, int event) {
        moveCaret(lineEnd(caret), select, event);
    }

    void moveDocumentStart(boolean select, int event) {
        moveCaret(0, select, event);
    }

    void moveDocumentEnd(boolean select, int event) {
        moveCaret(atoms, select, event);
    }

    /** Up or Down a line, keeping the column as far as the target line allows. */
    void moveLine(boolean up, boolean select, int event) {
        int start = lineStart(caret);
        int column = countLiveChars(start, caret);
        int targetStart;
        if (up) {
            if (start == 0) {
                moveCaret(0, select, event);
                return;
            }
            int newline = liveCharBefore(start);
            targetStart = lineStart(newline);
        } else {
            int end = lineEnd(caret);
            if (end >= atoms) {
                moveCaret(atoms, select, event);
                return;
            }
            targetStart = end + 1;
        }
        int p = targetStart;
        int passed = 0;
        while (passed < column) {
            int next = liveCharFrom(p);
            if (next < 0 || chars[atomAt(next)] == '\n') {
                break;
            }
            p = next + 1;
            passed++;
        }
        moveCaret(p, select, event);
    }

    // ---- building the immutable group ----

    TextGroup build(String app, String title, org.trailmark.model.FieldRole role, String label) {
        if (!recordsEdits) {
            // Read once by the scan and dropped: trimming would only copy the arrays again.
            return new TextGroup(id, app, title, role, label, firstEvent, atoms, chars, typedEvent, deletedEvent,
                    deletedMs, typedMs, flags, null, order, 0, new int[0], new int[0], new int[0]);
        }
        return new TextGroup(id, app, title, role, label, firstEvent, atoms,
                Arrays.copyOf(chars, atoms), Arrays.copyOf(typedEvent, atoms), Arrays.copyOf(deletedEvent, atoms),
                Arrays.copyOf(deletedMs, atoms), Arrays.copyOf(typedMs, atoms), Arrays.copyOf(flags, atoms),
                Arrays.copyOf(chipLabels, atoms), order == null ? null : Arrays.copyOf(order, atoms), edits, Arrays.copyOf(editEvent, edits),
                Arrays.copyOf(caretAfter, edits), Arrays.copyOf(anchorAfter, edits));
    }

    // ---- internals ----

    private void insert(char c, String chip, byte flag, int event, int ms) {
        if (atoms == chars.length) {
            growAtoms();
        }
        int atom = atoms++;
        chars[atom] = c;
        typedEvent[atom] = event;
        if (deletedEvent != null) {
            deletedEvent[atom] = NEVER;
            deletedMs[atom] = NEVER;
        }
        typedMs[atom] = ms;
        flags[atom] = flag;
        if (chipLabels != null) {
            chipLabels[atom] = chip;
        }
        int at = caret;
        if (order == null && at != atom) {
            order = new int[chars.length];
            for (int p = 0; p < atom; p++) {
                order[p] = p;
            }
        }
        if (order != null) {
            System.arraycopy(order, at, order, at + 1, atoms - 1 - at);
            order[at] = atom;
        }
        caret = at + 1;
        if (anchor != NO_SELECTION && anchor >= at) {
            anchor++;
        }
    }

    private void delete(int atom, int event, int ms) {
        flags[atom] |= DELETED;
        if (deletedEvent != null) {
            deletedEvent[atom] = event;
            deletedMs[atom] = ms;
        }
    }

    /** Deletes the live characters of the selection; the caret ends after them. */
    private boolean deleteSelection(int event, int ms) {
        if (anchor == NO_SELECTION) {
            return false;
        }
        int from = Math.min(anchor, caret);
        int to = Math.max(anchor, caret);
        anchor = NO_SELECTION;
        boolean deleted = deleteLiveChars(from, to, event, ms);
        caret = to;
        return deleted;
    }

    private boolean deleteLiveChars(int from, int to, int event, int ms) {
        boolean any = false;
        for (int p = from; p < to; p++) {
            if (isLiveChar(p)) {
                delete(atomAt(p), event, ms);
                any = true;
            }
        }
        return any;
    }

    /** Without Shift, an arrow first collapses a selection to its left or right edge. */
    private boolean collapse(boolean toLeft, int event) {
        if (anchor == NO_SELECTION) {
            return false;
        }
        if (anchor == caret) {
            anchor = NO_SELECTION;
            return false;
        }
        caret = toLeft ? Math.min(anchor, caret) : Math.max(anchor, caret);
        anchor = NO_SELECTION;
        record(event);
        return true;
    }

    private void moveCaret(int to, boolean select, int event) {
        if (select) {
            if (anchor == NO_SELECTION) {
                anchor = caret;
            }
        } else {
            anchor = NO_SELECTION;
        }
        caret = to;
        record(event);
    }

    private boolean isLiveChar(int p) {
        int atom = atomAt(p);
        return (flags[atom] & (CHIP | DELETED)) == 0;
    }

    private int liveCharBefore(int pos) {
        for (int p = pos - 1; p >= 0; p--) {
            if (isLiveChar(p)) {
                return p;
            }
        }
        return -1;
    }

    private int liveCharFrom(int pos) {
        for (int p = pos; p < atoms; p++) {
            if (isLiveChar(p)) {
                return p;
            }
        }
        return -1;
    }

    /** The live character Backspace removes, or -1 when an unknown-content chip or the start comes first. */
    private int deletableBefore(int pos) {
        for (int p = pos - 1; p >= 0; p--) {
            int atom = atomAt(p);
            if ((flags[atom] & OPAQUE) != 0) {
                return -1;
            }
            if (isLiveChar(p)) {
                return p;
            }
        }
        return -1;
    }

    private int deletableFrom(int pos) {
        for (int p = pos; p < atoms; p++) {
            int atom = atomAt(p);
            if ((flags[atom] & OPAQUE) != 0) {
                return -1;
            }
            if (isLiveChar(p)) {
                return p;
            }
        }
        return -1;
    }

    private boolean isSpace(int p) {
        return Character.isWhitespace(chars[atomAt(p)]);
    }

    /** Position before the word left of pos: skips spaces, then word characters. */
    private int wordStartBefore(int pos) {
        int p = pos;
        int q = liveCharBefore(p);
        while (q >= 0 && isSpace(q)) {
            p = q;
            q = liveCharBefore(p);
        }
        while (q >= 0 && !isSpace(q)) {
            p = q;
            q = liveCharBefore(p);
        }
        return p;
    }

    private int wordEndFrom(int pos) {
        int p = pos;
        int q = liveCharFrom(p);
        while (q >= 0 && isSpace(q)) {
            p = q + 1;
            q = liveCharFrom(p);
        }
        while (q >= 0 && !isSpace(q)) {
            p = q + 1;
            q = liveCharFrom(p);
        }
        return p;
    }

    /** Position just after the live newline before pos, or 0. */
    private int lineStart(int pos) {
        for (int p = pos - 1; p >= 0; p--) {
            if (isLiveChar(p) && chars[atomAt(p)] == '\n') {
                return p + 1;
            }
        }
        return 0;
    }

    /** Position of the live newline at or after pos, or the end. */
    private int lineEnd(int pos) {
        for (int p = pos; p < atoms; p++) {
            if (isLiveChar(p) && chars[atomAt(p)] == '\n') {
                return p;
            }
        }
        return atoms;
    }

    private int countLiveChars(int from, int to) {
        int n = 0;
        for (int p = from; p < to; p++) {
            if (isLiveChar(p)) {
                n++;
            }
        }
        return n;
    }

    /** Remembers caret and selection after an edit, as the atoms they follow (stable ids). */
    private void record(int event) {
        if (!recordsEdits) {
            return;
        }
        if (edits == editEvent.length) {
            int n = edits * 2;
            editEvent = Arrays.copyOf(editEvent, n);
            caretAfter = Arrays.copyOf(caretAfter, n);
            anchorAfter = Arrays.copyOf(anchorAfter, n);
        }
        int at = edits;
        if (at > 0 && editEvent[at - 1] == event) {
            at--;
        } else {
            edits++;
        }
        editEvent[at] = event;
        caretAfter[at] = caret == 0 ? TextGroup.AT_START : atomAt(caret - 1);
        anchorAfter[at] = anchor == NO_SELECTION ? TextGroup.NO_ANCHOR
                : anchor == 0 ? TextGroup.AT_START : atomAt(anchor - 1);
    }

    private int atomAt(int position) {
        return order == null ? position : order[position];
    }

    /**
     * Doubles the capacity, kept at 2^k - 16 atoms: a long field's arrays are large objects that the
     * collector places in whole heap regions (a power of two bytes), so an array of 2^k ints and its
     * header would take a second region for its last 16 bytes.
     */
    private void growAtoms() {
        int n = (int) Math.min(Integer.MAX_VALUE - 16L, (chars.length + 16L) * 2 - 16);
        chars = Arrays.copyOf(chars, n);
        typedEvent = Arrays.copyOf(typedEvent, n);
        if (deletedEvent != null) {
            deletedEvent = Arrays.copyOf(deletedEvent, n);
            deletedMs = Arrays.copyOf(deletedMs, n);
        }
        typedMs = Arrays.copyOf(typedMs, n);
        flags = Arrays.copyOf(flags, n);
        if (chipLabels != null) {
            chipLabels = Arrays.copyOf(chipLabels, n);
        }
        if (order != null) {
            order = Arrays.copyOf(order, n);
        }
    }
}
