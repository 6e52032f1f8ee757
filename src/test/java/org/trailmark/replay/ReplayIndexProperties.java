package org.trailmark.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.trailmark.model.SessionLog;

class ReplayIndexProperties {

    @Property(tries = 150)
    void seekingThroughTheIndexEqualsReplayingFromTheStart(@ForAll long seed, @ForAll @IntRange(min = 0, max = 700) int events) {
        SessionLog log = RandomSessions.log(seed, events);
        ReplayIndex index = ReplayIndex.build(log);
        Random r = new Random(seed ^ 0x5eed);
        int end = (int) log.durationMs();
        for (int k = 0; k < 12; k++) {
            int t = r.nextInt(end + 20) - 10;
            ReplayState fast = index.stateAt(t);
            ReplayState naive = NaiveReplay.stateAt(log, t);
            assertThat(fast).isEqualTo(naive);
            assertThat(fast.text().groups()).isEqualTo(naive.text().groups());
        }
        assertThat(index.stateAt(Integer.MAX_VALUE)).isEqualTo(NaiveReplay.stateAt(log, Integer.MAX_VALUE));
    }

    @Property(tries = 100)
    void aTranscriptsSurvivingCharactersAreTheFinalText(@ForAll long seed, @ForAll @IntRange(min = 1, max = 700) int events) {
        SessionLog log = RandomSessions.log(seed, events);
        TextHistory history = TextReconstruction.of(log);
        for (TextGroup group : history.groups()) {
            Transcript transcript = group.transcript();
            assertThat(transcript.survivingText()).isEqualTo(group.textAt(log.size() - 1).text());
            for (int i = 0; i < transcript.length(); i++) {
                assertThat(transcript.typedEvent(i)).isBetween(0, log.size() - 1);
                if (transcript.isDeleted(i)) {
                    assertThat(transcript.deletedEvent(i)).isGreaterThanOrEqualTo(transcript.typedEvent(i));
                    assertThat(transcript.deletedMs(i)).isEqualTo(log.time(transcript.deletedEvent(i)));
                }
            }
        }
    }

    @Property(tries = 100)
    void caretAndSelectionStayInsideTheText(@ForAll long seed, @ForAll @IntRange(min = 1, max = 500) int events) {
        SessionLog log = RandomSessions.log(seed, events);
        TextHistory history = TextReconstruction.of(log);
        for (int i = 0; i < log.size(); i += 7) {
            for (GroupText g : history.at(i).groups()) {
                int units = g.runs().stream().mapToInt(TextRun::length).sum();
                assertThat(g.caret()).isBetween(0, units);
                assertThat(g.selectionStart()).isBetween(0, g.selectionEnd());
                assertThat(g.selectionEnd()).isLessThanOrEqualTo(units);
            }
        }
    }
}
