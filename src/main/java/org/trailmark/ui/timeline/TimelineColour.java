package org.trailmark.ui.timeline;

import javafx.scene.paint.Color;

/**
 * The colours the timeline paints with, each a CSS property of {@code .tm-timeline} (defaults in
 * styles/timeline.css, taken from the theme's {@code -tm-*} colours) with a fallback for a
 * timeline shown without any stylesheet.
 */
enum TimelineColour {
    BACKGROUND("-tm-timeline-background", "#ffffff"),
    GUTTER("-tm-timeline-gutter", "#eceff4"),
    TRACK("-tm-timeline-track", "#f4f6f9"),
    GRID("-tm-timeline-grid", "#d3d9e2"),
    TEXT("-tm-timeline-text", "#1d2430"),
    MUTED("-tm-timeline-muted", "#5d6878"),
    KEYS("-tm-timeline-keys", "#2a62d4"),
    POINTER("-tm-timeline-pointer", "#6f93e6"),
    CLICKS("-tm-timeline-clicks", "#c2410c"),
    WHEEL("-tm-timeline-wheel", "#1c7a3a"),
    CLIPBOARD("-tm-timeline-clipboard", "#a66a97"),
    IDLE("-tm-timeline-idle", "#dfe3ea"),
    PAUSE("-tm-timeline-pause", "#fbeccb"),
    PLAYHEAD("-tm-timeline-playhead", "#b42318"),
    SELECTION("-tm-timeline-selection", "#2a62d4"),
    WINDOW("-tm-timeline-window", "#2a62d4"),
    TASK("-tm-timeline-task", "#2a62d4"),
    FLAG("-tm-timeline-flag", "#b42318"),
    SEGMENT_TEXT("-tm-timeline-segment-text", "#ffffff"),
    NO_APP("-tm-timeline-no-app", "#9aa5b5"),
    APP_0("-tm-timeline-app-0", "#4e79a7"),
    APP_1("-tm-timeline-app-1", "#f28e2b"),
    APP_2("-tm-timeline-app-2", "#59a14f"),
    APP_3("-tm-timeline-app-3", "#b07aa1"),
    APP_4("-tm-timeline-app-4", "#e15759"),
    APP_5("-tm-timeline-app-5", "#76b7b2"),
    APP_6("-tm-timeline-app-6", "#9c755f"),
    APP_7("-tm-timeline-app-7", "#edc948");

    private static final TimelineColour[] APPS = {APP_0, APP_1, APP_2, APP_3, APP_4, APP_5, APP_6, APP_7};

    private final String cssProperty;
    private final Color fallback;

    TimelineColour(String cssProperty, String fallback) {
        this.cssProperty = cssProperty;
        this.fallback = Color.web(fallback);
    }

    String cssProperty() {
        return cssProperty;
    }

    Color fallback() {
        return fallback;
    }

    /** The colour of the app at {@code rank} in order of first focus; apps past the palette repeat it. */
    static TimelineColour forApp(int rank) {
        return rank < 0 ? NO_APP : APPS[rank % APPS.length];
    }
}
