package org.trailmark.ui.governance;

import javafx.scene.Parent;
import org.trailmark.ui.common.PageSheets;

/**
 * Style classes and node ids of the records-of-processing page, defined in styles/governance.css and, for
 * what the document-like pages share, styles/pages.css.
 */
public final class GovernanceStyles {
    public static final String SHEET = "/styles/governance.css";

    public static final String PAGE = "tm-processing-record";
    public static final String TITLE = "tm-record-title";
    public static final String SECTION = "tm-record-section";
    public static final String SECTION_TITLE = "tm-record-section-title";
    public static final String GROUP_HEADING = "tm-record-group-heading";
    public static final String ROW_LABEL = "tm-record-row-label";
    public static final String ROW_VALUE = "tm-record-row-value";
    public static final String EMPTY = "tm-record-empty";
    public static final String MESSAGE = "tm-record-message";

    public static final String ID_PAGE = "processing-record";
    public static final String ID_SECTIONS = "processing-record-sections";
    public static final String ID_SAVE = "processing-record-save";
    public static final String ID_REFRESH = "processing-record-refresh";
    public static final String ID_MESSAGE = "processing-record-message";

    private GovernanceStyles() {
    }

    /** Adds the sheet to a view, so it works in any scene the theme styles. */
    static void use(Parent view) {
        PageSheets.use(view, SHEET);
    }
}
