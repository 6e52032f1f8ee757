package org.trailmark.privacy.corpus;

import org.trailmark.model.FieldRole;

/**
 * One thing a person does at the keyboard: type a character ({@code '\t'} and {@code '\n'} press
 * Tab and Enter), press Backspace, or move into a form field the recorder knows the role of.
 *
 * @param truth the index of the corpus value this keystroke helps to type, or -1 for the prose around it
 */
public record Stroke(Type type, char c, FieldRole role, int truth) {
    public enum Type { CHAR, BACKSPACE, FIELD }

    static Stroke typed(char c, int truth) {
        return new Stroke(Type.CHAR, c, null, truth);
    }

    static Stroke backspace(int truth) {
        return new Stroke(Type.BACKSPACE, '\0', null, truth);
    }

    static Stroke field(FieldRole role) {
        return new Stroke(Type.FIELD, '\0', role, -1);
    }
}
