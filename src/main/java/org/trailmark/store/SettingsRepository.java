package org.trailmark.store;

import java.util.Optional;

/** Workspace settings and the pseudonym secret that never leaves the workspace. */
public interface SettingsRepository {
    Optional<String> get(String key);

    /** Stores (or with a null value removes) a workspace setting and audits which key changed. */
    void put(String key, String value, String actor);

    /**
     * A key for pseudonyms, derived from the workspace's secret and {@code context} (such as an
     * export's seed): the same workspace (or a copy of it) and context always give the same key,
     * and nobody without the workspace can compute it. The secret's own bytes are never handed out.
     */
    byte[] pseudonymKey(String context);

    /**
     * Replaces the pseudonym secret with fresh random bytes, so exports made from now on get new
     * pseudonyms, and audits the rotation (which, never how: no key bytes). The old bytes are
     * overwritten where the backend allows it.
     */
    void rotatePseudonymSecret(String actor);
}
