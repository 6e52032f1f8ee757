package org.trailmark.ui.subject;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentRecord;
import org.trailmark.model.ConsentState;
import org.trailmark.model.ConsentStatus;
import org.trailmark.model.FlagCategory;
import org.trailmark.replay.TimeRuler;
import org.trailmark.store.DatasetExports;
import org.trailmark.subject.SubjectOverview;
import org.trailmark.ui.common.Formats;
import org.trailmark.ui.common.Styles;

/**
 * "My data": what the workspace holds about the person, first as plain sentences, then as cards
 * (what was captured, what reviewers labelled, what was flagged, which exports took it, consent
 * per purpose), and the three actions. It only binds; {@link MyDataViewModel} does the work.
 */
public final class MyDataView extends ScrollPane {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final double MAX_WIDTH = 1040;

    private final MyDataViewModel model;
    private final VBox sentences = new VBox(4);
    private final VBox body = new VBox(12);
    private final GridPane cards = new GridPane();
    private final VBox empty;

    public MyDataView(MyDataViewModel model) {
        this.model = model;
        setId(SubjectStyles.ID_MY_DATA);
        getStyleClass().add(SubjectStyles.MY_DATA);
        SubjectStyles.use(this);
        setFitToWidth(true);

        Label title = new Label("My data");
        title.getStyleClass().add(SubjectStyles.HEADLINE);
        Label subtitle = new Label("What this workspace holds about you (" + model.subject()
                + "), and what you can do about it.");
        subtitle.getStyleClass().add(Styles.MUTED);
        subtitle.setWrapText(true);

        sentences.setId(SubjectStyles.ID_SENTENCES);
        VBox summary = card("In plain words", sentences);

        cards.setHgap(12);
        cards.setVgap(12);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        cards.getColumnConstraints().setAll(half, half);

        empty = emptyState();

        Label message = new Label();
        message.setId(SubjectStyles.ID_MY_DATA_MESSAGE);
        message.getStyleClass().add(SubjectStyles.MESSAGE);
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        // no gap while there is nothing to say
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());

        body.getChildren().setAll(new VBox(2, title, subtitle), actions(), message, new HoldNotice(model.holds()),
                summary, cards, empty);
        body.setPadding(new Insets(18, 24, 24, 24));
        body.setMaxWidth(MAX_WIDTH);
        HBox centred = new HBox(body);
        centred.setAlignment(Pos.TOP_CENTER);
        HBox.setHgrow(body, Priority.ALWAYS);
        setContent(centred);

        model.overviewProperty().addListener((obs, old, now) -> show(now));
        show(model.getOverview());
    }

    private Node actions() {
        Button withdraw = new Button("Withdraw training consent…", new FontIcon(MaterialDesignH.HAND_BACK_LEFT_OUTLINE));
        withdraw.setId(SubjectStyles.ID_WITHDRAW);
        withdraw.setOnAction(e -> model.withdrawTraining());
        Button download = new Button("Download my data…", new FontIcon(MaterialDesignD.DOWNLOAD_OUTLINE));
        download.setId(SubjectStyles.ID_DOWNLOAD);
        download.setOnAction(e -> model.download());
        Button erase = new Button("Erase my data…", new FontIcon(MaterialDesignD.DELETE_FOREVER_OUTLINE));
        erase.setId(SubjectStyles.ID_ERASE);
        erase.getStyleClass().add(SubjectStyles.DANGER_BUTTON);
        erase.setOnAction(e -> model.erase());
        for (Button b : List.of(withdraw, download, erase)) {
            b.setMnemonicParsing(false);
            b.disableProperty().bind(model.busyProperty());
        }
        CheckBox withMedia = new CheckBox("With screen recordings");
        withMedia.setId(SubjectStyles.ID_DOWNLOAD_WITH_MEDIA);
        withMedia.setMnemonicParsing(false);
        withMedia.setTooltip(new Tooltip("Also copy the videos and screenshots of your sessions beside the"
                + " downloaded file. They can be large, and show whatever was on your screen."));
        withMedia.selectedProperty().bindBidirectional(model.withMediaProperty());
        withMedia.disableProperty().bind(model.busyProperty());
        HBox row = new HBox(8, withdraw, download, withMedia, erase);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private VBox emptyState() {
        FontIcon icon = new FontIcon(MaterialDesignA.ACCOUNT_OFF_OUTLINE);
        icon.getStyleClass().add(Styles.EMPTY_ICON);
        Label title = new Label("This workspace holds no recordings of you");
        title.getStyleClass().add(Styles.EMPTY_TITLE);
        title.setWrapText(true);
        Label text = new Label("Nothing was captured under this id here, or it was erased. If you expected "
                + "recordings, check the id you entered on the start screen (File ▸ Switch role…).");
        text.getStyleClass().add(Styles.EMPTY_TEXT);
        text.setWrapText(true);
        VBox box = new VBox(10, icon, title, text);
        box.setId(SubjectStyles.ID_EMPTY);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add(Styles.EMPTY_STATE);
        return box;
    }

    private void show(SubjectOverview overview) {
        sentences.getChildren().clear();
        cards.getChildren().clear();
        if (overview == null) {
            return;
        }
        for (String sentence : overview.plainSentences()) {
            Label line = new Label(sentence);
            line.getStyleClass().add(SubjectStyles.SENTENCE);
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            sentences.getChildren().add(line);
        }
        boolean none = overview.sessions() == 0;
        empty.setVisible(none);
        empty.setManaged(none);
        if (!none) {
            cards.add(captured(overview), 0, 0);
            cards.add(consent(overview), 1, 0);
            cards.add(labelled(overview), 0, 1);
            cards.add(flagged(overview), 1, 1);
            cards.add(exports(overview), 0, 2, 2, 1);
            cards.add(MyDataAccessCards.seenBy(overview), 0, 3, 2, 1);
            cards.add(MyDataAccessCards.receipts(model.receiptsProperty().get(), model::saveReceipt), 0, 4, 2, 1);
        } else {
            cards.add(consent(overview), 0, 0, 2, 1);
            // views of erased sessions and consent decisions outlive the recordings
            cards.add(MyDataAccessCards.seenBy(overview), 0, 1, 2, 1);
            cards.add(MyDataAccessCards.receipts(model.receiptsProperty().get(), model::saveReceipt), 0, 2, 2, 1);
        }
    }

    private VBox captured(SubjectOverview o) {
        GridPane numbers = new GridPane();
        numbers.setHgap(24);
        numbers.setVgap(8);
        numbers.add(number(Formats.count(o.sessions()), o.sessions() == 1 ? "session" : "sessions"), 0, 0);
        numbers.add(number(Formats.count(o.days()), o.days() == 1 ? "day" : "days"), 1, 0);
        numbers.add(number(TimeRuler.duration(o.capturedMs()), "recorded"), 2, 0);
        numbers.add(number(Formats.count(o.keystrokes()), "keystrokes"), 0, 1);
        numbers.add(number(Formats.count(o.clicks()), "clicks"), 1, 1);
        numbers.add(number(Formats.count(o.scrolls()), "scrolls"), 2, 1);
        Label apps = wrapped("Apps: " + Formats.joined(o.apps(), "none recorded"));
        Label switches = wrapped(Formats.plural(o.windowSwitches(), "window switch", "window switches") + " recorded.");
        switches.getStyleClass().add(Styles.MUTED);
        return card("What was captured", numbers, apps, switches);
    }

    private VBox labelled(SubjectOverview o) {
        List<Node> lines = new ArrayList<>();
        lines.add(number(Formats.count(o.tasks()), o.tasks() == 1 ? "task marked by reviewers" : "tasks marked by reviewers"));
        o.taskLabels().forEach((label, n) -> lines.add(wrapped(label + ": " + Formats.count(n))));
        if (o.tasks() == 0) {
            lines.add(muted("Reviewers have not cut your sessions into tasks."));
        }
        return card("What reviewers labelled", lines.toArray(Node[]::new));
    }

    private VBox flagged(SubjectOverview o) {
        int total = o.flagsByCategory().values().stream().mapToInt(Integer::intValue).sum();
        List<Node> lines = new ArrayList<>();
        lines.add(number(Formats.count(total), total == 1 ? "stretch flagged sensitive" : "stretches flagged sensitive"));
        o.flagsByCategory().forEach((wire, n) -> lines.add(wrapped(FlagCategory.ofWireName(wire)
                .map(FlagCategory::label).orElse(wire) + ": " + Formats.count(n))));
        lines.add(wrapped(o.privateMarks() == 0 ? "You marked nothing private."
                : "You marked " + Formats.plural(o.privateMarks(), "stretch", "stretches") + " private."));
        lines.add(muted("Flagged and private stretches are hidden in every export."));
        return card("What was flagged sensitive", lines.toArray(Node[]::new));
    }

    private VBox exports(SubjectOverview o) {
        VBox list = new VBox(4);
        list.setId(SubjectStyles.ID_EXPORTS);
        if (o.exports().isEmpty()) {
            list.getChildren().add(muted("None of your sessions has been put into a training dataset."));
        } else {
            Map<String, List<DatasetExports.DatasetExport>> byDataset = new LinkedHashMap<>();
            for (DatasetExports.DatasetExport e : o.exports()) {
                byDataset.computeIfAbsent(e.exportId(), id -> new ArrayList<>()).add(e);
            }
            GridPane table = new GridPane();
            table.setHgap(20);
            table.setVgap(4);
            table.addRow(0, heading("Date"), heading("Dataset"), heading("Your sessions in it"));
            int row = 1;
            for (Map.Entry<String, List<DatasetExports.DatasetExport>> dataset : byDataset.entrySet()) {
                DatasetExports.DatasetExport first = dataset.getValue().get(0);
                long sessions = dataset.getValue().stream().map(DatasetExports.DatasetExport::sessionId).distinct().count();
                table.addRow(row++, new Label(DAY.format(first.at().atZone(ZoneOffset.UTC))),
                        new Label(dataset.getKey()), new Label(Formats.count(sessions)));
            }
            list.getChildren().add(table);
            list.getChildren().add(muted("Erasing or withdrawing here does not change datasets made before; "
                    + "name them when you ask the people who keep them to delete your data."));
        }
        return card("Exports that included your data", list);
    }

    private VBox consent(SubjectOverview o) {
        VBox lines = new VBox(8);
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            ConsentStatus status = o.consentStatus(purpose);
            Label badge = new Label(status.label());
            badge.setId(SubjectStyles.ID_CONSENT_PREFIX + purpose.wireName());
            badge.getStyleClass().addAll(Styles.STATUS_BADGE, "tm-consent-badge-" + status.wireName());
            Label what = new Label(purpose == ConsentPurpose.CAPTURE ? "Being recorded" : "Training use");
            what.setMinWidth(120);
            HBox line = new HBox(10, what, badge);
            line.setAlignment(Pos.CENTER_LEFT);
            Label since = muted(consentDetail(o.consent().get(purpose)));
            lines.getChildren().add(new VBox(2, line, since));
        }
        return card("Consent", lines);
    }

    private static String consentDetail(ConsentState state) {
        if (state == null || state.deciding() == null) {
            return "Nothing recorded.";
        }
        ConsentRecord r = state.deciding();
        String policy = r.policyText() == null ? "" : " under policy " + r.policyText();
        if (r.isWithdrawn()) {
            return "Withdrawn on " + DAY.format(r.withdrawnAt().atZone(ZoneOffset.UTC)) + policy + ".";
        }
        return "Given on " + DAY.format(r.grantedAt().atZone(ZoneOffset.UTC)) + policy + ".";
    }

    static VBox card(String title, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add(SubjectStyles.CARD_TITLE);
        VBox card = new VBox(8);
        card.getChildren().add(heading);
        card.getChildren().addAll(content);
        card.getStyleClass().add(SubjectStyles.CARD);
        card.setMaxHeight(Double.MAX_VALUE);
        GridPane.setFillHeight(card, true);
        return card;
    }

    private static Node number(String value, String caption) {
        Label big = new Label(value);
        big.getStyleClass().add(SubjectStyles.BIG_NUMBER);
        Label small = new Label(caption);
        small.getStyleClass().add(SubjectStyles.NUMBER_CAPTION);
        return new VBox(0, big, small);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.FIGURE_LABEL);
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    static Label muted(String text) {
        Label label = wrapped(text);
        label.getStyleClass().add(Styles.MUTED);
        return label;
    }
}
