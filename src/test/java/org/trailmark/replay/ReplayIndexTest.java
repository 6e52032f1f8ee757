package org.trailmark.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.trailmark.model.EventKind;
import org.trailmark.model.FieldRole;
import org.trailmark.model.PointerButton;
import org.trailmark.model.SessionLog;

class ReplayIndexTest {

    @Test
    void beforeTheFirstEventNothingIsKnown() {
        SessionLog log = new Script().at(100).move(5, 6).build();
        ReplayState state = ReplayIndex.build(log).stateAt(50);
        assertThat(state.eventIndex()).isEqualTo(-1);
        assertThat(state.pointerKnown()).isFalse();
        assertThat(state.app()).isNull();
        assertThat(state.text().groups()).isEmpty();
        assertThat(state.recentKeys()).isEmpty();
    }

    @Test
    void stateShowsPointerButtonsWindowFieldAndPause() {
        Script s = new Script().at(0).focus("Mail", "Inbox").field(FieldRole.TEXT, "To").move(10, 20)
                .button(true, PointerButton.LEFT, 11, 21);
        int pressedAt = s.now();
        s.move(40, 50);
        for (int i = 0; i < 200; i++) {
            s.move(40 + i, 50);
        }
        s.button(false, PointerButton.LEFT, 300, 50).pause();
        int pausedAt = s.now();
        s.waitMs(5000).resume();
        SessionLog log = s.build();
        ReplayIndex index = ReplayIndex.build(log);

        ReplayState pressed = index.stateAt(pressedAt);
        assertThat(pressed.pointerX()).isEqualTo(11);
        assertThat(pressed.isHeld(PointerButton.LEFT)).isTrue();
        assertThat(pressed.app()).isEqualTo("Mail");
        assertThat(pressed.title()).isEqualTo("Inbox");
        assertThat(pressed.fieldRole()).isEqualTo(FieldRole.TEXT);
        assertThat(pressed.fieldLabel()).isEqualTo("To");

        ReplayState paused = index.stateAt(pausedAt + 100);
        assertThat(paused.paused()).isTrue();
        assertThat(paused.pointerX()).isEqualTo(300);
        assertThat(paused.isHeld(PointerButton.LEFT)).isFalse();
        assertThat(index.stateAt(Integer.MAX_VALUE).paused()).isFalse();
    }

    @Test
    void eventsAtTheSameMillisecondAreAllApplied() {
        SessionLog log = new org.trailmark.model.SessionLogBuilder().pointerMove(10, 1, 1).pointerMove(10, 2, 2)
                .pointerMove(20, 3, 3).build();
        ReplayState state = ReplayIndex.build(log).stateAt(10);
        assertThat(state.eventIndex()).isEqualTo(1);
        assertThat(state.pointerX()).isEqualTo(2);
    }

    @Test
    void theHudHoldsTheLastEightKeys() {
        SessionLog log = new Script().focus("Editor", "x").type("abcdefghij").build();
        ReplayState state = ReplayIndex.build(log).stateAt(Integer.MAX_VALUE);
        assertThat(state.recentKeys()).extracting(KeyStroke::label).containsExactly("c", "d", "e", "f", "g", "h", "i", "j");
        assertThat(state.text().recentGroups(3)).singleElement().satisfies(g -> assertThat(g.text()).isEqualTo("abcdefghij"));
    }

    @Test
    void recentGroupsPutTheLastEditedFirst() {
        SessionLog log = new Script().focus("A", "a").type("one").focus("B", "b").type("two").focus("A", "a").type("!")
                .build();
        ReplayState state = ReplayIndex.build(log).stateAt(Integer.MAX_VALUE);
        assertThat(state.text().recentGroups(5)).extracting(GroupText::text).containsExactly("one!", "two");
    }

    @Test
    void seekingToAnEventGivesTheStateRightAfterIt() {
        SessionLog log = new Script().focus("Editor", "x").type("abc").build();
        ReplayIndex index = ReplayIndex.build(log);
        int secondKeyDown = index.nextIndexOfKind(index.nextIndexOfKind(0, EventKind.KEY_DOWN), EventKind.KEY_DOWN);
        assertThat(index.stateAtEvent(secondKeyDown).text().groups().get(0).text()).isEqualTo("ab");
        assertThat(index.previousIndexOfKind(secondKeyDown, EventKind.FOCUS)).isZero();
        assertThatThrownBy(() -> index.stateAtEvent(log.size())).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void theIndexCostsLittleBeyondTheLog() {
        SessionLog log = org.trailmark.replay.bench.SyntheticWorkday.log(50_000, 1);
        ReplayIndex index = ReplayIndex.build(log);
        assertThat(index.approximateBytes()).isLessThan(log.size() * 2L);
    }
}
