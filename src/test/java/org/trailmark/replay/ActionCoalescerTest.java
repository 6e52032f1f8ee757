package org.trailmark.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trailmark.model.FieldRole;
import org.trailmark.model.PointerButton;
import org.trailmark.model.SessionLog;

class ActionCoalescerTest {

    private static List<Action> actions(Script s) {
        return ActionCoalescer.coalesce(s.build());
    }

    @Test
    void pressAndReleaseInPlaceIsAClick() {
        List<Action> a = actions(new Script().move(10, 10).click(PointerButton.LEFT, 100, 200));
        assertThat(a).singleElement().satisfies(click -> {
            assertThat(click.kind()).isEqualTo(ActionKind.CLICK);
            assertThat(click.x()).isEqualTo(100);
            assertThat(click.y()).isEqualTo(200);
            assertThat(click.button()).isEqualTo(PointerButton.LEFT);
        });
    }

    @Test
    void twoQuickClicksCloseTogetherAreADoubleClick() {
        List<Action> a = actions(new Script().click(PointerButton.LEFT, 100, 100).waitMs(150)
                .click(PointerButton.LEFT, 103, 101));
        assertThat(a).extracting(Action::kind).containsExactly(ActionKind.DOUBLE_CLICK);
        assertThat(a.get(0).firstEvent()).isZero();
        assertThat(a.get(0).lastEvent()).isEqualTo(3);
    }

    @Test
    void slowOrDistantSecondClicksStaySingle() {
        assertThat(actions(new Script().click(PointerButton.LEFT, 100, 100).waitMs(500)
                .click(PointerButton.LEFT, 100, 100))).extracting(Action::kind)
                .containsExactly(ActionKind.CLICK, ActionKind.CLICK);
        assertThat(actions(new Script().click(PointerButton.LEFT, 100, 100).waitMs(100)
                .click(PointerButton.LEFT, 120, 100))).extracting(Action::kind)
                .containsExactly(ActionKind.CLICK, ActionKind.CLICK);
    }

    @Test
    void rightAndMiddleClicksAreTheirOwnKinds() {
        assertThat(actions(new Script().click(PointerButton.RIGHT, 5, 5).waitMs(2000).click(PointerButton.MIDDLE, 5, 5)))
                .extracting(Action::kind).containsExactly(ActionKind.RIGHT_CLICK, ActionKind.WAIT, ActionKind.MIDDLE_CLICK);
    }

    @Test
    void pressMoveReleaseIsADragFromTo() {
        List<Action> a = actions(new Script().button(true, PointerButton.LEFT, 10, 10).move(30, 15).move(80, 40)
                .button(false, PointerButton.LEFT, 80, 40));
        assertThat(a).singleElement().satisfies(drag -> {
            assertThat(drag.kind()).isEqualTo(ActionKind.DRAG);
            assertThat(List.of(drag.x(), drag.y(), drag.toX(), drag.toY())).containsExactly(10, 10, 80, 40);
        });
    }

    @Test
    void aTinyWobbleWhileClickingIsStillAClick() {
        assertThat(actions(new Script().button(true, PointerButton.LEFT, 10, 10).move(12, 11)
                .button(false, PointerButton.LEFT, 13, 12))).extracting(Action::kind).containsExactly(ActionKind.CLICK);
    }

    @Test
    void wheelBurstsAreSummedIntoOneScroll() {
        List<Action> a = actions(new Script().wheel(50, 60, 0, -1).waitMs(100).wheel(50, 60, 0, -1).waitMs(200)
                .wheel(52, 60, 0, -2).waitMs(800).wheel(50, 60, 1, 0));
        assertThat(a).extracting(Action::kind).containsExactly(ActionKind.SCROLL, ActionKind.SCROLL);
        assertThat(a.get(0).scrollDy()).isEqualTo(-4);
        assertThat(a.get(0).x()).isEqualTo(50);
        assertThat(a.get(1).scrollDx()).isEqualTo(1);
    }

    @Test
    void consecutivePrintableKeysAreOneTypeAction() {
        List<Action> a = actions(new Script().focus("Mail", "x").type("Hello world").press("Enter"));
        assertThat(a).extracting(Action::kind).containsExactly(ActionKind.TYPE, ActionKind.KEY);
        assertThat(a.get(0).text()).isEqualTo("Hello world");
        assertThat(a.get(1).keys()).containsExactly("enter");
    }

    @Test
    void backspaceSplitsTypingIntoTypeKeyType() {
        List<Action> a = actions(new Script().type("helx").press("Backspace").type("lo"));
        assertThat(a).extracting(Action::kind).containsExactly(ActionKind.TYPE, ActionKind.KEY, ActionKind.TYPE);
        assertThat(a.get(1).keys()).containsExactly("backspace");
    }

    @Test
    void passwordTypingIsMarkedSecretAndSeparate() {
        List<Action> a = actions(new Script().focus("Browser", "Login").field(FieldRole.TEXT, "user").type("ann")
                .field(FieldRole.PASSWORD, "pw").type("hunter2"));
        assertThat(a).extracting(Action::kind).containsExactly(ActionKind.TYPE, ActionKind.TYPE);
        assertThat(a.get(0).secret()).isFalse();
        assertThat(a.get(1).secret()).isTrue();
        assertThat(a.get(1).toString()).doesNotContain("hunter2");
    }

    @Test
    void heldModifiersMakeAHotkey() {
        List<Action> a = actions(new Script().chord("KeyC", "ControlLeft").waitMs(50).chord("KeyT", "ControlLeft", "ShiftLeft")
                .waitMs(50).chord("Tab", "ShiftLeft"));
        assertThat(a).extracting(Action::kind).containsOnly(ActionKind.HOTKEY);
        assertThat(a).extracting(Action::keys).containsExactly(List.of("ctrl", "c"), List.of("ctrl", "shift", "t"),
                List.of("shift", "tab"));
    }

    @Test
    void shiftedLettersAreTypingNotHotkeys() {
        List<Action> a = actions(new Script().type("ABc"));
        assertThat(a).singleElement().satisfies(t -> assertThat(t.text()).isEqualTo("ABc"));
    }

    @Test
    void aModifierPressedAloneIsAKey() {
        List<Action> a = actions(new Script().press("MetaLeft"));
        assertThat(a).singleElement().satisfies(k -> {
            assertThat(k.kind()).isEqualTo(ActionKind.KEY);
            assertThat(k.keys()).containsExactly("meta");
        });
    }

    @Test
    void gapsOfASecondOrMoreBecomeWaits() {
        Script s = new Script().at(0).click(PointerButton.LEFT, 1, 1).waitMs(2500).type("a").waitMs(300).type("b");
        List<Action> a = actions(s);
        assertThat(a).extracting(Action::kind).containsExactly(ActionKind.CLICK, ActionKind.WAIT, ActionKind.TYPE);
        Action wait = a.get(1);
        assertThat(wait.startMs()).isEqualTo(a.get(0).endMs());
        assertThat(wait.endMs()).isEqualTo(a.get(2).startMs());
        assertThat(wait.durationMs()).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void typingPausedForASecondIsSplitByAWait() {
        List<Action> a = actions(new Script().type("ab").waitMs(1500).type("cd"));
        assertThat(a).extracting(Action::kind).containsExactly(ActionKind.TYPE, ActionKind.WAIT, ActionKind.TYPE);
    }

    @Test
    void ctrlClickCarriesTheModifier() {
        List<Action> a = actions(new Script().keyDown("ControlLeft", null).click(PointerButton.LEFT, 9, 9)
                .keyUp("ControlLeft"));
        assertThat(a).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ActionKind.CLICK);
            assertThat(c.keys()).containsExactly("ctrl");
        });
    }

    @Test
    void actionsAreInTimeOrderAndCoverTheirEvents() {
        SessionLog log = RandomSessions.log(42, 2000);
        List<Action> a = ActionCoalescer.coalesce(log);
        assertThat(a).isNotEmpty();
        for (int i = 1; i < a.size(); i++) {
            assertThat(a.get(i).startMs()).isGreaterThanOrEqualTo(a.get(i - 1).startMs());
        }
        for (Action action : a) {
            assertThat(action.endMs()).isGreaterThanOrEqualTo(action.startMs());
            if (action.kind() != ActionKind.WAIT) {
                assertThat(log.time(action.firstEvent())).isEqualTo(action.startMs());
                assertThat(log.time(action.lastEvent())).isEqualTo(action.endMs());
            }
        }
    }
}
