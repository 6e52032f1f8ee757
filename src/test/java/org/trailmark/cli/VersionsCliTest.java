package org.trailmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.review.ReviewFixtures;
import org.trailmark.store.AssignmentsFixture;
import org.trailmark.store.Workspace;

/** Double labelling from the command line: each labeler's own version, submit, adjudicate. */
class VersionsCliTest {
    private static final Pattern ADDED = Pattern.compile("Added task (\\d+)");

    @TempDir
    Path dir;

    private Path workspace;

    @BeforeEach
    void twoLabelers() {
        workspace = dir.resolve("ws.trailmark");
        ReviewFixtures.workspaceWith(workspace, "s-1").close();
        AssignmentsFixture.assign(workspace, "s-1", "ana", "bo");
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--workspace");
        all.add(workspace.toString());
        return CliRun.of(all);
    }

    private long addTask(String as, String from, String to, String instruction, String label) {
        CliRun added = run("task", "add", "s-1", "--as", as, "--from", from, "--to", to, "--instruction", instruction,
                "--label", label);
        assertThat(added.code()).as(added.err()).isZero();
        Matcher m = ADDED.matcher(added.out());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void eachLabelerSeesOnlyTheirOwnTasksAndAdjudicationWaitsForBothSubmissions() {
        addTask("ana", "1s", "9s", "Log in to payroll", "Navigate");
        addTask("bo", "1.5s", "9s", "Sign in", "Navigate");

        assertThat(run("tasks", "s-1", "--as", "ana").out()).contains("Log in to payroll").doesNotContain("Sign in");
        assertThat(run("tasks", "s-1", "--as", "bo").out()).contains("Sign in").doesNotContain("Log in");
        assertThat(run("tasks", "s-1", "--as", "rev").out()).contains("No tasks");

        CliRun submitted = run("submit", "s-1", "--as", "ana");
        assertThat(submitted.code()).as(submitted.err()).isZero();
        assertThat(submitted.out()).contains("Submitted ana's labels of s-1 (1 task)").contains("Still to submit: bo");

        CliRun early = run("adjudicate", "s-1", "--as", "rev");
        assertThat(early.code()).isNotZero();
        assertThat(early.err()).contains("not yet: bo");
        CliRun late = run("task", "add", "s-1", "--as", "ana", "--from", "10s", "--to", "11s", "--instruction", "more");
        assertThat(late.code()).isNotZero();
        assertThat(late.err()).contains("read-only");
        CliRun again = run("submit", "s-1", "--as", "ana");
        assertThat(again.code()).isNotZero();
    }

    @Test
    void adjudicationShowsTheVersionsSideBySideAndTakesOneDecisionAtATime() {
        long anas = addTask("ana", "1s", "9s", "Log in to payroll", "Navigate");
        addTask("bo", "1.5s", "9s", "Sign in", "Search");
        assertThat(run("submit", "s-1", "--as", "ana").code()).isZero();
        CliRun last = run("submit", "s-1", "--as", "bo");
        assertThat(last.out()).contains("Every labeler has submitted").contains("trailmark adjudicate s-1");

        CliRun table = run("adjudicate", "s-1", "--as", "rev");

        assertThat(table.code()).as(table.err()).isZero();
        List<String> lines = table.out().lines().toList();
        String header = lines.get(1);
        assertThat(header).containsSubsequence("START", "END", "gold", "ana", "bo", "INSTRUCTION");
        String anaRow = lines.stream().filter(l -> l.contains("Log in to payroll")).findFirst().orElseThrow();
        String boRow = lines.stream().filter(l -> l.contains("Sign in")).findFirst().orElseThrow();
        assertThat(anaRow).startsWith("00:00:01.000").contains("#" + anas + " Navigate");
        assertThat(anaRow.indexOf("#")).isEqualTo(header.indexOf("ana"));
        assertThat(boRow.indexOf("#")).isEqualTo(header.indexOf("bo"));
        assertThat(lines.indexOf(anaRow)).isLessThan(lines.indexOf(boRow));

        CliRun took = run("adjudicate", "s-1", "--as", "rev", "--take", "ana", "--task", String.valueOf(anas));
        assertThat(took.code()).as(took.err()).isZero();
        assertThat(took.out()).contains("Took task " + anas + " from ana into the gold set of s-1");
        try (Workspace w = Workspace.openExisting(workspace)) {
            assertThat(w.review().tasks("s-1")).singleElement()
                    .satisfies(t -> assertThat(t.instruction()).isEqualTo("Log in to payroll"));
        }
        assertThat(run("audit", "--session", "s-1").out()).contains("adjudicated: took task " + anas + " from ana");

        CliRun all = run("adjudicate", "s-1", "--as", "rev", "--take-all", "bo");
        assertThat(all.out()).contains("now bo's 1");
        assertThat(run("tasks", "s-1", "--as", "rev").out()).contains("Sign in").doesNotContain("Log in");
    }

    @Test
    void aDecisionMustBeWholeAndSingle() {
        assertThat(run("adjudicate", "s-1", "--task", "3").err()).contains("--task and --flag go with --take");
        assertThat(run("adjudicate", "s-1", "--take", "ana").err()).contains("either --task ID or --flag ID");
        assertThat(run("adjudicate", "s-1", "--take-all", "ana", "--drop-gold-task", "2").err())
                .contains("one decision at a time");
    }

    @Test
    void agreementReportsEachPairAndOverallOverTheSubmittedVersionsWithTheSliceStated() throws Exception {
        addTask("ana", "0", "30s", "Log in", "Navigate");
        addTask("bo", "0", "30s", "Sign in", "Navigate");
        addTask("ana", "30s", "60s", "Write", "Edit document");
        addTask("bo", "30s", "60s", "Look up", "Search");
        assertThat(run("submit", "s-1", "--as", "ana").code()).isZero();

        CliRun early = run("agreement", "s-1");
        assertThat(early.code()).isNotZero();
        assertThat(early.err()).contains("not yet: bo");
        assertThat(run("submit", "s-1", "--as", "bo").code()).isZero();

        CliRun plain = run("agreement", "s-1");
        assertThat(plain.code()).as(plain.err()).isZero();
        assertThat(plain.out()).contains("Agreement on s-1: labelers ana, bo")
                .contains("time slices of 1000 ms (61 slices)");
        String pair = plain.out().lines().filter(l -> l.startsWith("ana / bo")).findFirst().orElseThrow();
        String overall = plain.out().lines().filter(l -> l.startsWith("overall")).findFirst().orElseThrow();
        assertThat(pair.split("\\s+")[3]).isEqualTo(overall.split("\\s+")[1]);
        assertThat(plain.out()).contains("ana vs the others").contains("Flag overlap (IoU) by category: nobody flagged");

        CliRun json = run("agreement", "--all", "--json", "--slice-ms", "500");
        assertThat(json.code()).as(json.err()).isZero();
        com.fasterxml.jackson.databind.JsonNode report = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json.out());
        assertThat(report.get("slice_ms").asInt()).isEqualTo(500);
        assertThat(report.get("labelers")).extracting(com.fasterxml.jackson.databind.JsonNode::asText)
                .containsExactly("ana", "bo");
        double kappa = report.get("cohen_kappa").asDouble();
        assertThat(kappa).isGreaterThan(-1).isLessThan(1);
        assertThat(report.get("pairs").get(0).get("cohen_kappa").asDouble()).isEqualTo(kappa);
        assertThat(report.has("boundary_f1_0_5s")).isTrue();
        assertThat(report.has("boundary_f1_2s")).isTrue();
        assertThat(report.has("flag_iou")).isTrue();
    }
}
