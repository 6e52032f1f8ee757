package org.trailmark.model;

/**
 * A key event that typed a recorder's mask, not what the person typed. Some recorders (rrweb with
 * {@code maskInputOptions} or {@code maskAllInputs}) replace a field's value with {@code *} before
 * it is saved; an importer that rebuilds typing from such values gives each mask character this
 * {@code code}. The text stays the mask character: nothing is unmasked, and the sensitive-data scan
 * skips these characters, since they hold nothing to find.
 */
public final class MaskedKey {
    /** The {@code code} of a key event that typed a mask character. */
    public static final String CODE = "RecorderMasked";

    private MaskedKey() {
    }
}
