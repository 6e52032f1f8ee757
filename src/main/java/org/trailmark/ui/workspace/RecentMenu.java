package org.trailmark.ui.workspace;

import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;

/** File ▸ Open recent ▸: the recent workspaces, newest first, kept up to date as the list changes. */
public final class RecentMenu {
    public static final String ID = "menu-open-recent";
    private static final String LISTENER = "recent-listener";

    private RecentMenu() {
    }

    public static Menu build(WorkspaceSwitch workspaces) {
        Menu menu = new Menu("Open recent", new FontIcon(MaterialDesignH.HISTORY));
        menu.setId(ID);
        menu.setMnemonicParsing(false);
        RecentWorkspaces recent = workspaces.recent();
        Runnable fill = () -> {
            menu.getItems().clear();
            for (String entry : recent.entries()) {
                MenuItem item = new MenuItem(RecentWorkspaces.label(entry), new FontIcon(RecentWorkspaces.isTeam(entry)
                        ? MaterialDesignD.DATABASE_OUTLINE : MaterialDesignF.FILE_OUTLINE));
                item.setMnemonicParsing(false);
                item.setOnAction(event -> workspaces.openRecent(entry));
                menu.getItems().add(item);
            }
            if (menu.getItems().isEmpty()) {
                MenuItem none = new MenuItem("No workspace opened yet");
                none.setDisable(true);
                menu.getItems().add(none);
            }
        };
        fill.run();
        // the list outlives this window's menus: listen weakly, and let the menu hold the listener
        ListChangeListener<String> listener = change -> fill.run();
        menu.getProperties().put(LISTENER, listener);
        recent.entries().addListener(new WeakListChangeListener<>(listener));
        return menu;
    }
}
