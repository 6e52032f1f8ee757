package org.trailmark.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.Task;
import org.trailmark.model.TaskOutcome;
import org.trailmark.review.ReviewService;
import org.trailmark.store.Workspace;

class ExportVerifierTest {
    private static final Set<String> SECRET = Set.of("4111 1111 1111 1111", "zebracorn77");

    @TempDir
    Path dir;

    @Test
    void findsAValueWrittenWithoutItsSeparators() throws IOException {
        write("{\"actions\":[{\"type\":\"type\",\"text\":\"card 4111-1111-1111-1111\"}]}\n");
        assertThat(ExportVerifier.findLeaks(dir, SECRET)).singleElement().asString()
                .isEqualTo("data/train.jsonl: a flagged value appears with its separators removed");
    }

    @Test
    void findsAValueSpelledByConsecutiveKeyActions() throws IOException {
        StringBuilder actions = new StringBuilder();
        for (char c : "zebracorn77".toCharArray()) {
            actions.append(actions.isEmpty() ? "" : ",").append("{\"type\":\"key\",\"keys\":[\"").append(c).append("\"]}");
        }
        write("{\"actions\":[" + actions + "]}\n");
        List<String> problems = ExportVerifier.findLeaks(dir, SECRET);
        assertThat(problems).singleElement().asString().contains("spelled by consecutive key actions");
        assertThat(String.join("\n", problems)).doesNotContain("zebracorn", "4111");
    }

    @Test
    void acceptsFilesWithoutFlaggedValues() throws IOException {
        write("{\"actions\":[{\"type\":\"type\",\"text\":\"hello\"},{\"type\":\"redacted\"}]}\n");
        assertThat(ExportVerifier.findLeaks(dir, SECRET)).isEmpty();
    }

    @Test
    void anExportThatWouldLeakFailsAndLeavesNothingBehind() {
        ExportResult result;
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            ExportFixtures.addApprovedSession(ws, "s1", "alice");
            // A labeller copied the flagged value into the instruction: redaction of events cannot catch that.
            new ReviewService(ws, "rita").addTask(Task.draft("s1", 0, 1_000, "Type " + ExportFixtures.FLAGGED_TYPING,
                    null, TaskOutcome.SUCCESS));
            result = new Exporter(ws, ExportOptions.defaults("test").withSeed(1)).run(dir.resolve("out"));
        }
        assertThat(result.verified()).isFalse();
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).contains("appears as text"));
        assertThat(dir.resolve("out")).doesNotExist();
        assertThat(dir.resolve("out.partial")).doesNotExist();
    }

    private void write(String jsonl) throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/train.jsonl"), jsonl);
    }
}
