package org.trailmark.ui.browser;

import java.util.Objects;

/**
 * What the browser remembers between runs: the filters and the selected session (null when none).
 * Kept free of any storage so the view-model can be tested without preferences.
 */
public record BrowserState(SessionFilter filter, String selectedId) {
    public static final BrowserState EMPTY = new BrowserState(SessionFilter.NONE, null);

    public BrowserState {
        filter = Objects.requireNonNullElse(filter, SessionFilter.NONE);
        selectedId = selectedId == null || selectedId.isBlank() ? null : selectedId;
    }
}
