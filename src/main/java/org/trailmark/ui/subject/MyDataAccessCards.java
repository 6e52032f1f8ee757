package org.trailmark.ui.subject;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.trailmark.subject.ReceiptLine;
import org.trailmark.subject.SeenBy;
import org.trailmark.subject.SubjectOverview;
import org.trailmark.ui.common.Formats;
import org.trailmark.ui.common.Styles;

/**
 * The two cards of "My data" about who handled the person's data: who has seen their sessions (per
 * person or role and purpose, with dates and counts) and the receipts of their consent decisions,
 * each of which they can save. Names, roles, purposes and dates only.
 */
final class MyDataAccessCards {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private MyDataAccessCards() {
    }

    static VBox seenBy(SubjectOverview o) {
        VBox list = new VBox(6);
        list.setId(SubjectStyles.ID_SEEN_BY);
        if (o.views().isEmpty()) {
            list.getChildren().add(MyDataView.muted("Nobody has opened, replayed, labelled, flagged or exported your"
                    + " sessions yet. When someone does, it is listed here: who, in which role, why and when."));
            return MyDataView.card("Who has seen your sessions", list);
        }
        GridPane table = new GridPane();
        table.setHgap(18);
        table.setVgap(4);
        table.addRow(0, heading("Who"), heading("Role"), heading("Why"), heading("What they did"), heading("First"),
                heading("Last"), heading("Times"));
        int row = 1;
        for (SeenBy v : o.views()) {
            Label what = new Label(v.actionsText() + " " + Formats.plural(v.sessions(), "session", "sessions"));
            what.setWrapText(true);
            table.addRow(row++, new Label(v.isSelf() ? "You (" + v.user() + ")" : v.user()), new Label(v.role()),
                    new Label(v.purpose().label()), what, new Label(day(v.first())), new Label(day(v.last())),
                    new Label(Formats.count(v.accesses())));
        }
        list.getChildren().addAll(table, MyDataView.muted("Each time counts one opening, playback, revealed"
                + " stretch, edit or export. The log never holds what they saw."));
        return MyDataView.card("Who has seen your sessions", list);
    }

    static VBox receipts(List<ReceiptLine> receipts, Consumer<ReceiptLine> save) {
        VBox list = new VBox(6);
        list.setId(SubjectStyles.ID_RECEIPTS);
        if (receipts.isEmpty()) {
            list.getChildren().add(MyDataView.muted("No consent was given or withdrawn for you here yet, so there"
                    + " are no receipts."));
            return MyDataView.card("Consent receipts", list);
        }
        GridPane table = new GridPane();
        table.setHgap(18);
        table.setVgap(4);
        table.addRow(0, heading("Decision"), heading("Purpose"), heading("Policy"), heading("When"), heading("How"),
                heading(""));
        int row = 1;
        for (ReceiptLine r : receipts) {
            Button button = new Button("Save receipt…", new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE));
            button.setId(SubjectStyles.ID_SAVE_RECEIPT_PREFIX + r.receiptId());
            button.setMnemonicParsing(false);
            button.setTooltip(new Tooltip("Save this receipt as JSON. Its SHA-256 (" + r.sha256().substring(0, 12)
                    + "…) lets anyone check that a copy is unchanged."));
            button.setOnAction(e -> save.accept(r));
            Label decision = new Label(r.isGrant() ? "Given" : "Withdrawn");
            decision.getStyleClass().addAll(Styles.STATUS_BADGE,
                    "tm-consent-badge-" + (r.isGrant() ? "granted" : "withdrawn"));
            table.addRow(row++, decision, new Label(r.purpose().equals("capture") ? "Being recorded" : "Training use"),
                    new Label(r.policy().isEmpty() ? "none named" : r.policy()), new Label(day(r.eventTime())),
                    new Label(r.method()), button);
            GridPane.setValignment(button, javafx.geometry.VPos.CENTER);
        }
        Label controller = MyDataView.muted("Receipts name the controller as \"" + receipts.get(receipts.size() - 1)
                .controller() + "\": who decides what your recordings are used for.");
        list.getChildren().addAll(table, controller);
        list.setAlignment(Pos.TOP_LEFT);
        return MyDataView.card("Consent receipts", list);
    }

    private static Node heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.FIGURE_LABEL);
        return label;
    }

    private static String day(Instant at) {
        return DAY.format(at.atZone(ZoneOffset.UTC));
    }

    private static String day(String iso) {
        try {
            return day(Instant.parse(iso));
        } catch (DateTimeParseException e) {
            return "—";
        }
    }
}
