package org.trailmark.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.EventKind;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;

/** The clipboard event of format 1.2: length always, text only when it was kept. */
class NativeClipboardTest {
    @TempDir
    Path dir;

    @Test
    void aClipboardEventIsWrittenWithItsLengthAndTextOnlyWhenKeptAndTheFileSays12() throws IOException {
        SessionLog log = new SessionLogBuilder().pointerMove(0, 1, 2).clipboard(5, 12, null).clipboard(6, 3, "abc")
                .build();
        Path file = dir.resolve("c.jsonl");

        NativeSessionWriter.write(NativeTestSessions.info(), log, file);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).contains("\"version\":\"1.2\"");
        assertThat(lines.subList(2, 4)).containsExactly("{\"t\":5,\"type\":\"clipboard\",\"length\":12}",
                "{\"t\":6,\"type\":\"clipboard\",\"length\":3,\"text\":\"abc\"}");
    }

    @Test
    void aClipboardEventWithoutAUsableLengthIsSkippedWithAWarning() throws IOException {
        Path file = NativeTestSessions.writeLines(dir, "bad.jsonl", NativeTestSessions.HEADER,
                "{\"t\":1,\"type\":\"clipboard\",\"length\":4,\"text\":\"abcd\"}",
                "{\"t\":2,\"type\":\"clipboard\"}",
                "{\"t\":3,\"type\":\"clipboard\",\"length\":-1}",
                "{\"t\":4,\"type\":\"clipboard\",\"length\":2.5}",
                "{\"t\":5,\"type\":\"clipboard\",\"length\":\"7\"}",
                "{\"t\":6,\"type\":\"clipboard\",\"length\":7,\"text\":7}",
                "{\"t\":7, \"type\": \"clipboard\", \"length\": 9}");

        ReadResult result = new NativeSessionReader().read(file, ImportOptions.defaults());

        SessionLog log = result.sessions().get(0).log();
        assertThat(log.size()).isEqualTo(2);
        assertThat(log.kind(0)).isEqualTo(EventKind.CLIPBOARD);
        assertThat(log.a(0)).isEqualTo(4);
        assertThat(log.string(log.b(0))).isEqualTo("abcd");
        assertThat(log.a(1)).isEqualTo(9);
        assertThat(log.b(1)).isEqualTo(SessionLog.NO_STRING);
        assertThat(result.problems()).extracting(Problem::line).containsExactly(3L, 4L, 5L, 6L, 7L);
        assertThat(result.problems()).allMatch(p -> p.reason().contains("length") || p.reason().contains("text"));
    }
}
