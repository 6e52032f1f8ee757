package org.trailmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.review.ReviewFixtures;
import org.trailmark.store.Workspace;

/** The review commands end to end: arguments in, workspace changed, output shapes as the issue states. */
class ReviewCliTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private Path workspace;

    record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return MAPPER.readTree(out);
        }
    }

    @BeforeEach
    void sessions() {
        workspace = dir.resolve("ws.trailmark");
        ReviewFixtures.workspaceWith(workspace, "s-1").close();
    }

    private Run run(Path ws, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--workspace");
        all.add(ws.toString());
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private Run run(String... args) {
        return run(workspace, args);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void taskAddTakesAllThreeTimeFormsAndTasksJsonHasTheIssuesShape() throws Exception {
        Run added = run("task", "add", "s-1", "--from", "1.5s", "--to", "00:00:04.000",
                "--instruction", "Open the payroll page", "--label", "Navigate", "--outcome", "success");
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).contains("Added task").contains("00:00:01.500 - 00:00:04.000");
        assertThat(run("task", "add", "s-1", "--from", "5000", "--to", "6000", "--instruction", "Type notes").code())
                .isZero();

        Run listed = run("tasks", "s-1", "--json");

        assertThat(listed.code()).as(listed.err()).isZero();
        JsonNode first = listed.json().get(0);
        assertThat(fieldNames(first)).containsExactly("id", "start_ms", "end_ms", "instruction", "label", "outcome");
        assertThat(first.get("start_ms").asInt()).isEqualTo(1_500);
        assertThat(first.get("end_ms").asInt()).isEqualTo(4_000);
        assertThat(first.get("instruction").asText()).isEqualTo("Open the payroll page");
        assertThat(first.get("label").asText()).isEqualTo("Navigate");
        assertThat(first.get("outcome").asText()).isEqualTo("success");
        assertThat(listed.json().get(1).get("label").isNull()).isTrue();
        assertThat(run("tasks", "s-1").out()).contains("Open the payroll page").contains("2 tasks");
    }

    @Test
    void flagAddAndFlagsJsonHaveTheIssuesShape() throws Exception {
        Run added = run("flag", "add", "s-1", "--from", "1000", "--to", "2.5s", "--category", "password",
                "--reason", "login form");
        assertThat(added.code()).as(added.err()).isZero();

        JsonNode flag = run("flags", "s-1", "--json").json().get(0);

        assertThat(fieldNames(flag)).containsExactly("id", "start_ms", "end_ms", "category", "source", "status",
                "region");
        assertThat(flag.get("region").isNull()).isTrue();
        assertThat(flag.get("category").asText()).isEqualTo("password");
        assertThat(flag.get("source").asText()).isEqualTo("manual");
        assertThat(flag.get("status").asText()).isEqualTo("confirmed");
        assertThat(flag.get("end_ms").asInt()).isEqualTo(2_500);
    }

    @Test
    void mistakesGetOnePlainLineAndChangeNothing() {
        Run unknownLabel = run("task", "add", "s-1", "--from", "0", "--to", "10", "--instruction", "x",
                "--label", "Nope");
        assertThat(unknownLabel.code()).isEqualTo(2);
        assertThat(unknownLabel.err()).contains("no label 'Nope'").doesNotContain("Exception");

        Run badTime = run("task", "add", "s-1", "--from", "soon", "--to", "10", "--instruction", "x");
        assertThat(badTime.code()).isEqualTo(2);
        assertThat(badTime.err()).contains("'soon' is not a time");

        Run pastEnd = run("flag", "add", "s-1", "--from", "0", "--to", "2h", "--category", "other");
        assertThat(pastEnd.code()).isEqualTo(2);

        Run badCategory = run("flag", "add", "s-1", "--from", "0", "--to", "10", "--category", "secret");
        assertThat(badCategory.err()).contains("--category must be one of password, credential");

        Run noSession = run("tasks", "missing");
        assertThat(noSession.code()).isEqualTo(2);
        assertThat(noSession.err()).contains("no session 'missing'");

        assertThat(run("tasks", "s-1").out()).contains("No tasks");
    }

    @Test
    void reviewRemembersTheReviewerAndTheAuditShowsWhoDidWhat() throws Exception {
        Run noReason = run("review", "s-1", "--status", "rejected");
        assertThat(noReason.code()).isEqualTo(2);
        assertThat(noReason.err()).contains("--status rejected needs --reason");

        Run inReview = run("review", "s-1", "--status", "in_review", "--reviewer", "Ann");
        assertThat(inReview.code()).as(inReview.err()).isZero();
        assertThat(inReview.out()).contains("new -> in_review (reviewer Ann)");
        Run rejected = run("review", "s-1", "--status", "rejected", "--reason", "off-task");
        assertThat(rejected.out()).contains("in_review -> rejected (reviewer Ann)");
        assertThat(run("sessions", "--json").json().get(0).get("status").asText()).isEqualTo("rejected");

        JsonNode audit = run("audit", "--session", "s-1", "--json").json();
        assertThat(fieldNames(audit.get(0))).containsExactly("id", "at", "actor", "action", "session", "detail");
        JsonNode last = audit.get(audit.size() - 1);
        assertThat(last.get("actor").asText()).isEqualTo("Ann");
        assertThat(last.get("action").asText()).isEqualTo("status");
        assertThat(last.get("detail").asText()).isEqualTo("in_review -> rejected, reason given");
        assertThat(run("audit", "--action", "status", "--json").json()).hasSize(2);
    }

    @Test
    void labelsExportAndImportMoveAReviewBetweenWorkspaces() throws Exception {
        run("task", "add", "s-1", "--from", "0", "--to", "1s", "--instruction", "Log in");
        run("flag", "add", "s-1", "--from", "100", "--to", "900", "--category", "credential");
        run("review", "s-1", "--status", "reviewed", "--reviewer", "Ann");
        Path file = dir.resolve("s-1.labels.json");
        Run exported = run("labels", "export", "s-1", "--output", file.toString());
        assertThat(exported.code()).as(exported.err()).isZero();

        Path other = dir.resolve("other.trailmark");
        ReviewFixtures.workspaceWith(other, "s-1").close();
        Run imported = run(other, "labels", "import", file.toString());

        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("1 task added").contains("1 flag added")
                .contains("review status taken from the file");
        assertThat(run(other, "tasks", "s-1", "--json").json().get(0).get("instruction").asText()).isEqualTo("Log in");
        try (Workspace w = Workspace.open(other)) {
            assertThat(w.review().status("s-1").reviewer()).isEqualTo("Ann");
        }

        run(other, "review", "s-1", "--status", "approved", "--reviewer", "Bob");
        run(other, "labels", "export", "s-1", "--output", dir.resolve("back.json").toString());
        Run conflicting = run("labels", "import", dir.resolve("back.json").toString());
        assertThat(conflicting.code()).isEqualTo(1);
        assertThat(conflicting.out()).contains("conflict: session status is reviewed here and approved in the file");
    }
}
