package org.trailmark.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** The studio's menus: every action the role is offered, grouped as the shortcut sheet groups them. */
final class StudioMenuBar {
    private final ActionFactory actions;
    private final Menu recent;

    private StudioMenuBar(ActionFactory actions, Menu recent) {
        this.actions = actions;
        this.recent = recent;
    }

    static MenuBar build(ActionFactory actions, boolean subjectMode) {
        return build(actions, subjectMode, null);
    }

    /** @param recent File ▸ Open recent ▸, put after the items that open a workspace; null for none */
    static MenuBar build(ActionFactory actions, boolean subjectMode, Menu recent) {
        return new StudioMenuBar(actions, recent).menuBar(subjectMode);
    }

    private MenuBar menuBar(boolean subjectMode) {
        Menu file = menu(StudioAction.Group.FILE, StudioAction.OPEN_TEAM_WORKSPACE, StudioAction.OPEN_WORKSPACE_FILE,
                null, StudioAction.IMPORT_FILES, StudioAction.IMPORT_FOLDER,
                StudioAction.IMPORT_CONTEXT, null,
                StudioAction.EXPORT, null, StudioAction.SWITCH_ROLE, null, StudioAction.REFRESH, null,
                StudioAction.QUIT);
        Menu playback = menu(StudioAction.Group.PLAYBACK, StudioAction.PLAY_PAUSE, StudioAction.PLAY_FASTER,
                StudioAction.SLOWER_OR_BACK, StudioAction.PAUSE, null,
                StudioAction.PREVIOUS_EVENT, StudioAction.NEXT_EVENT, StudioAction.BACK_SECOND,
                StudioAction.FORWARD_SECOND, StudioAction.PREVIOUS_FRAME, StudioAction.NEXT_FRAME, null,
                StudioAction.PREVIOUS_OF_KIND, StudioAction.NEXT_OF_KIND, StudioAction.GO_TO_START,
                StudioAction.GO_TO_END, null, StudioAction.SKIP_IDLE, StudioAction.LOOP_SELECTION);
        Menu edit = menu(StudioAction.Group.EDIT, StudioAction.UNDO, StudioAction.REDO, null,
                StudioAction.NEXT_TO_REVIEW);
        Menu review = menu(StudioAction.Group.REVIEW, StudioAction.MARK_IN, StudioAction.MARK_OUT,
                StudioAction.ADD_TASK, StudioAction.USE_SUGGESTION, StudioAction.CLEAR_MARKS, null,
                StudioAction.SPLIT_TASK, StudioAction.MERGE_TASK, StudioAction.DELETE_TASK, null,
                StudioAction.FLAG_SPAN, StudioAction.DRAW_REGION, StudioAction.CONFIRM_FLAG, StudioAction.REJECT_FLAG, null,
                StudioAction.TAKE_INTO_GOLD, null, StudioAction.SCAN_SESSION);
        Menu privacy = menu(StudioAction.Group.PRIVACY, StudioAction.MARK_IN, StudioAction.MARK_OUT,
                StudioAction.CLEAR_MARKS, null, StudioAction.MARK_PRIVATE, StudioAction.MARK_SESSION_PRIVATE);
        Menu view = menu(StudioAction.Group.VIEW, StudioAction.MY_DATA, null, StudioAction.SESSION_LIST, null,
                StudioAction.ZOOM_IN,
                StudioAction.ZOOM_OUT, StudioAction.FIT, null, StudioAction.FIND, StudioAction.TOGGLE_THEME, null,
                StudioAction.AUDIT_LOG, StudioAction.RECORDS_OF_PROCESSING);
        if (recent != null) {
            int afterOpening = file.getItems().indexOf(file.getItems().stream()
                    .filter(item -> item.getId() != null && item.getId().equals(
                            ActionFactory.menuItemId(StudioAction.OPEN_WORKSPACE_FILE))).findFirst().orElse(null));
            file.getItems().add(afterOpening + 1, recent);
        }
        Menu help = menu(StudioAction.Group.HELP, StudioAction.SHORTCUTS);
        List<Menu> menus = new ArrayList<>(List.of(file, edit, playback));
        menus.add(subjectMode ? privacy : review);
        menus.addAll(List.of(view, help));
        menus.removeIf(m -> m.getItems().isEmpty());
        MenuBar bar = new MenuBar(menus.toArray(Menu[]::new));
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /**
     * A menu of the actions in that order that this role is offered; null stands for a separator,
     * kept only between two items.
     */
    private Menu menu(StudioAction.Group group, StudioAction... items) {
        Menu menu = new Menu(group.label());
        List<MenuItem> entries = new ArrayList<>();
        boolean separatorDue = false;
        for (StudioAction action : items) {
            if (action == null) {
                separatorDue = !entries.isEmpty();
            } else if (actions.handles(action)) {
                if (separatorDue) {
                    entries.add(new SeparatorMenuItem());
                    separatorDue = false;
                }
                entries.add(actions.menuItem(action));
            }
        }
        menu.getItems().setAll(entries);
        return menu;
    }
}
