package org.trailmark.replay;

import java.util.ArrayList;
import java.util.List;

/**
 * The typed text of a whole session, reconstructed once: its groups (one per window/field) and
 * the keys for the key HUD. Answers "what stood where after event i" without replaying.
 */
public final class TextHistory {
    private final List<TextGroup> groups;
    private final int[] groupFirstEvent;
    private final int strokes;
    private final int[] strokeEvent;
    private final int[] strokeMs;
    private final String[] strokeLabel;
    private final boolean[] strokeSecret;

    TextHistory(List<TextGroup> groups, int strokes, int[] strokeEvent, int[] strokeMs, String[] strokeLabel,
                boolean[] strokeSecret) {
        this.groups = List.copyOf(groups);
        this.groupFirstEvent = new int[groups.size()];
        for (int i = 0; i < groupFirstEvent.length; i++) {
            groupFirstEvent[i] = groups.get(i).firstEvent();
        }
        this.strokes = strokes;
        this.strokeEvent = strokeEvent;
        this.strokeMs = strokeMs;
        this.strokeLabel = strokeLabel;
        this.strokeSecret = strokeSecret;
    }

    /** Every group, in the order its first key arrived. */
    public List<TextGroup> groups() {
        return groups;
    }

    /** The text as it stood right after event {@code eventIndex} (-1: before any event). */
    public TextAt at(int eventIndex) {
        return new TextAt(this, eventIndex);
    }

    /** Number of groups that had received a key by {@code eventIndex}. */
    int groupCountAt(int eventIndex) {
        return TextGroup.upperBound(groupFirstEvent, groupFirstEvent.length, eventIndex);
    }

    /** The last {@code limit} keys and shortcuts at or before {@code eventIndex}, oldest first. */
    public List<KeyStroke> recentKeys(int eventIndex, int limit) {
        int end = TextGroup.upperBound(strokeEvent, strokes, eventIndex);
        int start = Math.max(0, end - limit);
        List<KeyStroke> result = new ArrayList<>(end - start);
        for (int i = start; i < end; i++) {
            result.add(stroke(i));
        }
        return result;
    }

    public int strokeCount() {
        return strokes;
    }

    public KeyStroke stroke(int i) {
        if (i < 0 || i >= strokes) {
            throw new IndexOutOfBoundsException("stroke " + i + " of " + strokes);
        }
        return new KeyStroke(strokeMs[i], strokeEvent[i], strokeLabel[i], strokeSecret[i]);
    }

    /** Approximate heap bytes, for the memory budget (labels are shared strings). */
    public long approximateBytes() {
        long bytes = (long) strokes * 13 + 64;
        for (TextGroup g : groups) {
            bytes += g.approximateBytes();
        }
        return bytes;
    }

    @Override
    public String toString() {
        return "TextHistory[" + groups.size() + " groups, " + strokes + " keys]";
    }
}
