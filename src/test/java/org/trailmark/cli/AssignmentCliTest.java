package org.trailmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.review.ReviewFixtures;
import org.trailmark.store.AuditActions;
import org.trailmark.store.AuditEntry;
import org.trailmark.store.Workspace;

/** assign, unassign, assignments and next on a real workspace, through the command line. */
class AssignmentCliTest {
    @TempDir
    Path dir;

    private Path workspace;

    @BeforeEach
    void threeSessions() {
        workspace = dir.resolve("ws.trailmark");
        ReviewFixtures.workspaceWith(workspace, "s-1", "s-2", "s-3").close();
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--workspace");
        all.add(workspace.toString());
        return CliRun.of(all);
    }

    private static JsonNode json(CliRun run) throws Exception {
        assertThat(run.code()).as(run.err()).isZero();
        return Json.MAPPER.readTree(run.out());
    }

    @Test
    void assignToTwoLabelersIsDoubleLabelingAndIsListedAndAudited() throws Exception {
        CliRun assigned = run("assign", "s-2", "--to", "ana", "--to", "ben", "--as", "cora");

        assertThat(assigned.code()).as(assigned.err()).isZero();
        assertThat(assigned.out()).contains("Assigned s-2 to ana, ben.").contains("double-labelled");
        JsonNode rows = json(run("assignments", "--json"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("session").asText()).isEqualTo("s-2");
        assertThat(rows.get(0).get("labeler").asText()).isEqualTo("ana");
        assertThat(rows.get(0).get("assigned_by").asText()).isEqualTo("cora");
        assertThat(rows.get(0).get("claim_live").asBoolean()).isFalse();
        assertThat(rows.get(1).get("labeler").asText()).isEqualTo("ben");
        try (Workspace w = Workspace.openExisting(workspace)) {
            AuditEntry last = w.audit().entries("s-2").get(w.audit().entries("s-2").size() - 1);
            assertThat(last.action()).isEqualTo(AuditActions.ASSIGN);
            assertThat(last.detail()).isEqualTo("to ana, ben");
        }
    }

    @Test
    void nextGivesEachLabelerTheirOwnSessionAndSaysUntilWhen() throws Exception {
        run("assign", "s-3", "--to", "ben", "--as", "cora");

        JsonNode ana = json(run("next", "--json", "--as", "ana"));
        JsonNode ben = json(run("next", "--json", "--as", "ben"));
        JsonNode cy = json(run("next", "--json", "--as", "cy"));

        assertThat(ana.get("session").asText()).isEqualTo("s-1");
        assertThat(ana.get("assigned").asBoolean()).isFalse();
        assertThat(ben.get("session").asText()).isEqualTo("s-3");
        assertThat(ben.get("assigned").asBoolean()).isTrue();
        assertThat(cy.get("session").asText()).isEqualTo("s-2");
        assertThat(json(run("next", "--json", "--as", "dan")).isNull()).isTrue();
        CliRun plain = run("next", "--as", "dan");
        assertThat(plain.out()).startsWith("Nothing for dan:");
        assertThat(run("next", "--as", "ana").out()).startsWith("s-1 is yours until ");
        assertThat(run("assignments").out()).contains("claimed until").contains("(took it)");
    }

    @Test
    void unassignOpensTheSessionToOthersAgain() throws Exception {
        run("assign", "s-1", "--to", "ana", "--as", "cora");
        assertThat(json(run("next", "--json", "--as", "ben")).get("session").asText()).isEqualTo("s-2");

        CliRun taken = run("unassign", "s-1", "--from", "ana", "--as", "cora");

        assertThat(taken.out()).contains("Took s-1 from ana.");
        assertThat(json(run("next", "--json", "--as", "cy")).get("session").asText()).isEqualTo("s-1");
        assertThat(run("unassign", "s-3").out()).contains("was not assigned to anyone");
    }

    @Test
    void mistakesAreOneLineWithExitTwo() {
        CliRun badName = run("assign", "s-1", "--to", "ana ben");
        assertThat(badName.code()).isEqualTo(2);
        assertThat(badName.err()).contains("--to: a user name is");

        CliRun noSession = run("assign", "nope", "--to", "ana");
        assertThat(noSession.code()).isEqualTo(2);
        assertThat(noSession.err()).contains("no session 'nope'");

        CliRun noTo = run("assign", "s-1");
        assertThat(noTo.code()).isEqualTo(2);
        assertThat(run("assignments").out()).contains("No session is assigned or claimed");
    }

    @Test
    void unassignAndActAsCheckTheirNamesAsAssignDoes() {
        run("assign", "s-1", "--to", "ana", "--as", "cora");

        CliRun badFrom = run("unassign", "s-1", "--from", "ana", "--from", "x y");
        CliRun badAs = run("unassign", "s-1", "--from", "ana", "--as", "co ra");
        CliRun noSession = run("unassign", "nope", "--from", "ana");

        assertThat(badFrom.code()).isEqualTo(2);
        assertThat(badFrom.err()).contains("--from: a user name is");
        assertThat(badAs.code()).isEqualTo(2);
        assertThat(badAs.err()).contains("--as: a user name is");
        assertThat(noSession.code()).isEqualTo(2);
        assertThat(noSession.err()).contains("no session 'nope'");
        assertThat(run("assignments").out()).as("nothing was taken").contains("ana");
    }
}
