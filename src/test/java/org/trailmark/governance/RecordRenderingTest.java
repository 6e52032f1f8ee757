package org.trailmark.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.ConsentReference;
import org.trailmark.model.Screen;
import org.trailmark.model.SessionInfo;
import org.trailmark.store.SyntheticSessions;
import org.trailmark.store.Workspace;

/** The HTML page escapes everything and stands alone; the JSON keeps its documented keys. */
class RecordRenderingTest {
    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
    private static final String SCRIPT_PURPOSE = "<script>alert('x')</script>";

    @TempDir
    Path dir;

    @Test
    void aPurposeOrControllerNamedLikeMarkupIsTextInTheHtml() {
        try (Workspace ws = Workspace.open(dir.resolve("ws.trailmark"))) {
            ws.sessions().add(new SessionInfo("s1", "subj-a", "native", OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0,
                    ZoneOffset.UTC), List.of(new Screen(0, 0, 0, 1920, 1080, 1.0)), "t", "1",
                    new ConsentReference("p", "1", List.of(SCRIPT_PURPOSE), null), null),
                    SyntheticSessions.r1Like(100, 1), null, "importer");
            ws.settings().put(RecordHeader.CONTROLLER_NAME, "Acme & Sons <b>Ltd</b>", "dpo");

            String html = ProcessingRecordHtml.write(ProcessingRecords.of(ws, NOW));

            assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("<b>")
                    .contains("Purpose: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                    .contains("Acme &amp; Sons &lt;b&gt;Ltd&lt;/b&gt;");
            assertThat(html).as("self-contained: nothing fetched, nothing run")
                    .doesNotContain("src=", "href=", "<link", "@import", "url(", "javascript:")
                    .contains("<style>", "@media print");
        }
    }

    @Test
    void theJsonHasItsDocumentedKeysEvenForAnEmptyWorkspace() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.trailmark"))) {
            ws.sessions().add(SyntheticSessions.info("s1", "subj-a"), SyntheticSessions.r1Like(100, 1), null, "i");
            JsonNode json = new ObjectMapper().readTree(ProcessingRecordJson.write(ProcessingRecords.of(ws, NOW)));

            assertThat(fields(json)).containsExactly("record", "format_version", "controller", "generated_at",
                    "workspace", "trailmark_version", "purposes", "erasures", "retention", "legal_holds");
            assertThat(json.path("generated_at").asText()).isEqualTo("2026-12-05T08:00:00Z");
            JsonNode purpose = json.path("purposes").get(0);
            assertThat(fields(purpose)).containsExactly("purpose", "consent_kept", "subjects", "sessions",
                    "categories", "recipients", "retention", "open_holds", "withdrawals", "erasures", "flags",
                    "reviews");
            assertThat(fields(purpose.path("sessions"))).containsExactly("count", "events", "first_capture",
                    "last_capture");
            assertThat(purpose.path("sessions").path("first_capture").asText()).isEqualTo("2025-03-14T08:30:00Z");
            assertThat(fields(purpose.path("flags"))).containsExactly("password", "credential", "personal_data",
                    "third_party", "private", "other");
            assertThat(fields(purpose.path("reviews"))).containsExactly("new", "in_review", "reviewed", "approved",
                    "rejected", "done");
            assertThat(purpose.path("categories").get(0).path("category").asText()).isEqualTo("keystrokes");
        }
    }

    @Test
    void everyCategoryAndKeyIsDocumented() throws Exception {
        String doc = java.nio.file.Files.readString(Path.of("docs", "processing-record.md"));
        for (DataCategory c : DataCategory.values()) {
            assertThat(doc).as(c.key()).contains("`" + c.key() + "`");
        }
        for (String key : List.of("format_version", "controller.name", "generated_at", "trailmark_version",
                "purposes[]", "consent_kept", "subjects.with_sessions", "subjects.consenting", "subjects.withdrawn",
                "sessions.first_capture", "recipients[]", "export_id", "exported_by", "open_holds", "withdrawals",
                "erasures", "keep_while_cited", "retention.recorded", "legal_holds.open[]", "done")) {
            assertThat(doc).as(key).contains("`" + key + "`");
        }
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
