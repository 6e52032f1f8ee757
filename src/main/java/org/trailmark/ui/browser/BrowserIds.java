package org.trailmark.ui.browser;

/** Ids of the browser's filter controls, for tests and keyboard handling. */
public final class BrowserIds {
    public static final String FILTER_BAR = "browser-filters";
    public static final String SUBJECT_FILTER = "subject-filter";
    public static final String APP_FILTER = "app-filter";
    public static final String STATUS_FILTER = "status-filter";
    public static final String FROM_DATE = "from-date";
    public static final String TO_DATE = "to-date";
    public static final String CLEAR_FILTERS = "clear-filters";
    public static final String SHOWN_COUNT = "shown-count";
    public static final String NO_MATCHES = "no-matches";
    public static final String NO_MATCHES_MESSAGE = "no-matches-message";

    private BrowserIds() {
    }
}
