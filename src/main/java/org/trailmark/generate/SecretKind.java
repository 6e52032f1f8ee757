package org.trailmark.generate;

import java.util.Locale;

/** The kinds of sensitive content the generator plants, named as in {@code planted.json}. */
public enum SecretKind {
    PASSWORD, PAYMENT_CARD, EMAIL, PHONE, AWS_ACCESS_KEY, AWS_SECRET_KEY, PRIVATE_CHAT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
