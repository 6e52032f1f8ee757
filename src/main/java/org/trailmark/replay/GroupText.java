package org.trailmark.replay;

import java.util.List;
import org.trailmark.model.FieldRole;

/**
 * One window/field's reconstructed text at one moment, ready to show.
 *
 * @param groupId        the {@link TextGroup#id()}
 * @param runs           the text in order; chips count as one caret unit
 * @param caret          caret position in caret units (see {@link TextRun#length()})
 * @param selectionStart start of the selection in caret units; equals the end when nothing is selected
 * @param lastEditEvent  the last key event that changed this group at or before the moment
 */
public record GroupText(int groupId, String app, String title, FieldRole role, String fieldLabel,
                        List<TextRun> runs, int caret, int selectionStart, int selectionEnd, int lastEditEvent) {
    public GroupText {
        runs = List.copyOf(runs);
    }

    /** The characters, secret ones included, without chips. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (TextRun run : runs) {
            if (!run.isChip()) {
                sb.append(run.text());
            }
        }
        return sb.toString();
    }

    /** The text as a reviewer sees it by default: secrets as bullets, chips as [label]. */
    public String display() {
        StringBuilder sb = new StringBuilder();
        for (TextRun run : runs) {
            switch (run.kind()) {
                case TEXT -> sb.append(run.text());
                case SECRET -> sb.append("\u2022".repeat(run.text().length()));
                case CHIP -> sb.append('[').append(run.text()).append(run.count() > 1 ? " \u00d7" + run.count() : "")
                        .append(']');
            }
        }
        return sb.toString();
    }

    public boolean hasSelection() {
        return selectionStart != selectionEnd;
    }

    public boolean hasSecret() {
        for (TextRun run : runs) {
            if (run.isSecret()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        // Window titles and typed text are captured content: never in logs.
        return "GroupText[group=" + groupId + ", role=" + role + ", runs=" + runs.size() + ", caret=" + caret + "]";
    }
}
