package org.trailmark.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.generate.SessionGenerator;
import org.trailmark.model.PointerButton;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;
import org.trailmark.store.Workspace;

/**
 * A long capture typed into one window is the scan's largest text: the field's arrays grow through
 * many steps, plain typing keeps no document order until a later edit lands in the middle, and the
 * views map back to the text through runs. Read from a workspace chunk by chunk, the scan must find
 * what the whole-log scan finds — the same kinds, times, events and previews — and the values planted
 * across the growth steps.
 */
class LongTypingScanTest {
    private static final String LETTERS = "etaoinshrdlucmfwypvbgkjqxz";

    @TempDir
    Path dir;

    @Test
    void aLongCaptureInOneWindowIsScannedAsTheWholeLogScanScansIt() {
        Random random = new Random(13);
        SessionLogBuilder log = new SessionLogBuilder();
        int[] now = {0};
        log.focus(now[0], "Editor", "notes.txt");
        int typed = 0;
        int planted = 0;
        int plantedBeforeMiddleEdits = 0;
        int nextValue = 40;
        while (typed < 140_000) {
            if (typed >= nextValue) {
                // Planted just before and after the arrays' growth steps (2^k - 16 atoms) and beyond.
                typed += type(log, now, " mail" + planted + ".person@example.org ");
                planted++;
                plantedBeforeMiddleEdits += typed < 50_000 ? 1 : 0;
                nextValue = planted < 12 ? (64 << planted) - 16 - 3 + random.nextInt(6) : typed + 3_000 + random.nextInt(4_000);
                continue;
            }
            int r = random.nextInt(1_000);
            if (r < 8) {
                key(log, now, "Backspace", null);
            } else if (r < 10) {
                now[0] += 300;
                log.button(now[0], true, PointerButton.LEFT, 400, 300);
                now[0] += 60;
                log.button(now[0], false, PointerButton.LEFT, 400, 300);
            } else if (r < 11 && typed > 50_000) {
                // Back into the text and typing there: the document order is kept from now on.
                int back = 1 + random.nextInt(30);
                for (int i = 0; i < back; i++) {
                    key(log, now, "ArrowLeft", null);
                }
                typed += type(log, now, "xy");
                for (int i = 0; i < back; i++) {
                    key(log, now, "ArrowRight", null);
                }
            } else {
                char c = random.nextInt(7) == 0 ? ' ' : LETTERS.charAt(random.nextInt(LETTERS.length()));
                typed += type(log, now, String.valueOf(c));
            }
            for (int m = random.nextInt(3); m > 0; m--) {
                log.pointerMove(now[0], 400 + m, 300);
            }
        }
        SessionLog session = log.build();
        SessionInfo info = SessionGenerator.samples(SessionGenerator.DEFAULT_SEED).get(0).info().withId("long-typing");

        List<Finding> reference = WholeLogReferenceScanner.scan(session).findings();
        try (Workspace workspace = Workspace.open(dir.resolve("w.trailmark"))) {
            workspace.sessions().add(info, session, null, "tester");
            List<Finding> streamed = SessionScanner.scan(workspace.sessions().storedEvents(info.id())).findings();
            assertThat(streamed).isEqualTo(reference);
        }
        assertThat(SessionScanner.scan(session).findings()).isEqualTo(reference);
        // Later edits in the middle may split an address; the ones planted before cannot be.
        assertThat(plantedBeforeMiddleEdits).isGreaterThanOrEqualTo(10);
        assertThat(reference.stream().filter(f -> f.kind() == FindingKind.EMAIL).count())
                .as("every address planted across the growth steps is found").isGreaterThanOrEqualTo(plantedBeforeMiddleEdits);
    }

    private static int type(SessionLogBuilder log, int[] now, String text) {
        for (char c : text.toCharArray()) {
            key(log, now, c == ' ' ? "Space" : c == '@' ? "Digit2" : c == '.' ? "Period"
                    : Character.isDigit(c) ? "Digit" + c : "Key" + Character.toUpperCase(c), String.valueOf(c));
        }
        return text.length();
    }

    private static void key(SessionLogBuilder log, int[] now, String code, String text) {
        now[0] += 40;
        log.key(now[0], true, code, text);
        now[0] += 30;
        log.key(now[0], false, code, null);
    }
}
