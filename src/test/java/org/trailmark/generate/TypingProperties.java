package org.trailmark.generate;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.trailmark.model.EventKind;
import org.trailmark.model.SessionLog;

class TypingProperties {

    @Property(tries = 200)
    void whateverIsTypedReadsBackAsTheSameText(
            @ForAll @CharRange(from = ' ', to = '~') @Chars({'\n', '\t'}) @StringLength(max = 80) String text,
            @ForAll long seed, @ForAll @DoubleRange(min = 0, max = 20) double typoScale) {
        EventColumns out = new EventColumns();
        Actor actor = new Actor(out, new Rng(seed), Persona.CHLOE, Scenario.FULL_HD);
        actor.typeSecret(SecretKind.PRIVATE_CHAT, text, typoScale);
        actor.finish();
        SessionLog log = out.toLog();

        PlantedSecret planted = actor.planted().get(0);
        assertThat(TypedText.all(log)).isEqualTo(text);
        assertThat(TypedText.between(log, planted.startMs(), planted.endMs())).isEqualTo(text);
    }

    @Property(tries = 50)
    void anyLargeSessionHasExactlyTheEventsAskedFor(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 4_000) int events) {
        SessionLog log = SessionGenerator.large(seed, events).log();
        assertThat(log.size()).isEqualTo(events);
        assertThat(log.countsByKind().get(EventKind.POINTER_MOVE)).isGreaterThanOrEqualTo((long) (events * 0.9));
    }
}
