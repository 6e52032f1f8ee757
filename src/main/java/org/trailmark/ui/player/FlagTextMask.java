package org.trailmark.ui.player;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trailmark.model.SessionLog;
import org.trailmark.replay.GroupText;
import org.trailmark.replay.KeyStroke;
import org.trailmark.replay.TextGroup;
import org.trailmark.replay.TextHistory;
import org.trailmark.replay.TextRun;
import org.trailmark.replay.Transcript;

/**
 * Hides what was typed inside flagged spans: each character whose key event lies in a masked
 * span becomes a secret (shown as a bullet) in the typed text, and such keys show as bullets in
 * the key HUD. A group whose window title is hidden ({@link MaskedTitles}) gets
 * {@link MaskedTitles#HIDDEN} as its title, wherever it was typed. A run only knows its first key, so the characters are matched to their keys
 * through the group's transcript, which lists the same characters in the same order.
 */
final class FlagTextMask {
    private final SessionLog log;
    private final TextHistory history;
    private final MaskedSpans masks;
    private final MaskedTitles titles;
    private final Map<Integer, Transcript> transcripts = new HashMap<>();

    FlagTextMask(SessionLog log, TextHistory history, MaskedSpans masks) {
        this.log = log;
        this.history = history;
        this.masks = masks;
        this.titles = MaskedTitles.of(log, masks);
    }

    /** The window titles hidden by these spans. */
    MaskedTitles titles() {
        return titles;
    }

    boolean isEmpty() {
        return masks.isEmpty();
    }

    boolean masksEvent(int eventIndex) {
        return eventIndex >= 0 && eventIndex < log.size() && masks.covers(log.time(eventIndex));
    }

    List<GroupText> apply(List<GroupText> groups, int eventIndex) {
        if (masks.isEmpty()) {
            return groups;
        }
        List<GroupText> result = new ArrayList<>(groups.size());
        for (GroupText group : groups) {
            result.add(apply(group, eventIndex));
        }
        return result;
    }

    List<KeyStroke> applyToKeys(List<KeyStroke> keys) {
        if (masks.isEmpty()) {
            return keys;
        }
        List<KeyStroke> result = new ArrayList<>(keys.size());
        for (KeyStroke key : keys) {
            result.add(masks.covers(key.timeMs())
                    ? new KeyStroke(key.timeMs(), key.eventIndex(), GroupTextMask.bullets(1), true) : key);
        }
        return result;
    }

    GroupText apply(GroupText group, int eventIndex) {
        Transcript transcript = transcripts.computeIfAbsent(group.groupId(), id -> groupOf(id).transcript());
        List<TextRun> runs = new ArrayList<>();
        int next = 0;
        boolean titleHidden = titles.hides(group.title());
        boolean changed = titleHidden;
        for (TextRun run : group.runs()) {
            if (run.isChip()) {
                if (masksEvent(run.firstEvent())) {
                    runs.add(new TextRun(TextRun.Kind.CHIP, GroupTextMask.bullets(1), run.count(), run.firstEvent()));
                    changed = true;
                } else {
                    runs.add(run);
                }
                continue;
            }
            StringBuilder piece = new StringBuilder();
            TextRun.Kind pieceKind = null;
            int pieceFirst = -1;
            for (int c = 0; c < run.text().length(); c++) {
                next = nextAlive(transcript, next, eventIndex);
                int typedBy = next < transcript.length() ? transcript.typedEvent(next) : run.firstEvent();
                next++;
                TextRun.Kind kind = run.isSecret() || masksEvent(typedBy) ? TextRun.Kind.SECRET : TextRun.Kind.TEXT;
                changed |= kind != run.kind();
                if (kind != pieceKind && pieceKind != null) {
                    runs.add(new TextRun(pieceKind, piece.toString(), 1, pieceFirst));
                    piece.setLength(0);
                }
                if (kind != pieceKind) {
                    pieceKind = kind;
                    pieceFirst = typedBy;
                }
                piece.append(run.text().charAt(c));
            }
            if (pieceKind != null) {
                runs.add(new TextRun(pieceKind, piece.toString(), 1, pieceFirst));
            }
        }
        if (!changed) {
            return group;
        }
        return new GroupText(group.groupId(), group.app(), titleHidden ? MaskedTitles.HIDDEN : group.title(),
                group.role(), group.fieldLabel(), runs,
                group.caret(), group.selectionStart(), group.selectionEnd(), group.lastEditEvent());
    }

    /** The first transcript character at or after {@code from} that stood in the field after the event. */
    private static int nextAlive(Transcript t, int from, int eventIndex) {
        int i = from;
        while (i < t.length() && (t.typedEvent(i) > eventIndex
                || (t.deletedEvent(i) >= 0 && t.deletedEvent(i) <= eventIndex))) {
            i++;
        }
        return i;
    }

    private TextGroup groupOf(int id) {
        List<TextGroup> groups = history.groups();
        if (id >= 0 && id < groups.size() && groups.get(id).id() == id) {
            return groups.get(id);
        }
        for (TextGroup group : groups) {
            if (group.id() == id) {
                return group;
            }
        }
        throw new IllegalStateException("no text group " + id);
    }
}
