package org.trailmark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

class StudioActionTest {

    @Test
    void everyActionHasALabelAnIconAndAShortcutOfItsOwn() {
        Set<KeyCombination> shortcuts = Arrays.stream(StudioAction.values()).map(StudioAction::accelerator)
                .collect(Collectors.toSet());
        assertThat(shortcuts).hasSize(StudioAction.values().length);
        assertThat(StudioAction.values()).allSatisfy(a -> {
            assertThat(a.label()).isNotBlank();
            assertThat(a.icon()).isNotNull();
        });
    }

    @Test
    void noShortcutUsesAltWithAnArrowKey() {
        List<KeyCode> arrows = List.of(KeyCode.LEFT, KeyCode.RIGHT, KeyCode.UP, KeyCode.DOWN);
        assertThat(StudioAction.values()).allSatisfy(a -> {
            KeyCodeCombination combination = (KeyCodeCombination) a.accelerator();
            assertThat(combination.getAlt() == KeyCombination.ModifierValue.DOWN
                    && arrows.contains(combination.getCode())).isFalse();
        });
    }

    @Test
    void shortcutsAreTheOnesTheHelpSheetPromises() {
        assertThat(StudioAction.SHORTCUTS.accelerator()).isEqualTo(new KeyCodeCombination(KeyCode.F1));
        assertThat(StudioAction.IMPORT_FILES.accelerator())
                .isEqualTo(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        assertThat(StudioAction.REFRESH.accelerator()).isEqualTo(new KeyCodeCombination(KeyCode.F5));
    }
}
