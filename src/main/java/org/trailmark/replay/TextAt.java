package org.trailmark.replay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The typed text at one moment, computed only when asked: a seek costs nothing for text until a
 * view reads it, and then only the groups it shows. Two values are equal when they show the
 * same text.
 */
public final class TextAt {
    private final TextHistory history;
    private final int eventIndex;

    TextAt(TextHistory history, int eventIndex) {
        this.history = history;
        this.eventIndex = eventIndex;
    }

    public int eventIndex() {
        return eventIndex;
    }

    /** How many groups had received a key by this moment. */
    public int groupCount() {
        return history.groupCountAt(eventIndex);
    }

    /** Every group that exists at this moment, oldest first. */
    public List<GroupText> groups() {
        int n = groupCount();
        List<GroupText> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            result.add(history.groups().get(i).textAt(eventIndex));
        }
        return result;
    }

    /** Up to {@code limit} groups, most recently edited first: what a text panel shows. */
    public List<GroupText> recentGroups(int limit) {
        int n = groupCount();
        List<TextGroup> candidates = new ArrayList<>(history.groups().subList(0, n));
        candidates.sort(Comparator.comparingInt((TextGroup g) -> g.lastEditAt(eventIndex)).reversed()
                .thenComparing(Comparator.comparingInt(TextGroup::id).reversed()));
        List<GroupText> result = new ArrayList<>(Math.min(limit, n));
        for (int i = 0; i < Math.min(limit, n); i++) {
            result.add(candidates.get(i).textAt(eventIndex));
        }
        return result;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextAt other && groups().equals(other.groups());
    }

    @Override
    public int hashCode() {
        return groups().hashCode();
    }

    @Override
    public String toString() {
        return "TextAt[event=" + eventIndex + ", groups=" + groupCount() + "]";
    }
}
