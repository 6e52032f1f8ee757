package org.trailmark.ui;

import java.util.List;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCombination.ModifierValue;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * Every command of the studio with its label, shortcut and icon, so menus, buttons and the
 * shortcuts sheet cannot disagree. "Shortcut" is Ctrl on Linux/Windows and ⌘ on macOS.
 * Alt+arrows are avoided: window managers and screen readers take them.
 *
 * <p>The playback and timeline keys are single keys, as in a video editor. They are
 * {@linkplain #isBareKey() bare keys}: they work wherever the focus is except in a text field,
 * where the key is typed instead.
 *
 * <p>The review keys (I, O, Enter, 1–9, S, M, Delete, Shift+F, Y, N, Esc) are bare keys too. S
 * splits a task, as in most editors' "split at playhead"; skip idle, a setting flipped rarely,
 * moved to Shift+S to make room. One review key is {@linkplain #isPanelKey() the panel's own}: the
 * digits (a tap picks a label, a hold during playback labels the stretch, so they need the key's
 * release as well as its press).
 */
public enum StudioAction {
    IMPORT_FILES(Group.FILE, "Import files…", code(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
            MaterialDesignF.FILE_IMPORT_OUTLINE),
    IMPORT_FOLDER(Group.FILE, "Import folder…",
            code(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            MaterialDesignF.FOLDER_OPEN_OUTLINE),
    IMPORT_CONTEXT(Group.FILE, "Import ActivityWatch context…",
            code(KeyCode.I, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), MaterialDesignC.CLOCK_OUTLINE),
    EXPORT(Group.FILE, "Export training set…", code(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
            MaterialDesignD.DATABASE_EXPORT_OUTLINE),
    OPEN_TEAM_WORKSPACE(Group.FILE, "Open team workspace\u2026",
            code(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), MaterialDesignD.DATABASE_OUTLINE),
    OPEN_WORKSPACE_FILE(Group.FILE, "Open workspace file\u2026",
            code(KeyCode.W, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), MaterialDesignF.FILE_OUTLINE),
    REFRESH(Group.FILE, "Refresh", code(KeyCode.F5), MaterialDesignR.REFRESH),
    SWITCH_ROLE(Group.FILE, "Switch role…", code(KeyCode.U, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            MaterialDesignA.ACCOUNT_SWITCH_OUTLINE),
    QUIT(Group.FILE, "Quit", code(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), MaterialDesignE.EXIT_TO_APP),

    UNDO(Group.EDIT, "Undo", code(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), MaterialDesignU.UNDO),
    REDO(Group.EDIT, "Redo", code(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            MaterialDesignR.REDO),
    NEXT_TO_REVIEW(Group.EDIT, "Next session for me", code(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
            MaterialDesignA.ARROW_RIGHT_BOLD_BOX_OUTLINE),

    PLAY_PAUSE(Group.PLAYBACK, "Play / pause", code(KeyCode.SPACE), MaterialDesignP.PLAY_PAUSE),
    PLAY_FASTER(Group.PLAYBACK, "Play, or play faster", code(KeyCode.L), MaterialDesignF.FAST_FORWARD),
    PAUSE(Group.PLAYBACK, "Pause", code(KeyCode.K), MaterialDesignP.PAUSE),
    SLOWER_OR_BACK(Group.PLAYBACK, "Play slower, or one event back when paused", code(KeyCode.J),
            MaterialDesignR.REWIND),
    PREVIOUS_EVENT(Group.PLAYBACK, "Previous event", code(KeyCode.LEFT), MaterialDesignS.STEP_BACKWARD,
            code(KeyCode.KP_LEFT)),
    NEXT_EVENT(Group.PLAYBACK, "Next event", code(KeyCode.RIGHT), MaterialDesignS.STEP_FORWARD,
            code(KeyCode.KP_RIGHT)),
    BACK_SECOND(Group.PLAYBACK, "Back one second", code(KeyCode.LEFT, KeyCombination.SHIFT_DOWN),
            MaterialDesignR.REWIND_OUTLINE, code(KeyCode.KP_LEFT, KeyCombination.SHIFT_DOWN)),
    FORWARD_SECOND(Group.PLAYBACK, "Forward one second", code(KeyCode.RIGHT, KeyCombination.SHIFT_DOWN),
            MaterialDesignF.FAST_FORWARD_OUTLINE, code(KeyCode.KP_RIGHT, KeyCombination.SHIFT_DOWN)),
    PREVIOUS_FRAME(Group.PLAYBACK, "Back one frame (1/60 s)", character(","), MaterialDesignM.MENU_LEFT,
            code(KeyCode.COMMA)),
    NEXT_FRAME(Group.PLAYBACK, "Forward one frame (1/60 s)", character("."), MaterialDesignM.MENU_RIGHT,
            code(KeyCode.PERIOD)),
    PREVIOUS_OF_KIND(Group.PLAYBACK, "Previous event of the chosen kind", character("["),
            MaterialDesignC.CHEVRON_DOUBLE_LEFT, code(KeyCode.OPEN_BRACKET)),
    NEXT_OF_KIND(Group.PLAYBACK, "Next event of the chosen kind", character("]"),
            MaterialDesignC.CHEVRON_DOUBLE_RIGHT, code(KeyCode.CLOSE_BRACKET)),
    GO_TO_START(Group.PLAYBACK, "Start of the session", code(KeyCode.HOME), MaterialDesignS.SKIP_BACKWARD),
    GO_TO_END(Group.PLAYBACK, "End of the session", code(KeyCode.END), MaterialDesignS.SKIP_FORWARD),
    SKIP_IDLE(Group.PLAYBACK, "Skip idle stretches while playing", code(KeyCode.S, KeyCombination.SHIFT_DOWN),
            MaterialDesignS.SKIP_NEXT_OUTLINE),
    LOOP_SELECTION(Group.PLAYBACK, "Loop the selected range (Shift+drag on the ruler)", code(KeyCode.R),
            MaterialDesignR.REPEAT),

    MARK_IN(Group.REVIEW, "Task in point at the playhead", code(KeyCode.I), MaterialDesignR.RAY_START),
    MARK_OUT(Group.REVIEW, "Task out point at the playhead", code(KeyCode.O), MaterialDesignR.RAY_END),
    ADD_TASK(Group.REVIEW, "Add the marked span as a task", code(KeyCode.ENTER), MaterialDesignP.PLUS_BOX_OUTLINE),
    USE_SUGGESTION(Group.REVIEW, "Add it with the capture's suggested instruction",
            code(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), MaterialDesignL.LIGHTBULB_OUTLINE),
    PICK_LABEL(Group.REVIEW, "Pick a label; hold while playing to label that stretch", code(KeyCode.DIGIT1),
            MaterialDesignT.TAG_OUTLINE),
    SPLIT_TASK(Group.REVIEW, "Split the task at the playhead", code(KeyCode.S), MaterialDesignC.CONTENT_CUT),
    MERGE_TASK(Group.REVIEW, "Merge the task with the next one", code(KeyCode.M), MaterialDesignM.MERGE),
    DELETE_TASK(Group.REVIEW, "Delete the selected task or flag", code(KeyCode.DELETE), MaterialDesignD.DELETE_OUTLINE),
    FLAG_SPAN(Group.REVIEW, "Flag the marked span as sensitive…", code(KeyCode.F, KeyCombination.SHIFT_DOWN),
            MaterialDesignF.FLAG_OUTLINE),
    DRAW_REGION(Group.REVIEW, "Draw a region of the picture to mask\u2026", code(KeyCode.G),
            MaterialDesignV.VECTOR_SQUARE),
    CONFIRM_FLAG(Group.REVIEW, "Confirm the selected flag", code(KeyCode.Y), MaterialDesignC.CHECK),
    REJECT_FLAG(Group.REVIEW, "Reject the selected flag", code(KeyCode.N), MaterialDesignC.CLOSE),
    CLEAR_MARKS(Group.REVIEW, "Clear the in and out points", code(KeyCode.ESCAPE), MaterialDesignE.ERASER),
    TAKE_INTO_GOLD(Group.REVIEW, "Take the picked span into the gold set (Adjudicate tab)", code(KeyCode.T),
            MaterialDesignS.SOURCE_MERGE),
    SCAN_SESSION(Group.REVIEW, "Scan for sensitive data",
            code(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), MaterialDesignS.SHIELD_SEARCH),

    MARK_PRIVATE(Group.PRIVACY, "Mark the selected stretch private", code(KeyCode.P), MaterialDesignE.EYE_OFF_OUTLINE),
    MARK_SESSION_PRIVATE(Group.PRIVACY, "Mark the whole session private", code(KeyCode.P, KeyCombination.SHIFT_DOWN),
            MaterialDesignE.EYE_OFF),

    ZOOM_IN(Group.VIEW, "Zoom the timeline in", character("+"), MaterialDesignM.MAGNIFY_PLUS_OUTLINE,
            code(KeyCode.EQUALS), code(KeyCode.ADD), code(KeyCode.PLUS)),
    ZOOM_OUT(Group.VIEW, "Zoom the timeline out", character("-"), MaterialDesignM.MAGNIFY_MINUS_OUTLINE,
            code(KeyCode.MINUS), code(KeyCode.SUBTRACT)),
    FIT(Group.VIEW, "Show the whole session on the timeline", code(KeyCode.F), MaterialDesignF.FIT_TO_PAGE_OUTLINE),
    FIND(Group.VIEW, "Filter sessions", code(KeyCode.F, KeyCombination.SHORTCUT_DOWN), MaterialDesignM.MAGNIFY),
    SESSION_LIST(Group.VIEW, "Session list", code(KeyCode.B, KeyCombination.SHORTCUT_DOWN), MaterialDesignD.DOCK_LEFT),
    TOGGLE_THEME(Group.VIEW, "Toggle light/dark theme",
            code(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), MaterialDesignT.THEME_LIGHT_DARK),
    AUDIT_LOG(Group.VIEW, "Audit log…", code(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            MaterialDesignH.HISTORY),
    RECORDS_OF_PROCESSING(Group.VIEW, "Records of processing\u2026",
            code(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), MaterialDesignF.FILE_DOCUMENT_OUTLINE),
    MY_DATA(Group.VIEW, "My data", code(KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            MaterialDesignA.ACCOUNT_DETAILS_OUTLINE),

    SHORTCUTS(Group.HELP, "Keyboard shortcuts", code(KeyCode.F1), MaterialDesignK.KEYBOARD_OUTLINE,
            character("?"));

    /** The menu an action is listed under, in menu-bar order. */
    public enum Group {
        FILE("File"), EDIT("Edit"), PLAYBACK("Playback"), REVIEW("Review"), PRIVACY("Privacy"), VIEW("View"),
        HELP("Help");

        private final String label;

        Group(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Group group;
    private final String label;
    private final KeyCombination accelerator;
    private final Ikon icon;
    private final List<KeyCombination> alternatives;

    StudioAction(Group group, String label, KeyCombination accelerator, Ikon icon, KeyCombination... alternatives) {
        this.group = group;
        this.label = label;
        this.accelerator = accelerator;
        this.icon = icon;
        this.alternatives = List.of(alternatives);
    }

    public Group group() {
        return group;
    }

    public String label() {
        return label;
    }

    /** The shortcut menus show. */
    public KeyCombination accelerator() {
        return accelerator;
    }

    /** Further keys that do the same (the keypad's arrows, "=" for "+" on keyboards without one). */
    public List<KeyCombination> alternatives() {
        return alternatives;
    }

    /** The shortcut as this platform writes it, e.g. "Ctrl+Shift+O"; arrows as arrows. */
    public String acceleratorText() {
        return displayText(accelerator);
    }

    /** The shortcut and any alternative written with a character of its own, e.g. "F1 or ?". */
    public String keysText() {
        if (this == PICK_LABEL) {
            return "1 \u2013 9";
        }
        StringBuilder text = new StringBuilder(acceleratorText());
        for (KeyCombination alternative : alternatives) {
            if (alternative instanceof KeyCharacterCombination) {
                text.append(" or ").append(displayText(alternative));
            }
        }
        return text.toString();
    }

    public Ikon icon() {
        return icon;
    }

    /**
     * A key without Ctrl, Alt or ⌘: it must not fire while a text field has the focus, since the
     * person is typing there.
     */
    public boolean isBareKey() {
        return accelerator.getControl() != ModifierValue.DOWN && accelerator.getAlt() != ModifierValue.DOWN
                && accelerator.getMeta() != ModifierValue.DOWN && accelerator.getShortcut() != ModifierValue.DOWN;
    }

    /**
     * A key the review panel handles itself rather than the window (see the class comment): it is
     * listed on the shortcuts sheet but has no menu item.
     */
    public boolean isPanelKey() {
        return this == PICK_LABEL;
    }

    /** Who is offered an action: the people reviewing sessions, the person recorded in them, or both. */
    public enum Audience {
        EVERYONE, LABELER, SUBJECT
    }

    /**
     * Who the studio offers this action to. A subject sees only their own sessions, so everything
     * that reaches past them (imports, exports, the review queue, scans) or edits the review is the
     * labeler's alone; marking something private is the subject's alone.
     */
    public Audience audience() {
        return switch (this) {
            case IMPORT_FILES, IMPORT_FOLDER, IMPORT_CONTEXT, EXPORT, UNDO, REDO, NEXT_TO_REVIEW, ADD_TASK, USE_SUGGESTION,
                    PICK_LABEL, SPLIT_TASK, MERGE_TASK, DELETE_TASK, FLAG_SPAN, DRAW_REGION, CONFIRM_FLAG, REJECT_FLAG,
                    SCAN_SESSION, RECORDS_OF_PROCESSING -> Audience.LABELER;
            case MARK_PRIVATE, MARK_SESSION_PRIVATE, MY_DATA -> Audience.SUBJECT;
            default -> Audience.EVERYONE;
        };
    }

    /** Whether the studio offers the action in subject mode ({@code true}) or to labelers ({@code false}). */
    public boolean isOffered(boolean subjectMode) {
        Audience audience = audience();
        return audience == Audience.EVERYONE || (audience == Audience.SUBJECT) == subjectMode;
    }

    /** Whether the key press is this action's shortcut or one of its alternatives. */
    public boolean matches(KeyEvent event) {
        if (matches(accelerator, event)) {
            return true;
        }
        for (KeyCombination alternative : alternatives) {
            if (matches(alternative, event)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(KeyCombination combination, KeyEvent event) {
        if (combination instanceof KeyCharacterCombination character) {
            // A character such as "+" or "?" needs Shift on some layouts and not on others: only
            // the text it produced counts, and Ctrl, Alt or ⌘ make it another shortcut.
            return character.getCharacter().equals(event.getText()) && !event.isControlDown()
                    && !event.isAltDown() && !event.isMetaDown() && !event.isShortcutDown();
        }
        return combination.match(event);
    }

    private static KeyCodeCombination code(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers);
    }

    /** A character whatever Shift it takes on the keyboard at hand. */
    private static KeyCharacterCombination character(String character) {
        return new KeyCharacterCombination(character, ModifierValue.ANY, ModifierValue.UP, ModifierValue.UP,
                ModifierValue.UP, ModifierValue.UP);
    }

    private static String displayText(KeyCombination combination) {
        if (combination instanceof KeyCodeCombination keys) {
            String arrow = switch (keys.getCode()) {
                case LEFT, KP_LEFT -> "\u2190";
                case RIGHT, KP_RIGHT -> "\u2192";
                case UP, KP_UP -> "\u2191";
                case DOWN, KP_DOWN -> "\u2193";
                default -> null;
            };
            if (arrow != null) {
                String full = combination.getDisplayText();
                String name = keys.getCode().getName();
                return full.endsWith(name) ? full.substring(0, full.length() - name.length()) + arrow : full;
            }
        }
        return combination.getDisplayText();
    }
}
