package org.trailmark.ui.player;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.trailmark.model.FieldRole;
import org.trailmark.replay.GroupText;
import org.trailmark.replay.TextRun;

/**
 * The text typed up to the playhead, one card per window/field, most recently edited first. Each
 * card shows the text with its caret and selection, shortcuts as chips ({@code Ctrl+V ×2}) and
 * anything typed into a password field as bullets. Cards are rebuilt only when the view-model
 * publishes new text, which happens only when a key was pressed, and then only the cards of the
 * groups that changed.
 */
final class TypedTextView extends VBox {
    /** Text longer than this is shown around the caret only, so a day of typing stays light. */
    static final int MAX_UNITS = 1600;
    static final int UNITS_BEFORE_CARET = 1200;
    static final String ELLIPSIS = "\u2026";
    static final int REBUILD_HZ = 15;
    static final double CARD_MIN_HEIGHT = 64;

    private final VBox cards = new VBox(8);
    private final Label empty = new Label("Nothing typed yet at this point of the session.");
    private final Map<GroupText, Node> built = new IdentityHashMap<>();
    private final PlayerViewModel model;
    private boolean pending;
    private long lastShownNanos;

    TypedTextView(PlayerViewModel model) {
        setId(PlayerStyles.ID_TEXT);
        getStyleClass().add(PlayerStyles.TEXT_PANEL);
        Label title = new Label("Typed text");
        title.getStyleClass().add(PlayerStyles.PANEL_TITLE);
        empty.getStyleClass().add(PlayerStyles.PANEL_EMPTY);
        empty.setWrapText(true);
        cards.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // room for the title and one card's header and first line, however the panels are split
        scroll.setMinHeight(CARD_MIN_HEIGHT);
        getChildren().addAll(title, scroll);
        this.model = model;
        model.typedTextProperty().addListener((obs, old, groups) -> showSoon());
        model.stateProperty().addListener((obs, old, state) -> {
            if (pending) {
                showSoon();
            }
        });
        model.playingProperty().addListener((obs, was, playing) -> {
            if (!playing && pending) {
                show(model.typedTextProperty().get());
            }
        });
        show(model.typedTextProperty().get());
    }

    /**
     * While playing, the cards are rebuilt at most {@value #REBUILD_HZ} times a second: at speed
     * several keys land in every pulse, and laying out new text nodes is the costly part of a
     * pulse. Paused, every change shows at once.
     */
    private void showSoon() {
        long now = System.nanoTime();
        if (model.isPlaying() && now - lastShownNanos < 1_000_000_000L / REBUILD_HZ) {
            pending = true;
            return;
        }
        show(model.typedTextProperty().get());
    }

    private void show(List<GroupText> groups) {
        pending = false;
        lastShownNanos = System.nanoTime();
        if (groups == null || groups.isEmpty()) {
            built.clear();
            cards.getChildren().setAll(empty);
            return;
        }
        // a group that was not typed into since the last frame comes back as the same GroupText:
        // keep its card instead of laying out its text again
        Map<GroupText, Node> next = new IdentityHashMap<>();
        Node[] nodes = new Node[groups.size()];
        for (int i = 0; i < groups.size(); i++) {
            GroupText group = groups.get(i);
            Node card = built.get(group);
            nodes[i] = card != null ? card : card(group);
            next.put(group, nodes[i]);
        }
        built.clear();
        built.putAll(next);
        cards.getChildren().setAll(nodes);
    }

    private static Node card(GroupText group) {
        Label app = new Label(group.app() == null ? "Unnamed window" : group.app());
        app.getStyleClass().add(PlayerStyles.TEXT_GROUP_APP);
        app.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label(group.title() == null ? "" : group.title());
        title.getStyleClass().add(PlayerStyles.TEXT_GROUP_TITLE);
        if (MaskedTitles.HIDDEN.equals(group.title())) {
            // the flag mask put this in place of the real title: mark it so it is not read as one
            title.getStyleClass().add(PlayerStyles.TEXT_GROUP_TITLE_HIDDEN);
            title.setGraphic(new FontIcon(MaterialDesignE.EYE_OFF_OUTLINE));
        }
        // the title gives way first, on purpose: the app and the field's role are what tell the
        // cards apart, and the whole title is a hover away
        title.setMinWidth(0);
        title.setTextOverrun(OverrunStyle.ELLIPSIS);
        if (!title.getText().isEmpty()) {
            title.setTooltip(new Tooltip(title.getText()));
        }
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox header = new HBox(8, app, title);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(PlayerStyles.TEXT_GROUP_HEADER);
        Label role = roleBadge(group);
        if (role != null) {
            header.getChildren().add(role);
        }
        TextFlow body = body(group);
        VBox card = new VBox(4, header, body);
        card.getStyleClass().add(PlayerStyles.TEXT_GROUP);
        if (group.role() == FieldRole.PASSWORD || group.hasSecret()) {
            card.getStyleClass().add(PlayerStyles.TEXT_GROUP_SECRET);
        }
        return card;
    }

    private static Label roleBadge(GroupText group) {
        FieldRole role = group.role();
        String label = group.fieldLabel();
        if ((role == null || role == FieldRole.NONE) && label == null) {
            return null;
        }
        String text = (role == null || role == FieldRole.NONE ? "" : role.wireName())
                + (label == null ? "" : (role == null || role == FieldRole.NONE ? "" : " \u00b7 ") + label);
        Label badge = new Label(text);
        badge.getStyleClass().add(PlayerStyles.ROLE_BADGE);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.setMaxWidth(180);
        if (role == FieldRole.PASSWORD) {
            badge.setGraphic(new FontIcon(MaterialDesignL.LOCK));
        }
        return badge;
    }

    /** The runs as nodes, split at the caret and the selection, trimmed around the caret when long. */
    static TextFlow body(GroupText group) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(PlayerStyles.TEXT_BODY);
        int total = 0;
        for (TextRun run : group.runs()) {
            total += run.length();
        }
        int from = 0;
        int to = total;
        if (total > MAX_UNITS) {
            from = Math.max(0, Math.min(group.caret() - UNITS_BEFORE_CARET, total - MAX_UNITS));
            to = Math.min(total, from + MAX_UNITS);
        }
        if (from > 0) {
            flow.getChildren().add(plain(ELLIPSIS, PlayerStyles.PANEL_EMPTY));
        }
        int pos = 0;
        for (TextRun run : group.runs()) {
            int end = pos + run.length();
            if (end <= from || pos >= to) {
                pos = end;
                continue;
            }
            if (run.isChip()) {
                caretIfAt(flow, group, pos);
                Label chip = new Label(run.text() + (run.count() > 1 ? " \u00d7" + run.count() : ""));
                chip.getStyleClass().add(PlayerStyles.TEXT_CHIP);
                if (isSelected(group, pos)) {
                    chip.getStyleClass().add(PlayerStyles.TEXT_SELECTED);
                }
                flow.getChildren().add(chip);
            } else {
                addText(flow, group, run, pos, Math.max(from, pos), Math.min(to, end));
            }
            pos = end;
        }
        if (group.caret() >= to || to == 0) {
            caretIfAt(flow, group, Math.min(group.caret(), to));
        }
        if (to < total) {
            flow.getChildren().add(plain(ELLIPSIS, PlayerStyles.PANEL_EMPTY));
        }
        return flow;
    }

    /** Adds the characters {@code [a, b)} of a text run that starts at {@code runStart}. */
    private static void addText(TextFlow flow, GroupText group, TextRun run, int runStart, int a, int b) {
        int[] cuts = {group.caret(), group.selectionStart(), group.selectionEnd()};
        int start = a;
        while (start < b) {
            int stop = b;
            for (int cut : cuts) {
                if (cut > start && cut < stop) {
                    stop = cut;
                }
            }
            caretIfAt(flow, group, start);
            String piece = run.text().substring(start - runStart, stop - runStart);
            boolean secret = run.isSecret();
            Text text = plain(secret ? GroupTextMask.bullets(piece.length()) : piece,
                    secret ? PlayerStyles.TEXT_SECRET : PlayerStyles.TEXT_RUN);
            if (isSelected(group, start)) {
                text.getStyleClass().add(PlayerStyles.TEXT_SELECTED);
            }
            flow.getChildren().add(text);
            start = stop;
        }
    }

    private static boolean isSelected(GroupText group, int pos) {
        return group.hasSelection() && pos >= group.selectionStart() && pos < group.selectionEnd();
    }

    private static void caretIfAt(TextFlow flow, GroupText group, int pos) {
        if (group.caret() == pos && !hasCaret(flow)) {
            Region caret = new Region();
            caret.getStyleClass().add(PlayerStyles.CARET);
            caret.setMinSize(2, 16);
            caret.setPrefSize(2, 16);
            caret.setMaxSize(2, 16);
            flow.getChildren().add(caret);
            // a zero-width character after the caret gives its line a glyph, so a caret right
            // after a typed newline is laid out on the new line rather than at the start of the text
            flow.getChildren().add(plain("\u200b", PlayerStyles.TEXT_RUN));
        }
    }

    private static boolean hasCaret(TextFlow flow) {
        for (Node n : flow.getChildren()) {
            if (n.getStyleClass().contains(PlayerStyles.CARET)) {
                return true;
            }
        }
        return false;
    }

    private static Text plain(String s, String styleClass) {
        Text text = new Text(s);
        text.getStyleClass().add(styleClass);
        return text;
    }
}
