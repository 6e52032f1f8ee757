package org.trailmark.ui.browser;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * The session browser: the filters on top, the table on the left, the selected session's
 * figures on the right, and in an empty workspace a call to import instead of all three. It only
 * binds to its view-model.
 */
public final class SessionBrowserView extends StackPane {
    private final SessionTable table;

    /** @param emptyStateActions buttons offered in an empty workspace (import files, import folder) */
    public SessionBrowserView(SessionBrowserViewModel model, List<Node> emptyStateActions) {
        table = new SessionTable(model);
        SessionDetailsPane details = new SessionDetailsPane(model);
        SplitPane split = new SplitPane(table, details);
        split.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(details, false);
        EmptyState empty = new EmptyState(emptyStateActions);
        BorderPane sessions = new BorderPane(split);
        sessions.setTop(new FilterBar(model));

        sessions.visibleProperty().bind(model.workspaceEmptyProperty().not());
        empty.visibleProperty().bind(model.workspaceEmptyProperty());
        empty.managedProperty().bind(empty.visibleProperty());
        getChildren().setAll(sessions, empty);
    }

    public TableView<SessionRow> table() {
        return table;
    }
}
