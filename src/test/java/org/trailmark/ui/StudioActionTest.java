package org.trailmark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;
import org.trailmark.ui.player.PlayerShortcut;

class StudioActionTest {

    @Test
    void everyActionHasALabelAnIconAndAShortcutOfItsOwn() {
        Set<KeyCombination> shortcuts = Arrays.stream(StudioAction.values()).map(StudioAction::accelerator)
                .collect(Collectors.toSet());
        assertThat(shortcuts).hasSize(StudioAction.values().length);
        assertThat(StudioAction.values()).allSatisfy(a -> {
            assertThat(a.label()).isNotBlank();
            assertThat(a.icon()).isNotNull();
            assertThat(a.acceleratorText()).isNotBlank();
        });
    }

    @Test
    void noTwoActionsAnswerTheSameKeyPress() {
        for (StudioAction action : StudioAction.values()) {
            for (KeyCombination keys : keysOf(action)) {
                if (keys instanceof KeyCodeCombination code) {
                    KeyEvent press = press(code.getCode(), "", code.getShift() == KeyCombination.ModifierValue.DOWN,
                            code.getControl() == KeyCombination.ModifierValue.DOWN
                                    || code.getShortcut() == KeyCombination.ModifierValue.DOWN);
                    assertThat(Arrays.stream(StudioAction.values()).filter(a -> a.matches(press)))
                            .as(action + " " + keys).containsExactly(action);
                }
            }
        }
    }

    @Test
    void noShortcutUsesAltWithAnArrowKey() {
        List<KeyCode> arrows = List.of(KeyCode.LEFT, KeyCode.RIGHT, KeyCode.UP, KeyCode.DOWN, KeyCode.KP_LEFT,
                KeyCode.KP_RIGHT, KeyCode.KP_UP, KeyCode.KP_DOWN);
        assertThat(StudioAction.values()).allSatisfy(a -> keysOf(a).forEach(keys -> {
            boolean altArrow = keys instanceof KeyCodeCombination code && arrows.contains(code.getCode())
                    && code.getAlt() == KeyCombination.ModifierValue.DOWN;
            assertThat(altArrow).as(a.name()).isFalse();
        }));
    }

    @Test
    void shortcutsAreTheOnesTheHelpSheetPromises() {
        assertThat(StudioAction.SHORTCUTS.accelerator()).isEqualTo(new KeyCodeCombination(KeyCode.F1));
        assertThat(StudioAction.SHORTCUTS.keysText()).isEqualTo("F1 or ?");
        assertThat(StudioAction.IMPORT_FILES.accelerator())
                .isEqualTo(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        assertThat(StudioAction.REFRESH.accelerator()).isEqualTo(new KeyCodeCombination(KeyCode.F5));
        assertThat(StudioAction.PLAY_PAUSE.accelerator()).isEqualTo(new KeyCodeCombination(KeyCode.SPACE));
        assertThat(StudioAction.BACK_SECOND.acceleratorText()).endsWith("\u2190").contains("Shift");
        assertThat(StudioAction.ZOOM_IN.acceleratorText()).isEqualTo("+");
    }

    @Test
    void plusZoomsInWhateverKeyProducesIt() {
        assertThat(StudioAction.ZOOM_IN.matches(press(KeyCode.EQUALS, "+", true, false))).isTrue();
        assertThat(StudioAction.ZOOM_IN.matches(press(KeyCode.EQUALS, "=", false, false))).isTrue();
        assertThat(StudioAction.ZOOM_IN.matches(press(KeyCode.ADD, "+", false, false))).isTrue();
        assertThat(StudioAction.ZOOM_OUT.matches(press(KeyCode.MINUS, "-", false, false))).isTrue();
        assertThat(StudioAction.ZOOM_IN.matches(press(KeyCode.EQUALS, "+", true, true)))
                .as("Ctrl makes it another shortcut").isFalse();
    }

    @Test
    void playbackKeysAreBareKeysThatYieldToTextFieldsAndWindowKeysAreNot() {
        assertThat(Arrays.stream(StudioAction.values()).filter(a -> a.group() == StudioAction.Group.PLAYBACK))
                .allMatch(StudioAction::isBareKey);
        assertThat(StudioAction.TOGGLE_THEME.isBareKey()).isFalse();
        assertThat(StudioAction.FIND.isBareKey()).isFalse();
        assertThat(StudioAction.PLAY_FASTER.matches(press(KeyCode.L, "L", true, true))).isFalse();
        assertThat(StudioAction.TOGGLE_THEME.matches(press(KeyCode.L, "L", true, true))).isTrue();
    }

    @Test
    void theTransportTooltipsNameTheKeysOfTheActions() {
        assertThat(PlayerShortcut.PLAY_PAUSE.keys()).isEqualTo(StudioAction.PLAY_PAUSE.acceleratorText());
        assertThat(PlayerShortcut.PLAY_PAUSE.label()).isEqualTo(StudioAction.PLAY_PAUSE.label());
        assertThat(PlayerShortcut.START_END.keys()).isEqualTo(StudioAction.GO_TO_START.acceleratorText());
        assertThat(PlayerShortcut.START_END.label()).isEqualTo(StudioAction.GO_TO_START.label());
    }

    private static List<KeyCombination> keysOf(StudioAction action) {
        return Stream.concat(Stream.of(action.accelerator()), action.alternatives().stream()).toList();
    }

    private static KeyEvent press(KeyCode code, String text, boolean shift, boolean control) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", text, code, shift, control, false, false);
    }
}
