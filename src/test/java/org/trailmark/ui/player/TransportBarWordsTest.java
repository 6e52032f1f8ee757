package org.trailmark.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trailmark.ui.StudioAction;

/** The words the transport bar's icon-only toggles show in their tooltips are the actions' own. */
class TransportBarWordsTest {

    @Test
    void skipIdleAndLoopTooltipsNameTheActionsAndTheirKeys() {
        assertThat(TransportBar.SKIP_IDLE_LABEL).isEqualTo(StudioAction.SKIP_IDLE.label());
        assertThat(TransportBar.SKIP_IDLE_KEYS).isEqualTo(StudioAction.SKIP_IDLE.keysText());
        assertThat(TransportBar.LOOP_LABEL).isEqualTo(StudioAction.LOOP_SELECTION.label());
        assertThat(TransportBar.LOOP_KEYS).isEqualTo(StudioAction.LOOP_SELECTION.keysText());
    }
}
