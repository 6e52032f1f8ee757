package org.trailmark.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trailmark.generate.GeneratedSession;
import org.trailmark.generate.SessionGenerator;
import org.trailmark.replay.ReplayIndex;

class RecentTextTest {

    @Test
    void agreesWithTheReplayEngineAtEveryKeyOfEverySampleWhetherPlayedOrSeekedBackwards() {
        for (GeneratedSession session : SessionGenerator.samples(SessionGenerator.DEFAULT_SEED)) {
            ReplayIndex index = ReplayIndex.build(session.log());
            RecentText recent = new RecentText(index.text());
            int n = session.log().size();
            int step = Math.max(1, n / 400);
            for (int e = -1; e < n; e += step) {
                assertThat(recent.at(e, 6)).isEqualTo(index.text().at(e).recentGroups(6));
            }
            for (int e = n - 1; e >= -1; e -= step * 3) {
                assertThat(recent.at(e, 6)).isEqualTo(index.text().at(e).recentGroups(6));
            }
            assertThat(recent.at(n - 1, 2)).isEqualTo(index.text().at(n - 1).recentGroups(2));
        }
    }
}
