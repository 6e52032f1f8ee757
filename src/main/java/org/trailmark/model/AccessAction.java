package org.trailmark.model;

import java.util.Locale;
import java.util.Optional;

/** What someone did with a recorded session: the access log's verbs (never what they saw). */
public enum AccessAction {
    /** The session was opened in the player or read by a command. */
    OPEN("opened"),
    /** Its recording was played back. */
    REPLAY("replayed"),
    /** A masked stretch was shown to the person. */
    REVEAL("revealed a hidden stretch of"),
    /** Tasks were cut or labelled. */
    LABEL("labelled"),
    /** Stretches were flagged or flags changed. */
    FLAG("flagged"),
    /** It left Trailmark: a training set, a labels file, a picture, a subject's archive. */
    EXPORT("exported");

    private final String pastTense;

    AccessAction(String pastTense) {
        this.pastTense = pastTense;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "opened", "revealed a hidden stretch of": reads before "your session". */
    public String pastTense() {
        return pastTense;
    }

    public static Optional<AccessAction> ofWireName(String name) {
        for (AccessAction a : values()) {
            if (a.wireName().equals(name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
