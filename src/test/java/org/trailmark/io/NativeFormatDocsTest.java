package org.trailmark.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.EventKind;
import org.trailmark.model.FieldRole;
import org.trailmark.model.PointerButton;

/** Keeps docs/session-format.md and its schema in step with the code. */
class NativeFormatDocsTest {
    private static final Path SCHEMA = Path.of("docs/session-format.schema.json");
    private static final Path DOC = Path.of("docs/session-format.md");

    private static final List<String> KINDS = Arrays.stream(EventKind.values()).map(EventKind::wireName).toList();

    @TempDir
    Path dir;

    private static JsonNode schema() throws IOException {
        return new ObjectMapper().readTree(SCHEMA.toFile());
    }

    @Test
    void schemaIsDraft2020JsonWithHeaderAndEventSchemas() throws IOException {
        JsonNode schema = schema();

        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.at("/$defs/header/required")).extracting(JsonNode::asText)
                .containsExactly("format", "version", "session", "subject", "start", "time_unit", "screens");
        assertThat(schema.at("/$defs/header/properties/format/const").asText()).isEqualTo(NativeFormat.FORMAT_ID);
    }

    @Test
    void schemaHasOneEventVariantPerEventKind() throws IOException {
        JsonNode schema = schema();
        List<String> refs = new ArrayList<>();
        for (JsonNode variant : schema.at("/$defs/event/oneOf")) {
            refs.add(variant.get("$ref").asText().replace("#/$defs/", ""));
        }

        assertThat(refs).containsExactlyInAnyOrderElementsOf(concat(KINDS, "unknown"));
        for (String kind : KINDS) {
            assertThat(schema.at("/$defs/" + kind + "/properties/type/const").asText()).as(kind).isEqualTo(kind);
        }
        assertThat(schema.at("/$defs/unknown/properties/type/not/enum")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrderElementsOf(KINDS);
    }

    @Test
    void schemaListsEveryButtonAndFieldRole() throws IOException {
        JsonNode schema = schema();

        assertThat(schema.at("/$defs/button/enum")).extracting(JsonNode::asText).containsExactlyElementsOf(
                Arrays.stream(PointerButton.values()).map(PointerButton::wireName).toList());
        assertThat(schema.at("/$defs/field/properties/role/enum")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(Arrays.stream(FieldRole.values()).map(FieldRole::wireName).toList());
    }

    @Test
    void documentNamesEveryEventKind() throws IOException {
        String doc = Files.readString(DOC);

        for (String kind : KINDS) {
            assertThat(doc).contains("`" + kind + "`");
        }
    }

    @Test
    void documentedExamplesReadWithoutProblems() throws IOException {
        String doc = Files.readString(DOC);
        String header = codeBlock(doc, "```json\n");
        String events = codeBlock(doc, "```jsonl\n");
        Path file = NativeTestSessions.writeLines(dir, "doc.jsonl", header, events.strip());

        ReadResult result = new NativeSessionReader().read(file, ImportOptions.defaults());

        assertThat(result.problems()).isEmpty();
        assertThat(result.sessions().get(0).log().countsByKind().values()).allMatch(n -> n > 0);
    }

    @Test
    void schemaAndDocumentDescribeScreenMediaAsTheReaderReadsThem() throws IOException {
        JsonNode schema = schema();
        String doc = Files.readString(DOC);

        assertThat(schema.at("/$defs/header/properties/media/items/$ref").asText()).isEqualTo("#/$defs/media");
        assertThat(schema.at("/$defs/media_video/required")).extracting(JsonNode::asText)
                .containsExactly("kind", "file", "first_frame");
        assertThat(schema.at("/$defs/media_images/required")).extracting(JsonNode::asText)
                .containsExactly("kind", "stills");
        for (String key : List.of("first_frame", "pauses", "resume", "stop", "stills", "area")) {
            assertThat(doc).contains("`" + key + "`");
        }
        int start = doc.indexOf("\"media\":[");
        String media = doc.substring(start + "\"media\":".length(), doc.indexOf("\n]", start) + 2);
        String header = codeBlock(doc, "```json\n");
        Path file = NativeTestSessions.writeLines(dir, "media.jsonl",
                header.substring(0, header.length() - 1) + ",\"media\":" + media.replace("\n", "") + "}");

        ReadResult result = new NativeSessionReader().read(file, ImportOptions.defaults());

        assertThat(result.problems()).extracting(Problem::reason).containsOnly(
                "no events after the header; the session is imported without events");
        assertThat(result.sessions().get(0).media()).hasSize(2);
    }

    private static String codeBlock(String doc, String opening) {
        int start = doc.indexOf(opening) + opening.length();
        return doc.substring(start, doc.indexOf("```", start)).strip();
    }

    private static List<String> concat(List<String> list, String extra) {
        List<String> all = new ArrayList<>(list);
        all.add(extra);
        return all;
    }
}
