package org.trailmark.privacy.corpus;

import java.util.List;
import org.trailmark.model.FieldRole;

/**
 * A corpus entry as one person typed it: the keystrokes, and the values planted in them (as they
 * were typed: a card number regrouped by the "separators" variant is the regrouped string).
 *
 * @param variant the typing transform that made it (plain, correction, separators, case, fields, url, field-context)
 * @param sources the id of the corpus entry each truth came from (a template's other slots bring other entries' values)
 */
public record TypedCase(String itemId, String variant, List<Stroke> strokes, List<CorpusTruth> truths,
                        List<String> sources) {
    public TypedCase {
        strokes = List.copyOf(strokes);
        truths = List.copyOf(truths);
        sources = List.copyOf(sources);
        if (sources.size() != truths.size()) {
            throw new IllegalArgumentException("one source per truth");
        }
    }

    /** The text left once every Backspace has removed the character before it. */
    public String surviving() {
        StringBuilder sb = new StringBuilder();
        for (Stroke s : strokes) {
            if (s.type() == Stroke.Type.CHAR) {
                sb.append(s.c());
            } else if (s.type() == Stroke.Type.BACKSPACE && sb.length() > 0) {
                sb.setLength(sb.length() - 1);
            }
        }
        return sb.toString();
    }

    /** What survived of truth {@code index}, in typing order (its characters after corrections). */
    public String survivingOf(int index) {
        StringBuilder sb = new StringBuilder();
        StringBuilder owners = new StringBuilder();
        for (Stroke s : strokes) {
            if (s.type() == Stroke.Type.CHAR) {
                sb.append(s.c());
                owners.append((char) (s.truth() + 1));
            } else if (s.type() == Stroke.Type.BACKSPACE && sb.length() > 0) {
                sb.setLength(sb.length() - 1);
                owners.setLength(owners.length() - 1);
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sb.length(); i++) {
            if (owners.charAt(i) == index + 1) {
                out.append(sb.charAt(i));
            }
        }
        return out.toString();
    }

    /** Whether the recorder knew a password field's role while it was typed. */
    public boolean passwordFieldKnown() {
        return strokes.stream().anyMatch(s -> s.type() == Stroke.Type.FIELD && s.role() == FieldRole.PASSWORD);
    }
}
