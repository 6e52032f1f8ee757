package org.trailmark.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.trailmark.ui.common.NodeIds;
import org.trailmark.ui.common.Styles;
import org.trailmark.ui.common.TaskProgress;

/**
 * Workspace path (with a "read-only" badge when another window holds the workspace), background
 * progress, a small spinner while a read or edit the person waits on is running, and the session
 * count along the bottom of the window.
 */
final class StatusBar extends HBox {
    static final String ID_READ_ONLY = "status-read-only";
    static final String READ_ONLY_BADGE = "tm-read-only-badge";
    static final String ID_RELOADED = "status-reloaded";
    static final String ID_EXPIRING = "status-expiring";
    /** The count of sessions erased within a week, in the warning colour. */
    static final String EXPIRY_WARNING = "tm-expiry-warning";
    static final String ID_ROLE = "status-role";

    StatusBar(StudioViewModel model) {
        super(8);
        getStyleClass().add(Styles.STATUS_BAR);
        setAlignment(Pos.CENTER_LEFT);

        Label workspace = new Label(model.workspaceWhere(), new FontIcon(MaterialDesignD.DATABASE_OUTLINE));
        workspace.setId(NodeIds.STATUS_WORKSPACE);
        workspace.getStyleClass().add(Styles.STATUS_TEXT);
        workspace.setMinWidth(80);
        workspace.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);

        Label readOnly = new Label("Read-only", new FontIcon(MaterialDesignL.LOCK_OUTLINE));
        readOnly.setId(ID_READ_ONLY);
        readOnly.getStyleClass().add(READ_ONLY_BADGE);
        readOnly.setMinWidth(Region.USE_PREF_SIZE);
        readOnly.setTooltip(new javafx.scene.control.Tooltip(
                "Another Trailmark window has this workspace open: sessions can be replayed here, not imported"));
        readOnly.setVisible(model.isReadOnly());
        readOnly.setManaged(model.isReadOnly());

        // on a team workspace: what the server lets this user do here
        Label role = new Label();
        role.setId(ID_ROLE);
        role.getStyleClass().add(Styles.STATUS_TEXT);
        role.setMinWidth(Region.USE_PREF_SIZE);
        role.textProperty().bind(javafx.beans.binding.Bindings.when(model.teamRoleProperty().isEmpty()).then("")
                .otherwise(javafx.beans.binding.Bindings.concat("Role: ", model.teamRoleProperty())));
        role.visibleProperty().bind(model.teamRoleProperty().isNotEmpty());
        role.managedProperty().bind(role.visibleProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        TaskProgress progress = model.progress();
        Label message = new Label();
        message.getStyleClass().add(Styles.STATUS_TEXT);
        message.textProperty().bind(progress.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId(NodeIds.STATUS_PROGRESS);
        bar.setPrefWidth(160);
        bar.progressProperty().bind(progress.fractionProperty());
        HBox work = new HBox(8, message, bar);
        work.setAlignment(Pos.CENTER_LEFT);
        work.visibleProperty().bind(progress.runningProperty());
        work.managedProperty().bind(work.visibleProperty());

        // interactive work is usually done within a frame, so the spinner shows only when a wait is felt
        ProgressIndicator busy = new ProgressIndicator(ProgressIndicator.INDETERMINATE_PROGRESS);
        busy.setId(NodeIds.STATUS_BUSY);
        busy.setPrefSize(14, 14);
        busy.setMaxSize(14, 14);
        Tooltip busyText = new Tooltip();
        busyText.textProperty().bind(model.interactiveProgress().messageProperty());
        busy.setTooltip(busyText);
        busy.visibleProperty().bind(model.interactiveProgress().runningProperty());
        busy.managedProperty().bind(busy.visibleProperty());

        Label count = new Label();
        count.setId(NodeIds.STATUS_COUNT);
        count.getStyleClass().add(Styles.STATUS_TEXT);
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.textProperty().bind(model.countTextProperty());

        // "Reloaded: ana changed the flags": someone else changed the open session and it was read again
        Label reloaded = new Label();
        reloaded.setId(ID_RELOADED);
        reloaded.getStyleClass().add(Styles.STATUS_TEXT);
        reloaded.setMinWidth(Region.USE_PREF_SIZE);
        reloaded.textProperty().bind(model.review().reloadNoticeProperty());
        reloaded.visibleProperty().bind(reloaded.textProperty().isNotEmpty());
        reloaded.managedProperty().bind(reloaded.visibleProperty());

        Label expiring = new Label();
        expiring.setId(ID_EXPIRING);
        expiring.getStyleClass().add(EXPIRY_WARNING);
        expiring.setMinWidth(Region.USE_PREF_SIZE);
        expiring.setGraphic(new FontIcon(MaterialDesignC.CALENDAR_ALERT));
        expiring.textProperty().bind(model.expiringTextProperty());
        expiring.setTooltip(new javafx.scene.control.Tooltip("Sessions the retention policy erases within a week"
                + " (or that are due now): see the Retention column, or trailmark retention show"));
        expiring.visibleProperty().bind(model.expiringTextProperty().isNotEmpty());
        expiring.managedProperty().bind(expiring.visibleProperty());

        getChildren().setAll(workspace, readOnly, role, spacer, reloaded, busy, work, expiring, new Separator(Orientation.VERTICAL),
                count);
    }
}
