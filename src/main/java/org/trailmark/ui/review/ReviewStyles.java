package org.trailmark.ui.review;

/** Style classes and ids of the review panel and audit view, defined in styles/review.css. */
public final class ReviewStyles {
    public static final String SHEET = "/styles/review.css";

    public static final String PANEL = "tm-review";
    public static final String HEADER = "tm-review-header";
    public static final String STATUS = "tm-review-status";
    public static final String MARKS = "tm-review-marks";
    public static final String MESSAGE = "tm-review-message";
    public static final String SWATCH = "tm-review-swatch";
    public static final String AUDIT = "tm-audit";

    public static final String ID_PANEL = "review-panel";
    public static final String ID_TASKS = "review-tasks";
    public static final String ID_FLAGS = "review-flags";
    public static final String ID_STATUS = "review-status";
    public static final String ID_APPROVE = "review-approve";
    public static final String ID_REJECT = "review-reject";
    public static final String ID_MARKS = "review-marks";
    public static final String ID_MESSAGE = "review-message";
    public static final String ID_AUDIT = "audit-view";

    private ReviewStyles() {
    }
}
