package org.trailmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.store.DatasetExports;
import org.trailmark.store.ErasureResult;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.SyntheticSessions;
import org.trailmark.store.Workspace;

/** erase --session | --subject, end to end against a workspace file, with stdin standing in for the user. */
class EraseCliTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private Path workspace;
    private InputStream realIn;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void threeSessionsOfTwoSubjects() {
        realIn = System.in;
        workspace = dir.resolve("ws.trailmark");
        try (Workspace w = Workspace.open(workspace)) {
            w.sessions().add(SyntheticSessions.info("a-1", "subj-a"), SyntheticSessions.r1Like(400, 1), null, "test");
            w.sessions().add(SyntheticSessions.info("a-2", "subj-a"), SyntheticSessions.r1Like(400, 2), null, "test");
            w.sessions().add(SyntheticSessions.info("b-1", "subj-b"), SyntheticSessions.r1Like(400, 3), null, "test");
            w.audit().append("exporter", DatasetExports.AUDIT_ACTION, "a-1", DatasetExports.detail("exp-7", "ds-march"));
            w.audit().append("exporter", DatasetExports.AUDIT_ACTION, "b-1", DatasetExports.detail("exp-7", "ds-march"));
        }
    }

    @AfterEach
    void restoreStdin() {
        System.setIn(realIn);
    }

    private Run run(String stdin, String... args) {
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--workspace");
        all.add(workspace.toString());
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private List<String> remaining() {
        try (Workspace w = Workspace.open(workspace)) {
            return w.sessions().all().stream().map(SessionSummary::id).toList();
        }
    }

    @Test
    void withoutYesAndWithStdinClosedItShowsThePlanAndRefuses() {
        Run r = run("", "erase", "--session", "a-1");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("erase 1 session(s) for good: a-1", "400 events", "exp-7", "ds-march",
                "Type ERASE to confirm");
        assertThat(r.err()).contains("standard input is closed", "nothing erased", "--yes");
        assertThat(remaining()).containsExactly("a-1", "a-2", "b-1");
    }

    @Test
    void anAnswerOtherThanEraseErasesNothing() {
        Run r = run("yes\n", "erase", "--session", "a-1");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("not confirmed");
        assertThat(remaining()).containsExactly("a-1", "a-2", "b-1");
    }

    @Test
    void typingEraseConfirms() {
        Run r = run("ERASE\n", "erase", "--session", "a-2", "--by", "curator");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Erased 1 session(s): a-2");
        assertThat(remaining()).containsExactly("a-1", "b-1");
    }

    @Test
    void withYesItErasesAndNamesTheDatasetsThatHeldTheSessions() {
        Run r = run("", "erase", "--session", "a-1", "--yes", "--by", "curator");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Erased 1 session(s): a-1", "400 events, 0 tasks, 0 flags",
                "Datasets made before this erasure that contained these sessions: exp-7 (",
                "ds-march)", "bytes before", "bytes after");
        assertThat(remaining()).containsExactly("a-2", "b-1");
        try (Workspace w = Workspace.open(workspace)) {
            assertThat(w.audit().entries("a-1")).last().satisfies(e -> {
                assertThat(e.action()).isEqualTo(ErasureResult.AUDIT_ACTION);
                assertThat(e.actor()).isEqualTo("curator");
            });
        }
    }

    @Test
    void bySubjectErasesAllAndOnlyThatSubjectsSessions() throws Exception {
        Run r = run("", "erase", "--subject", "subj-a", "--yes", "--json");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = MAPPER.readTree(r.out());
        assertThat(json.get("erased")).extracting(JsonNode::asText).containsExactly("a-1", "a-2");
        assertThat(json.get("events").asLong()).isEqualTo(800);
        JsonNode export = json.get("earlier_exports").get(0);
        assertThat(export.get("export_id").asText()).isEqualTo("exp-7");
        assertThat(export.get("folder").asText()).isEqualTo("ds-march");
        assertThat(export.get("sessions")).extracting(JsonNode::asText).containsExactly("a-1");
        assertThat(json.get("file_bytes_after").asLong()).isPositive();
        assertThat(remaining()).containsExactly("b-1");
    }

    @Test
    void anUnknownSessionErasesNothing() {
        Run r = run("", "erase", "--session", "a-1", "--session", "nope", "--yes");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no session nope", "nothing erased");
        assertThat(remaining()).containsExactly("a-1", "a-2", "b-1");
    }

    @Test
    void aWorkspaceOpenInAStudioWindowIsNotErasedUnderIt() {
        try (org.trailmark.store.WorkspaceLock window = org.trailmark.store.WorkspaceLock.acquire(workspace)) {
            Run r = run("", "erase", "--session", "a-1", "--yes");

            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("open in a Trailmark window", "nothing erased");
        }
        assertThat(remaining()).containsExactly("a-1", "a-2", "b-1");
    }

    @Test
    void sessionAndSubjectTogetherIsAUsageError() {
        Run r = run("", "erase", "--session", "a-1", "--subject", "subj-a", "--yes");

        assertThat(r.code()).isEqualTo(2);
        assertThat(remaining()).containsExactly("a-1", "a-2", "b-1");
    }
}
