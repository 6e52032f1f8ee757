package org.trailmark.ui;

/**
 * Preferences of someone who chose to keep the session list shown, for tests that work with the
 * list: a first run at 1280 px would hide it when the first session opens.
 */
final class ListShownPreferences {
    private ListShownPreferences() {
    }

    static StudioPreferences create() {
        StudioPreferences preferences = new StudioPreferences(new MemoryPreferences());
        preferences.setSessionListShown(true);
        return preferences;
    }
}
