package org.trailmark.ui.subject;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.trailmark.store.LegalHold;

/**
 * "A legal hold keeps your data": shown on My data while a hold covers the person's sessions, so they
 * learn that their data is kept past its retention and why their erasure would be refused. Hidden otherwise.
 */
final class HoldNotice extends VBox {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    HoldNotice(ObservableList<LegalHold> holds) {
        super(6);
        setId(SubjectStyles.ID_HOLD_NOTICE);
        getStyleClass().addAll(SubjectStyles.CARD, SubjectStyles.HOLD_NOTICE);
        holds.addListener((ListChangeListener<LegalHold>) change -> show(holds));
        show(holds);
    }

    private void show(ObservableList<LegalHold> holds) {
        setVisible(!holds.isEmpty());
        setManaged(!holds.isEmpty());
        getChildren().clear();
        if (holds.isEmpty()) {
            return;
        }
        Label title = new Label(holds.size() == 1 ? "A legal hold keeps your data"
                : holds.size() + " legal holds keep your data", new FontIcon(MaterialDesignS.SCALE_BALANCE));
        title.getStyleClass().add(SubjectStyles.CARD_TITLE);
        getChildren().add(title);
        for (LegalHold h : holds) {
            getChildren().add(wrapped("Hold " + h.id() + " on " + (h.onSubject() ? "all your sessions"
                    : "session " + h.sessionId()) + ", placed on " + DAY.format(h.placedAt()) + ": " + h.reason()));
        }
        getChildren().add(wrapped("While a hold is open, the sessions it covers are kept past their retention period"
                + " and cannot be erased, also not at your request. It ends when an administrator releases it."));
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
