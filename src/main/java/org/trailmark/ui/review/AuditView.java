package org.trailmark.ui.review;

import java.net.URL;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.trailmark.store.AuditEntry;

/** The audit log in a table filtered by action, actor and session: who did what, to which session, when. */
public final class AuditView extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final AuditViewModel model;
    private final TableView<AuditEntry> table = new TableView<>();

    public AuditView(AuditViewModel model) {
        this.model = model;
        setId(ReviewStyles.ID_AUDIT);
        getStyleClass().add(ReviewStyles.AUDIT);
        URL sheet = AuditView.class.getResource(ReviewStyles.SHEET);
        if (sheet != null) {
            getStylesheets().add(sheet.toExternalForm());
        }
        ComboBox<String> action = new ComboBox<>(model.actions());
        action.valueProperty().bindBidirectional(model.actionProperty());
        TextField actor = new TextField();
        actor.setPromptText("actor");
        actor.textProperty().bindBidirectional(model.actorProperty());
        TextField session = new TextField();
        session.setPromptText("session");
        session.textProperty().bindBidirectional(model.sessionProperty());
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> model.refresh());
        HBox filters = new HBox(6, new Label("Action"), action, actor, session, refresh);
        filters.setAlignment(Pos.CENTER_LEFT);

        table.setItems(model.entries());
        table.setPlaceholder(new Label("Nothing in the audit log matches"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Time", 150, e -> TIME.format(e.at())));
        table.getColumns().add(column("Actor", 110, AuditEntry::actor));
        table.getColumns().add(column("Action", 110, AuditEntry::action));
        table.getColumns().add(column("Session", 200, e -> e.sessionId() == null ? "" : e.sessionId()));
        table.getColumns().add(column("Detail", 260, e -> e.detail() == null ? "" : e.detail()));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(filters, table);
        setSpacing(6);
        setPadding(new Insets(8));
    }

    public AuditViewModel getModel() {
        return model;
    }

    TableView<AuditEntry> table() {
        return table;
    }

    private static TableColumn<AuditEntry, String> column(String title, double width, Function<AuditEntry, String> v) {
        TableColumn<AuditEntry, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(v.apply(c.getValue())));
        return column;
    }
}
