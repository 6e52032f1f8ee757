package org.trailmark.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trailmark.model.PointerButton;
import org.trailmark.replay.Action;
import org.trailmark.replay.ActionKind;

class PyautoguiCallTest {
    private static Action action(ActionKind kind, int x, int y, int dy, String text, List<String> keys) {
        return new Action(kind, 0, 100, x, y, x + 10, y + 20, PointerButton.values()[0], 0, dy, text, false, keys, 0, 1);
    }

    @Test
    void pointerActionsBecomeCallsWithPixelCoordinates() {
        assertThat(PyautoguiCall.of(action(ActionKind.CLICK, 10, 20, 0, null, List.of()))).isEqualTo("pyautogui.click(10, 20)");
        assertThat(PyautoguiCall.of(action(ActionKind.DOUBLE_CLICK, 1, 2, 0, null, List.of())))
                .isEqualTo("pyautogui.doubleClick(1, 2)");
        assertThat(PyautoguiCall.of(action(ActionKind.SCROLL, 5, 6, -3, null, List.of())))
                .isEqualTo("pyautogui.scroll(-3, x=5, y=6)");
        assertThat(PyautoguiCall.of(action(ActionKind.DRAG, 1, 2, 0, null, List.of())))
                .isEqualTo("pyautogui.moveTo(1, 2); pyautogui.dragTo(11, 22, duration=0.100)");
    }

    @Test
    void keyboardActionsBecomeWriteHotkeyAndPress() {
        assertThat(PyautoguiCall.of(action(ActionKind.TYPE, 0, 0, 0, "it's", List.of()))).isEqualTo("pyautogui.write('it\\'s')");
        assertThat(PyautoguiCall.of(action(ActionKind.HOTKEY, 0, 0, 0, null, List.of("ctrl", "c"))))
                .isEqualTo("pyautogui.hotkey('ctrl', 'c')");
        assertThat(PyautoguiCall.of(action(ActionKind.KEY, 0, 0, 0, null, List.of("enter")))).isEqualTo("pyautogui.press('enter')");
        assertThat(PyautoguiCall.of(action(ActionKind.WAIT, 0, 0, 0, null, List.of()))).isNull();
    }

    @Test
    void quotesTextAsAPythonLiteral() {
        assertThat(PyautoguiCall.quoted("it's a\\b\n")).isEqualTo("'it\\'s a\\\\b\\n'");
    }
}
