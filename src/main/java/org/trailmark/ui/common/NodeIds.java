package org.trailmark.ui.common;

/** Ids of the nodes tests and keyboard handling look up; one place so both sides agree. */
public final class NodeIds {
    public static final String SESSION_TABLE = "session-table";
    public static final String FILTER_FIELD = "session-filter";
    public static final String DETAILS = "session-details";
    public static final String EMPTY_STATE = "empty-state";
    public static final String STATUS_WORKSPACE = "status-workspace";
    public static final String STATUS_COUNT = "status-count";
    public static final String STATUS_PROGRESS = "status-progress";
    public static final String STATUS_BUSY = "status-busy";
    public static final String IMPORT_REPORT = "import-report";
    public static final String ERROR_MESSAGE = "error-message";

    private NodeIds() {
    }
}
