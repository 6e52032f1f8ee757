package org.trailmark.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.trailmark.model.EventSource;
import org.trailmark.model.SessionLog;

/**
 * A field's document order is kept only once an edit lands before its end (plain typing needs none),
 * and its arrays grow in steps of 2^k - 16 atoms. Wherever the first such edit falls — before, at or
 * after a growth step — the text read back must be what a plain editor holds: checked against a
 * StringBuilder with a caret, for the player's reconstruction and the scan's text-only one alike.
 */
class DocumentOrderProperties {
    /** Capacities the arrays pass through: 48, 112, 240, 496, 1008… */
    private static final int[] STEPS = {48, 112, 240, 496, 1008, 2032};

    @Property(tries = 60)
    void textReadsAsAPlainEditorWhereverTheFirstEditBeforeTheEndFalls(
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 0, max = 5) int step,
            @ForAll @IntRange(min = -3, max = 3) int offset) {
        Random random = new Random(seed);
        int plainTyping = Math.max(1, STEPS[step] + offset);
        Script script = new Script().focus("Editor", "notes");
        StringBuilder all = new StringBuilder();
        StringBuilder surviving = new StringBuilder();
        int[] caret = {0};
        for (int i = 0; i < plainTyping; i++) {
            typeOne(script, all, surviving, caret, random);
        }
        // From here on, anything: moves, deletes and typing in the middle.
        for (int i = 0; i < 400; i++) {
            int r = random.nextInt(10);
            if (r < 2 && caret[0] > 0) {
                script.press("ArrowLeft");
                caret[0]--;
            } else if (r < 3 && caret[0] < surviving.length()) {
                script.press("ArrowRight");
                caret[0]++;
            } else if (r < 4 && caret[0] > 0) {
                script.press("Backspace");
                surviving.deleteCharAt(--caret[0]);
            } else {
                typeOne(script, all, surviving, caret, random);
            }
        }
        SessionLog log = script.build();

        TextGroup played = TextReconstruction.of(log).groups().get(0);
        assertThat(played.textAt(log.size() - 1).text()).isEqualTo(surviving.toString());
        assertThat(played.transcript().survivingText()).isEqualTo(surviving.toString());

        TextReconstruction textOnly = TextReconstruction.textOnly(log::string, log.stringCount());
        EventSource.of(log).withoutPointerMoves(0, log.size(), textOnly);
        Transcript scanned = textOnly.finish().groups().get(0).transcript();
        assertThat(scanned.survivingText()).isEqualTo(surviving.toString());
        assertThat(scanned.text()).isEqualTo(played.transcript().text());
        assertThat(scanned.length()).isEqualTo(all.length());
        for (int i = 0; i < scanned.length(); i++) {
            assertThat(scanned.typedEvent(i)).isEqualTo(played.transcript().typedEvent(i));
            assertThat(scanned.typedMs(i)).isEqualTo(played.transcript().typedMs(i));
            assertThat(scanned.isDeleted(i)).isEqualTo(played.transcript().isDeleted(i));
        }
    }

    @Example
    void plainTypingKeepsNoDocumentOrder() {
        Script plain = new Script().focus("Editor", "notes");
        Script edited = new Script().focus("Editor", "notes");
        for (int i = 0; i < 2_000; i++) {
            plain.type("x");
            edited.type("x");
        }
        edited.press("ArrowLeft", 2_000).type("y");
        plain.type("y");
        TextGroup typed = textOnly(plain.build());
        TextGroup insertedAtStart = textOnly(edited.build());
        assertThat(typed.atomCount()).isEqualTo(insertedAtStart.atomCount());
        // The order costs four bytes an atom once an edit lands before the end, none before.
        assertThat(insertedAtStart.approximateBytes() - typed.approximateBytes())
                .isGreaterThanOrEqualTo(4L * insertedAtStart.atomCount());
    }

    private static TextGroup textOnly(SessionLog log) {
        TextReconstruction text = TextReconstruction.textOnly(log::string, log.stringCount());
        EventSource.of(log).withoutPointerMoves(0, log.size(), text);
        return text.finish().groups().get(0);
    }

    private static void typeOne(Script script, StringBuilder all, StringBuilder surviving, int[] caret, Random random) {
        char c = (char) ('a' + random.nextInt(26));
        script.type(String.valueOf(c));
        all.append(c);
        surviving.insert(caret[0]++, c);
    }
}
