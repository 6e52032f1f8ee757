package org.trailmark.ui.common;

/**
 * Style-class names used by the views and defined in styles/studio.css, so that a renamed class
 * is a compile error and not a silently unstyled node.
 */
public final class Styles {
    public static final String STUDIO = "tm-studio";
    public static final String TOOLBAR = "tm-toolbar";
    public static final String FILTER = "tm-filter";
    public static final String FILTER_ICON = "tm-filter-icon";
    public static final String SESSION_TABLE = "tm-session-table";
    public static final String NUMERIC = "tm-numeric";
    public static final String STATUS_BADGE = "tm-status-badge";

    public static final String DETAILS = "tm-details";
    public static final String DETAILS_TITLE = "tm-details-title";
    public static final String DETAILS_SUBTITLE = "tm-details-subtitle";
    public static final String SECTION_TITLE = "tm-section-title";
    public static final String FIGURE_LABEL = "tm-figure-label";
    public static final String FIGURE_VALUE = "tm-figure-value";
    public static final String COUNT_BAR = "tm-count-bar";
    public static final String COUNT_ZERO = "tm-count-zero";
    public static final String CARD = "tm-card";

    public static final String EMPTY_STATE = "tm-empty-state";
    public static final String EMPTY_ICON = "tm-empty-icon";
    public static final String EMPTY_TITLE = "tm-empty-title";
    public static final String EMPTY_TEXT = "tm-empty-text";
    public static final String DROP_TARGET = "tm-drop-target";

    public static final String STATUS_BAR = "tm-status-bar";
    public static final String STATUS_TEXT = "tm-status-text";
    public static final String MUTED = "tm-muted";
    public static final String ACCENT = "tm-accent";

    public static final String REPORT = "tm-report";
    public static final String REPORT_HEADLINE = "tm-report-headline";
    public static final String REPORT_PROBLEMS = "tm-report-problems";
    public static final String SHORTCUT_KEY = "tm-shortcut-key";
    public static final String DANGER = "tm-danger";
    public static final String WARNING = "tm-warning";
    public static final String SUCCESS = "tm-success";

    private Styles() {
    }
}
