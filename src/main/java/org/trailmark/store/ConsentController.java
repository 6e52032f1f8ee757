package org.trailmark.store;

import java.util.Objects;

/**
 * Who decides what the recordings are used for (the PII controller of a consent receipt): a name
 * and a way to reach them, kept as workspace settings. Until someone sets them, receipts say so.
 */
public record ConsentController(String name, String contact) {
    /** What a receipt says while nobody has named the controller. */
    public static final String NOT_SET = "not set";
    public static final String NAME_SETTING = "consent.controller.name";
    public static final String CONTACT_SETTING = "consent.controller.contact";

    public ConsentController {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contact, "contact");
    }

    public static ConsentController notSet() {
        return new ConsentController(NOT_SET, NOT_SET);
    }

    public boolean isSet() {
        return !NOT_SET.equals(name);
    }
}
