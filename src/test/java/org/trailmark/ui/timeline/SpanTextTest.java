package org.trailmark.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** What a span's bar shows of its label; widths here are 6 px a character, as a fixed-pitch font. */
class SpanTextTest {
    private static final ToDoubleFunction<String> SIX_PX = s -> 6.0 * s.length();

    @Test
    void aLabelThatFitsIsShownWhole() {
        assertThat(SpanText.fitted("Task", 60, SIX_PX)).isEqualTo("Task");
    }

    /** The bug: a task's bar went blank once its instruction, wider than the bar, was typed. */
    @Test
    void anInstructionWiderThanItsBarShowsItsStartCutWithAnEllipsis() {
        String instruction = "Answer the invoice e-mail from Acme with the delivery date";

        String shown = SpanText.fitted(instruction, 60, SIX_PX);

        assertThat(shown).isEqualTo("Answer th\u2026");
        assertThat(SIX_PX.applyAsDouble(shown)).isLessThanOrEqualTo(60);
    }

    @Test
    void aSpaceBeforeTheCutIsDropped() {
        assertThat(SpanText.fitted("Read the inbox", 36, SIX_PX)).isEqualTo("Read\u2026");
    }

    @Test
    void aBarTooNarrowForOneCharacterAndTheEllipsisShowsNothing() {
        assertThat(SpanText.fitted("Reply to Bob", 10, SIX_PX)).isEmpty();
    }
}
