package org.trailmark.ui;

import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * Every command of the studio with its label, shortcut and icon, so menus, buttons and the
 * shortcuts sheet cannot disagree. "Shortcut" is Ctrl on Linux/Windows and ⌘ on macOS.
 * Alt+arrows are avoided: window managers and screen readers take them.
 */
public enum StudioAction {
    IMPORT_FILES("Import files…", "Shortcut+O", MaterialDesignF.FILE_IMPORT_OUTLINE),
    IMPORT_FOLDER("Import folder…", "Shortcut+Shift+O", MaterialDesignF.FOLDER_OPEN_OUTLINE),
    REFRESH("Refresh", "F5", MaterialDesignR.REFRESH),
    FIND("Filter sessions", "Shortcut+F", MaterialDesignM.MAGNIFY),
    TOGGLE_THEME("Toggle light/dark theme", "Shortcut+Shift+L", MaterialDesignT.THEME_LIGHT_DARK),
    SHORTCUTS("Keyboard shortcuts", "F1", MaterialDesignK.KEYBOARD_OUTLINE),
    QUIT("Quit", "Shortcut+Q", MaterialDesignE.EXIT_TO_APP);

    private final String label;
    private final String accelerator;
    private final Ikon icon;

    StudioAction(String label, String accelerator, Ikon icon) {
        this.label = label;
        this.accelerator = accelerator;
        this.icon = icon;
    }

    public String label() {
        return label;
    }

    public KeyCombination accelerator() {
        return KeyCombination.valueOf(accelerator);
    }

    /** The shortcut as this platform writes it, e.g. "Ctrl+Shift+O". */
    public String acceleratorText() {
        return accelerator().getDisplayText();
    }

    public Ikon icon() {
        return icon;
    }
}
