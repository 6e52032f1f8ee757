package org.trailmark.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentRecord;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FlagStatus;
import org.trailmark.model.ScreenRegion;
import org.trailmark.review.ReviewService;
import org.trailmark.store.AuditEntry;
import org.trailmark.store.FileModes;
import org.trailmark.store.Workspace;

class SubjectArchiveTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Workspace ws;
    private SubjectService ana;

    @BeforeEach
    void twoSubjects() {
        ws = Workspace.open(dir.resolve("w.trailmark"));
        SubjectFixtures.addSession(ws, "ana-1", "ana");
        SubjectFixtures.addSession(ws, "ben-1", "ben", SubjectFixtures.OTHER_SUBJECTS_TEXT, "2026-03-02T10:00:00Z");
        ws.consent().grant("ana", ConsentPurpose.TRAINING, "acme", "3", "lead", ConsentRecord.CLI);
        ws.consent().grant("ben", ConsentPurpose.TRAINING, "acme", "3", "lead", ConsentRecord.CLI);
        new ReviewService(ws, "rita").recordView("ben-1");
        ana = new SubjectService(ws, "ana", FIXED);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void theArchiveParsesAndHoldsOnlyTheSubjectsOwnData() throws IOException {
        ana.markPrivate("ana-1", SubjectFixtures.PRIVATE_FROM, SubjectFixtures.PRIVATE_TO);
        Path file = dir.resolve("mine/ana.json");

        ana.writeArchive(file);

        JsonNode root = MAPPER.readTree(file.toFile());
        assertThat(root.path("format").asText()).isEqualTo("trailmark-subject-archive");
        assertThat(root.path("version").asInt()).isEqualTo(1);
        assertThat(root.path("subject").asText()).isEqualTo("ana");
        assertThat(root.path("created_at").asText()).isEqualTo("2026-04-01T12:00:00Z");
        assertThat(root.path("readme").asText()).contains("withdraw", "erase", "third_party");
        assertThat(root.path("consent")).singleElement()
                .satisfies(c -> assertThat(c.path("policy").asText()).isEqualTo("acme"));
        assertThat(root.path("sessions").findValuesAsText("id")).contains("ana-1").doesNotContain("ben-1");
        JsonNode session = root.path("sessions").get(0);
        assertThat(session.path("duration_ms").asLong()).isEqualTo(SubjectFixtures.DURATION_MS);
        assertThat(session.path("apps").toString()).contains("Mail", "Notes", "CRM");
        assertThat(session.path("screens").get(0).path("width").asInt()).isEqualTo(1920);
        assertThat(session.path("tasks").get(0).path("instruction").asText()).isEqualTo("Write the quarterly mail");
        assertThat(session.path("flags").findValuesAsText("source")).containsExactlyInAnyOrder("manual", "subject");
        assertThat(root.path("audit").findValuesAsText("session_id")).contains("ana-1").doesNotContain("ben-1");
        assertThat(root.path("exports").isArray()).isTrue();

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain(SubjectFixtures.OTHER_SUBJECTS_TEXT.substring(0, 5), "subject=ben");
    }

    @Test
    void thirdPartyDataIsRedactedWhileTheSubjectsOwnTypingAndPasswordStay() throws IOException {
        Path file = dir.resolve("ana.json");
        ana.markPrivate("ana-1", SubjectFixtures.PRIVATE_FROM, SubjectFixtures.PRIVATE_TO);

        ana.writeArchive(file);

        JsonNode events = MAPPER.readTree(file.toFile()).path("sessions").get(0).path("events");
        String typed = typedText(events);
        assertThat(typed).contains(SubjectFixtures.OWN_TEXT, SubjectFixtures.PRIVATE_TEXT,
                SubjectFixtures.OWN_PASSWORD).doesNotContain(SubjectFixtures.THIRD_PARTY_TEXT.substring(0, 5));
        List<String> titles = events.findValuesAsText("title");
        assertThat(titles).contains(ThirdPartyRedaction.REDACTED_TITLE, SubjectFixtures.PRIVATE_TITLE)
                .doesNotContain(SubjectFixtures.THIRD_PARTY_TITLE);
        assertThat(Files.readString(file)).doesNotContain(SubjectFixtures.THIRD_PARTY_TITLE);
        for (JsonNode e : events) {
            if (e.path("type").asText().startsWith("key_")) {
                int t = e.path("t").asInt();
                assertThat(t >= SubjectFixtures.THIRD_PARTY_FROM && t < SubjectFixtures.THIRD_PARTY_TO)
                        .as("a key at %d ms, inside the third-party stretch", t).isFalse();
            }
        }
        JsonNode first = events.get(0);
        assertThat(fieldNames(first)).containsExactly("t", "type", "app", "title");
    }

    @Test
    void aRejectedThirdPartyFlagRedactsNothing() throws IOException {
        Flag flag = ws.flags().ofSession("ana-1").stream().filter(f -> f.category() == FlagCategory.THIRD_PARTY)
                .findFirst().orElseThrow();
        new ReviewService(ws, "rita").setFlagStatus(flag.id(), FlagStatus.REJECTED);
        Path file = dir.resolve("ana.json");

        ana.writeArchive(file);

        JsonNode events = MAPPER.readTree(file.toFile()).path("sessions").get(0).path("events");
        assertThat(typedText(events)).contains(SubjectFixtures.THIRD_PARTY_TEXT);
    }

    @Test
    void theSameDataGivesTheSameArchiveWithFieldsInAFixedOrder() throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        ana.writeArchive(a);
        ana.writeArchive(b);

        ObjectNode first = (ObjectNode) MAPPER.readTree(a.toFile());
        ObjectNode second = (ObjectNode) MAPPER.readTree(b.toFile());
        // Each download is itself audited, so the second archive's audit holds one entry more.
        assertThat(second.path("audit").size()).isEqualTo(first.path("audit").size() + 1);
        // ... and is an access of the person's own sessions, which the second archive's views list
        assertThat(first.path("views").toString()).doesNotContain("subject_self_access");
        assertThat(second.path("views").toString()).contains("\"purpose\":\"subject_self_access\"");
        first.remove(List.of("audit", "views"));
        second.remove(List.of("audit", "views"));
        assertThat(MAPPER.writeValueAsString(second)).isEqualTo(MAPPER.writeValueAsString(first));
        assertThat(fieldNames(MAPPER.readTree(a.toFile()))).containsExactly("format", "version", "subject",
                "created_at", "readme", "consent", "sessions", "audit", "exports", "views", "consent_receipts");
        assertThat(fieldNames(first.path("sessions").get(0))).containsExactly("id", "start", "duration_ms",
                "review_status", "apps", "screens", "events", "context", "tasks", "flags", "media");
        assertThat(fieldNames(first.path("sessions").get(0).path("flags").get(0))).containsExactly("id", "start_ms",
                "end_ms", "category", "source", "status", "reason", "detector", "confidence", "region");
    }

    @Test
    void aPrivateRegionIsListedWithItsArea() throws IOException {
        ana.markPrivate("ana-1", 100, 900, new ScreenRegion(10, 20, 300, 400));
        Path file = dir.resolve("a.json");
        ana.writeArchive(file);

        JsonNode flags = MAPPER.readTree(file.toFile()).path("sessions").get(0).path("flags");
        List<JsonNode> regions = new ArrayList<>();
        flags.forEach(f -> regions.add(f.path("region")));
        assertThat(regions).filteredOn(JsonNode::isNull).isNotEmpty();
        assertThat(regions).filteredOn(JsonNode::isObject).singleElement().satisfies(r ->
                assertThat(List.of(r.path("x").asInt(), r.path("y").asInt(), r.path("width").asInt(),
                        r.path("height").asInt())).containsExactly(10, 20, 300, 400));
    }

    @Test
    void aDownloadIsAuditedWithoutContentAndLeavesNoTemporaryFile() throws IOException {
        ana.writeArchive(dir.resolve("out/ana.json"));

        List<AuditEntry> mine = ana.auditAboutMe();
        AuditEntry last = mine.get(mine.size() - 1);
        assertThat(last.action()).isEqualTo(SubjectService.AUDIT_ARCHIVE);
        assertThat(last.actor()).isEqualTo("ana");
        assertThat(last.detail()).isEqualTo("archive subject=ana sessions=1");
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("ana.json");
        }
    }

    @Test
    void theArchiveAndTheFolderMadeForItAreOwnerOnly() throws IOException {
        assumeTrue(FileModes.posix(dir), "POSIX modes");
        Path file = dir.resolve("my-data").resolve("ana.json");

        ana.writeArchive(file);

        assertThat(FileModes.mode(file)).isEqualTo(FileModes.OWNER_ONLY_FILE);
        assertThat(FileModes.mode(file.getParent())).isEqualTo(FileModes.OWNER_ONLY_FOLDER);
    }

    @Test
    void aFailedWriteLeavesNothingAndIsNotAudited() throws IOException {
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where a folder should be");
        int before = ws.audit().entries(null).size();

        assertThatThrownBy(() -> ana.writeArchive(blocked.resolve("ana.json")))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(ws.audit().entries(null)).hasSize(before);
    }

    private static String typedText(JsonNode events) {
        StringBuilder typed = new StringBuilder();
        for (JsonNode e : events) {
            if (e.path("type").asText().equals("key_down") && e.has("text")) {
                typed.append(e.path("text").asText());
            }
        }
        return typed.toString();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
