package org.trailmark.replay;

import java.util.ArrayList;
import java.util.List;
import org.trailmark.model.FieldRole;

/**
 * Everything typed into one window/field over a whole session: every character and chip ever
 * created (deleted ones included, in document order), which key event typed it, which deleted
 * it, and where the caret stood after each edit. Immutable; see {@link GroupBuilder} for why the
 * document order holds for every moment.
 */
public final class TextGroup {
    static final int AT_START = -1;
    static final int NO_ANCHOR = -2;

    private final int id;
    private final String app;
    private final String title;
    private final FieldRole role;
    private final String fieldLabel;
    private final int firstEvent;
    private final int atoms;
    private final char[] chars;
    private final int[] typedEvent;
    private final int[] deletedEvent;
    private final int[] deletedMs;
    private final int[] typedMs;
    private final byte[] flags;
    private final String[] chipLabels;
    /** The atom at each position of the document order, or null when every atom was added at the end. */
    private final int[] order;
    private final int edits;
    private final int[] editEvent;
    private final int[] caretAfter;
    private final int[] anchorAfter;

    TextGroup(int id, String app, String title, FieldRole role, String fieldLabel, int firstEvent, int atoms,
              char[] chars, int[] typedEvent, int[] deletedEvent, int[] deletedMs, int[] typedMs, byte[] flags, String[] chipLabels,
              int[] order, int edits, int[] editEvent, int[] caretAfter, int[] anchorAfter) {
        this.id = id;
        this.app = app;
        this.title = title;
        this.role = role;
        this.fieldLabel = fieldLabel;
        this.firstEvent = firstEvent;
        this.atoms = atoms;
        this.chars = chars;
        this.typedEvent = typedEvent;
        this.deletedEvent = deletedEvent;
        this.deletedMs = deletedMs;
        this.typedMs = typedMs;
        this.flags = flags;
        this.chipLabels = chipLabels;
        this.order = order;
        this.edits = edits;
        this.editEvent = editEvent;
        this.caretAfter = caretAfter;
        this.anchorAfter = anchorAfter;
    }

    /** Groups are numbered 0, 1, 2… in the order their first key arrived. */
    public int id() {
        return id;
    }

    /** The focused application, or null when the capture never named one. */
    public String app() {
        return app;
    }

    public String title() {
        return title;
    }

    public FieldRole role() {
        return role;
    }

    public String fieldLabel() {
        return fieldLabel;
    }

    /** The event index of the key that started this group. */
    public int firstEvent() {
        return firstEvent;
    }

    /** True when the group had received a key by event {@code eventIndex}. */
    public boolean existsAt(int eventIndex) {
        return firstEvent <= eventIndex;
    }

    /** The last edit (key event) at or before {@code eventIndex}, or -1. */
    public int lastEditAt(int eventIndex) {
        int r = lastEditRecord(eventIndex);
        return r < 0 ? -1 : editEvent[r];
    }

    /**
     * The group's text as it stood right after event {@code eventIndex}, or null when the group
     * did not exist yet. Costs one pass over the group's atoms.
     */
    public GroupText textAt(int eventIndex) {
        if (!existsAt(eventIndex)) {
            return null;
        }
        int created = upperBound(typedEvent, atoms, eventIndex);
        int record = lastEditRecord(eventIndex);
        int caretAtom = record < 0 ? AT_START : caretAfter[record];
        int anchorAtom = record < 0 ? NO_ANCHOR : anchorAfter[record];
        List<TextRun> runs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        TextRun.Kind textKind = null;
        int textFirstEvent = -1;
        int display = 0;
        int caret = caretAtom == AT_START ? 0 : -1;
        int anchor = anchorAtom == AT_START ? 0 : anchorAtom == NO_ANCHOR ? -2 : -1;
        for (int p = 0; p < atoms; p++) {
            int atom = atomAt(p);
            if (atom < created && liveAfter(atom, eventIndex)) {
                if ((flags[atom] & GroupBuilder.CHIP) != 0) {
                    if (textKind != null) {
                        runs.add(new TextRun(textKind, text.toString(), 1, textFirstEvent));
                        text.setLength(0);
                        textKind = null;
                    }
                    TextRun last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
                    if (last != null && last.kind() == TextRun.Kind.CHIP && last.text().equals(chipLabel(atom))) {
                        runs.set(runs.size() - 1, new TextRun(TextRun.Kind.CHIP, last.text(), last.count() + 1,
                                last.firstEvent()));
                    } else {
                        runs.add(new TextRun(TextRun.Kind.CHIP, chipLabel(atom), 1, typedEvent[atom]));
                        display++;
                    }
                } else {
                    TextRun.Kind kind = (flags[atom] & GroupBuilder.SECRET) != 0 ? TextRun.Kind.SECRET : TextRun.Kind.TEXT;
                    if (kind != textKind) {
                        if (textKind != null) {
                            runs.add(new TextRun(textKind, text.toString(), 1, textFirstEvent));
                            text.setLength(0);
                        }
                        textKind = kind;
                        textFirstEvent = typedEvent[atom];
                    }
                    text.append(chars[atom]);
                    display++;
                }
            }
            if (atom == caretAtom) {
                caret = display;
            }
            if (atom == anchorAtom) {
                anchor = display;
            }
        }
        if (textKind != null) {
            runs.add(new TextRun(textKind, text.toString(), 1, textFirstEvent));
        }
        int selectionStart = anchor < 0 ? caret : Math.min(anchor, caret);
        int selectionEnd = anchor < 0 ? caret : Math.max(anchor, caret);
        return new GroupText(id, app, title, role, fieldLabel, runs, caret, selectionStart, selectionEnd,
                record < 0 ? firstEvent : editEvent[record]);
    }

    /**
     * What was typed into this group over the whole session, deleted characters included. A group
     * without chips shares its document order with the transcript rather than copying it.
     */
    public Transcript transcript() {
        int n = 0;
        for (int atom = 0; atom < atoms; atom++) {
            if ((flags[atom] & GroupBuilder.CHIP) == 0) {
                n++;
            }
        }
        if (n == atoms) {
            return new Transcript(id, order, n, chars, typedEvent, typedMs, deletedEvent, deletedMs, flags);
        }
        int[] atomAt = new int[n];
        int i = 0;
        for (int p = 0; p < atoms; p++) {
            int atom = atomAt(p);
            if ((flags[atom] & GroupBuilder.CHIP) == 0) {
                atomAt[i++] = atom;
            }
        }
        return new Transcript(id, atomAt, n, chars, typedEvent, typedMs, deletedEvent, deletedMs, flags);
    }


    /** Atoms (characters and chips) ever created in this group. */
    public int atomCount() {
        return atoms;
    }

    /** Approximate heap bytes, for the memory budget. */
    long approximateBytes() {
        return (long) chars.length * 2 + (long) (typedEvent.length + typedMs.length + (order == null ? 0 : order.length)) * 4
                + (deletedEvent == null ? 0L : (long) (deletedEvent.length + deletedMs.length) * 4)
                + flags.length + (chipLabels == null ? 0L : (long) chipLabels.length * 4) + (long) edits * 12 + 120;
    }

    private int atomAt(int position) {
        return order == null ? position : order[position];
    }

    /** Not deleted by event {@code eventIndex}; a text-only reconstruction knows only whether, not when. */
    private boolean liveAfter(int atom, int eventIndex) {
        if (deletedEvent == null) {
            return (flags[atom] & GroupBuilder.DELETED) == 0;
        }
        return deletedEvent[atom] == GroupBuilder.NEVER || deletedEvent[atom] > eventIndex;
    }

    /** A text-only reconstruction (the scan's) keeps no chip labels. */
    private String chipLabel(int atom) {
        return chipLabels == null ? "" : chipLabels[atom];
    }

    private int lastEditRecord(int eventIndex) {
        return upperBound(editEvent, edits, eventIndex) - 1;
    }

    /** Number of leading values (ascending) that are at most {@code key}. */
    static int upperBound(int[] sorted, int length, int key) {
        int lo = 0;
        int hi = length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public String toString() {
        // Titles and text are captured content: never in logs.
        return "TextGroup[id=" + id + ", role=" + role + ", atoms=" + atoms + "]";
    }
}
