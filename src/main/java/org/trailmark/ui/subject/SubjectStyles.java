package org.trailmark.ui.subject;

import javafx.scene.Parent;
import org.trailmark.ui.common.PageSheets;

/**
 * Style classes and node ids of the subject-mode views, defined in styles/subject.css and, for what the
 * document-like pages share, styles/pages.css.
 */
public final class SubjectStyles {
    public static final String SHEET = "/styles/subject.css";

    public static final String PANEL = "tm-subject-panel";
    public static final String MY_DATA = "tm-my-data";
    public static final String CARD = "tm-subject-card";
    public static final String CARD_TITLE = "tm-subject-card-title";
    public static final String BIG_NUMBER = "tm-subject-big-number";
    public static final String NUMBER_CAPTION = "tm-subject-number-caption";
    public static final String SENTENCE = "tm-subject-sentence";
    public static final String HEADLINE = "tm-subject-headline";
    public static final String MESSAGE = "tm-subject-message";
    public static final String CONSENT = "tm-subject-consent";
    public static final String DANGER_BUTTON = "tm-subject-danger-button";
    public static final String START_SCREEN = "tm-start-screen";
    public static final String START_CHOICE = "tm-start-choice";

    public static final String ID_PANEL = "subject-panel";
    public static final String ID_MARK_PRIVATE = "subject-mark-private";
    public static final String ID_MARK_SESSION = "subject-mark-session";
    public static final String ID_MARKS_TABLE = "subject-marks";
    public static final String ID_PANEL_MESSAGE = "subject-panel-message";
    public static final String ID_MY_DATA = "my-data";
    public static final String ID_SENTENCES = "my-data-sentences";
    /** The notice that a legal hold keeps the person's data. */
    public static final String ID_HOLD_NOTICE = "my-data-hold-notice";
    public static final String HOLD_NOTICE = "tm-hold-notice";
    public static final String ID_WITHDRAW = "my-data-withdraw";
    public static final String ID_DOWNLOAD = "my-data-download";
    public static final String ID_DOWNLOAD_WITH_MEDIA = "my-data-download-with-media";
    public static final String ID_ERASE = "my-data-erase";
    public static final String ID_MY_DATA_MESSAGE = "my-data-message";
    public static final String ID_EXPORTS = "my-data-exports";
    public static final String ID_CONSENT_PREFIX = "my-data-consent-";
    public static final String ID_EMPTY = "my-data-empty";
    public static final String ID_SEEN_BY = "my-data-seen-by";
    public static final String ID_RECEIPTS = "my-data-receipts";
    public static final String ID_SAVE_RECEIPT_PREFIX = "my-data-save-receipt-";

    private SubjectStyles() {
    }

    /** Adds the sheet to a view, so it works in any scene the theme styles. */
    static void use(Parent view) {
        PageSheets.use(view, SHEET);
    }
}
