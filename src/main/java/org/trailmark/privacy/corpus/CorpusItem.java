package org.trailmark.privacy.corpus;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the corpus. With {@code text}, the text is typed as it stands and every truth lies
 * in it; without, the single truth is typed inside a prose template with a slot of its kind (or
 * alone, when {@code bare}). An entry without truths is a look-alike: anything found in it is a
 * false alarm.
 *
 * @param slot  the template slot this value fills when it is not its kind's usual one (a given name
 *              fills {@code FIRST_NAME}, not {@code PERSON})
 * @param login typed as a sign-in (e-mail, Tab, password, Enter); also typed into a password field
 */
public record CorpusItem(String id, String group, String text, List<CorpusTruth> truths, String slot, boolean bare,
                         boolean login) {
    public CorpusItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        truths = List.copyOf(truths);
        if (text == null && truths.size() != 1) {
            throw new IllegalArgumentException("an entry without text needs exactly one truth");
        }
        if (text != null) {
            for (CorpusTruth t : truths) {
                if (!text.contains(t.value())) {
                    throw new IllegalArgumentException("its text does not contain the " + t.kind() + " value");
                }
            }
        }
    }

    public boolean lookAlike() {
        return truths.isEmpty();
    }
}
