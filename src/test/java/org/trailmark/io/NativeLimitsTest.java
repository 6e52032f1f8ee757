package org.trailmark.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.EventKind;
import org.trailmark.model.SessionLog;

/** Issue 11 item 8 for the native format: the documented line limit holds, and ids are printable. */
class NativeLimitsTest {
    @TempDir
    Path dir;

    @Test
    void aValidLineAboveJacksonsDefaultStringLimitAndBelow64MiBIsRead() throws IOException {
        String title = "x".repeat(21_000_000); // Jackson's own default refuses strings over 20,000,000 chars
        Path file = NativeTestSessions.writeLines(dir, "long.jsonl.gz", NativeTestSessions.HEADER,
                "{\"t\":1,\"type\":\"focus\",\"app\":\"Editor\",\"title\":\"" + title + "\"}",
                "{\"t\":2,\"type\":\"pointer_move\",\"x\":1,\"y\":1}");

        ReadResult result = Importers.read(file, ImportOptions.defaults());

        assertThat(result.problems()).isEmpty();
        SessionLog log = result.sessions().get(0).log();
        assertThat(log.size()).isEqualTo(2);
        assertThat(log.kind(0)).isEqualTo(EventKind.FOCUS);
        assertThat(log.string(log.b(0))).hasSize(21_000_000);
    }

    @Test
    void aSessionIdWithControlCharactersIsRefused() throws IOException {
        Path file = NativeTestSessions.writeLines(dir, "bell.jsonl",
                NativeTestSessions.HEADER.replace("\"s-0001\"", "\"s-00\\u001b[2J01\""),
                "{\"t\":1,\"type\":\"pointer_move\",\"x\":1,\"y\":1}");

        ReadResult result = Importers.read(file, ImportOptions.defaults());

        assertThat(result.sessions()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.reason()).isEqualTo("field \"session\" contains control characters (at character 5);"
                    + " use printable characters only");
        });
    }

    @Test
    void aSubjectIdWithControlCharactersIsRefused() throws IOException {
        Path file = NativeTestSessions.writeLines(dir, "rtl.jsonl",
                NativeTestSessions.HEADER.replace("\"subj-ana\"", "\"subj-\\u202eana\""));

        ReadResult result = Importers.read(file, ImportOptions.defaults());

        assertThat(result.sessions()).isEmpty();
        assertThat(result.problems()).singleElement().extracting(Problem::reason).asString()
                .startsWith("field \"subject\" contains control characters");
    }

    @Test
    void theSchemaPatternForIdsAgreesWithTheReader() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Path.of("docs/session-format.schema.json").toFile());
        Pattern session = Pattern.compile(schema.at("/$defs/header/properties/session/pattern").asText());
        Pattern subject = Pattern.compile(schema.at("/$defs/header/properties/subject/pattern").asText());

        for (String id : List.of("s-0001", "subj ana", "ünïcødé-ïd", "名前", "a\tb", "a\u001bb", "a\u0085b",
                "a\u00adb", "a\u200bb", "a\u202eb", "a\u2066b", "a\u2028b", "a\ufeffb", "   ")) {
            boolean accepted = Identifiers.problem(id) == null;
            assertThat(session.matcher(id).matches()).as(id).isEqualTo(accepted);
            assertThat(subject.matcher(id).matches()).as(id).isEqualTo(accepted);
        }
    }

    @Test
    void aSubjectOverrideWithControlCharactersIsRefused() {
        assertThatThrownBy(() -> new ImportOptions("subj\nforged log line"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the subject id contains control characters (at character 5); use printable characters only");
    }
}
