package org.trailmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The caps and messages of issue 11 items 5 and 8 as the command line shows them. */
class ImportLimitsCliTest {
    private static final String HEADER = "{\"format\":\"trailmark-session\",\"version\":\"1.0\",\"session\":\"s-caps\","
            + "\"subject\":\"subj-ana\",\"start\":\"2026-03-02T09:14:00.000+01:00\",\"time_unit\":\"ms\","
            + "\"screens\":[{\"id\":0,\"x\":0,\"y\":0,\"width\":1920,\"height\":1080,\"scale\":1.0}]}";

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private Path capture(int events) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < events; i++) {
            text.append("{\"t\":").append(i).append(",\"type\":\"pointer_move\",\"x\":1,\"y\":2}\n");
        }
        return Files.writeString(dir.resolve("capture.jsonl"), text);
    }

    @Test
    void importRefusesACaptureBeyondMaxEventsAndStoresNothing() throws IOException {
        Path file = capture(500);
        String workspace = dir.resolve("ws.trailmark").toString();

        Run refused = run("import", "--workspace", workspace, "--max-events", "100", file.toString());
        Run sessions = run("sessions", "--workspace", workspace);

        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.out()).contains(file + ": error: more than 100 events in capture.jsonl");
        assertThat(sessions.out()).doesNotContain("s-caps");
    }

    @Test
    void validateTakesTheSizeCapWithAUnit() throws IOException {
        Path file = capture(50_000);

        Run refused = run("validate", "--max-inflated-bytes", "1M", file.toString());
        Run accepted = run("validate", "--max-inflated-bytes", "1G", "--max-events", "50000", file.toString());

        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.out()).contains("more than 1 MiB in capture.jsonl once decompressed");
        assertThat(accepted.code()).isZero();
    }

    @Test
    void aSizeThatIsNotASizeIsAPlainError() throws IOException {
        Run run = run("validate", "--max-inflated-bytes", "lots", capture(1).toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--max-inflated-bytes takes a size such as 500000000, 512M or 4G");
    }

    @Test
    void aSubjectWithControlCharactersIsRefused() throws IOException {
        Run run = run("import", "--workspace", dir.resolve("ws.trailmark").toString(), "--subject", "ana\u001b[2J",
                capture(1).toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--subject", "control characters").doesNotContain("\u001b");
    }

    @Test
    void aPathThatDoesNotExistSaysSo() {
        Path missing = dir.resolve("nowhere.jsonl");

        Run run = run("validate", missing.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).contains(missing + ": error: no such file or folder")
                .doesNotContain("not a capture this version can read");
    }
}
