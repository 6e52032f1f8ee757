package org.trailmark.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.FieldRole;
import org.trailmark.model.Screen;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;

/** A 4-character password is below the length checked everywhere, but must still be caught where typing shows. */
class ShortValueVerificationTest {
    private static final String PIN = "q7kz";

    @TempDir
    Path dir;

    @Test
    void aShortPasswordTypedInAPasswordFieldIsAFlaggedValue() {
        SessionLogBuilder b = new SessionLogBuilder();
        b.focus(0, "Bank", "Sign in");
        b.field(100, FieldRole.PASSWORD, "PIN");
        int t = 200;
        for (char c : PIN.toCharArray()) {
            String code = Character.isDigit(c) ? "Digit" + c : "Key" + Character.toUpperCase(c);
            b.key(t, true, code, String.valueOf(c));
            b.key(t + 40, false, code, null);
            t += 150;
        }
        SessionLog log = b.build();
        assertThat(Redactor.redact(log, List.of()).originals()).contains(PIN);
    }

    @Test
    void findsAShortPasswordTypedAsAWordInATrajectory() throws IOException {
        write("data/train.jsonl", "{\"actions\":[{\"type\":\"type\",\"text\":\"my pin is " + PIN + ", ok\"}]}\n");
        List<String> problems = ExportVerifier.findLeaks(dir, Set.of(PIN));
        assertThat(problems).containsExactly("data/train.jsonl: a short flagged value is typed as a whole word");
        assertThat(String.join("\n", problems)).doesNotContain(PIN);
    }

    @Test
    void findsAShortPasswordSpelledByConsecutiveKeyEvents() throws IOException {
        StringBuilder events = new StringBuilder("{\"t\":0,\"type\":\"click\",\"x\":1,\"y\":1}\n");
        int t = 10;
        for (char c : PIN.toCharArray()) {
            events.append("{\"t\":").append(t).append(",\"type\":\"key_down\",\"code\":\"Key")
                    .append(Character.toUpperCase(c)).append("\",\"text\":\"").append(c).append("\"}\n");
            events.append("{\"t\":").append(t + 5).append(",\"type\":\"pointer_move\",\"x\":3,\"y\":4}\n");
            t += 20;
        }
        events.append("{\"t\":").append(t).append(",\"type\":\"key_down\",\"code\":\"Enter\"}\n");
        write("data/events/train/e-1.jsonl", events.toString());
        assertThat(ExportVerifier.findLeaks(dir, Set.of(PIN)))
                .containsExactly("data/events/train/e-1.jsonl: a short flagged value is typed as a whole word");
    }

    @Test
    void aLongValueWrittenWithJsonEscapesInAnEventStreamIsStillFound() throws IOException {
        write("data/events/train/e-2.jsonl",
                "{\"t\":0,\"type\":\"pointer_move\",\"x\":1,\"y\":2}\n"
                + "{\"t\":5,\"type\":\"focus\",\"app\":\"Mail\",\"title\":\"Pay\\u0072oll of Jane Roe\"}\n");
        assertThat(ExportVerifier.findLeaks(dir, Set.of("Payroll of Jane Roe")))
                .containsExactly("data/events/train/e-2.jsonl: a flagged value appears as text");
    }

    @Test
    void aShortValueInsideALongerWordOrOutsideTypingIsNotALeak() throws IOException {
        write("data/train.jsonl", "{\"instruction\":\"" + PIN + "\",\"actions\":[{\"type\":\"type\",\"text\":\"x"
                + PIN + "y and " + PIN + "9\"}]}\n");
        assertThat(ExportVerifier.findLeaks(dir, Set.of(PIN))).isEmpty();
    }

    @Test
    void anExportWithAShortPasswordVerifiesAndDoesNotContainIt() throws IOException {
        ExportResult result;
        try (var ws = org.trailmark.store.Workspace.open(dir.resolve("w.db"))) {
            SessionInfo info = new SessionInfo("s1", "dana", "native", OffsetDateTime.parse("2026-03-02T09:00:00Z"),
                    List.of(new Screen(0, 0, 0, 1920, 1080, 1.0)), "test", "1", null, null);
            SessionLogBuilder b = new SessionLogBuilder();
            b.focus(0, "Bank", "Sign in");
            b.field(100, FieldRole.PASSWORD, "PIN");
            int t = 200;
            for (char c : PIN.toCharArray()) {
                String code = Character.isDigit(c) ? "Digit" + c : "Key" + Character.toUpperCase(c);
                b.key(t, true, code, String.valueOf(c));
                b.key(t + 40, false, code, null);
                t += 150;
            }
            b.pointerMove(5_000, 10, 10);
            ws.sessions().add(info, b.build(), null, "test");
            ws.consent().grant("dana", org.trailmark.model.ConsentPurpose.TRAINING, "policy", "1", "tester", "cli");
            new org.trailmark.review.ReviewService(ws, "rita").setReviewStatus("s1",
                    org.trailmark.model.ReviewStatus.APPROVED, null);
            result = new Exporter(ws, ExportOptions.defaults("test").withSeed(3)
                    .withFormats(java.util.EnumSet.allOf(ExportFormat.class))).run(dir.resolve("out"));
        }
        assertThat(result.problems()).isEmpty();
        assertThat(ExportVerifier.findLeaks(dir.resolve("out"), Set.of(PIN))).isEmpty();
    }

    private void write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
