package org.trailmark.subject;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.ContextKind;
import org.trailmark.model.ContextSpan;
import org.trailmark.store.Workspace;

/** A subject's archive holds the context spans of their sessions, third-party titles replaced; erasure takes them. */
class SubjectContextArchiveTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String OWN_TITLE = "Budget 2026 – Calc";
    private static final String OTHERS_TITLE = "Chat with Ben about his diagnosis";

    @TempDir
    Path dir;

    private Workspace ws;

    @BeforeEach
    void sessionWithContext() {
        ws = Workspace.open(dir.resolve("w.trailmark"));
        SubjectFixtures.addSession(ws, "ana-1", "ana");
        ws.context().add("ana-1", List.of(
                new ContextSpan(ContextKind.WINDOW, 0, 1_000, "Calc", OWN_TITLE, "", "aw.json"),
                new ContextSpan(ContextKind.WEB, SubjectFixtures.THIRD_PARTY_FROM, SubjectFixtures.THIRD_PARTY_FROM + 10,
                        "", OTHERS_TITLE, "https://chat.example/ben", "aw.json"),
                new ContextSpan(ContextKind.AFK, 2_000, 3_000, "", "", "", "aw.json")), "aw.json", "lead");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void theArchiveListsTheContextWithThirdPartyTitlesAndUrlsReplaced() throws Exception {
        Path file = dir.resolve("ana.json");

        new SubjectService(ws, "ana", Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC))
                .writeArchive(file);

        JsonNode context = MAPPER.readTree(file.toFile()).path("sessions").get(0).path("context");
        assertThat(context.findValuesAsText("kind")).containsExactly("window", "afk", "web");
        assertThat(context.findValuesAsText("title")).contains(OWN_TITLE, ThirdPartyRedaction.REDACTED_TITLE);
        assertThat(Files.readString(file)).doesNotContain(OTHERS_TITLE).doesNotContain("chat.example");
    }

    @Test
    void erasingTheSessionErasesItsContext() {
        ws.erasure().erase(List.of("ana-1"), "ana");

        assertThat(ws.context().ofSession("ana-1")).isEmpty();
    }
}
