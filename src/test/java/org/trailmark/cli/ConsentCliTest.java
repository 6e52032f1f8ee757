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
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentStatus;
import org.trailmark.store.Workspace;

/** consent grant | withdraw | show, end to end against a workspace file. */
class ConsentCliTest {
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
    void file() {
        workspace = dir.resolve("ws.trailmark");
        // Consent can be recorded before any capture is imported, but not without a workspace.
        assertThat(run("workspace", "init").code()).isZero();
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--workspace");
        all.add(workspace.toString());
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void grantWithdrawAndShowRoundTripWithTheIssuesJsonShape() throws Exception {
        Run granted = run("consent", "grant", "subj-dora", "--purpose", "training", "--policy", "acme-capture@4",
                "--by", "lead");
        assertThat(granted.code()).as(granted.err()).isZero();
        assertThat(granted.out()).contains("subj-dora grants training under acme-capture@4");
        Run withdrawn = run("consent", "withdraw", "subj-dora", "--purpose", "training", "--by", "dora");
        assertThat(withdrawn.code()).as(withdrawn.err()).isZero();
        assertThat(withdrawn.out()).contains("subj-dora withdraws training");

        Run shown = run("consent", "show", "subj-dora", "--json");

        assertThat(shown.code()).as(shown.err()).isZero();
        JsonNode record = shown.json().get(0);
        List<String> fields = new ArrayList<>();
        record.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "subject", "purpose", "policy", "version", "granted", "withdrawn",
                "recorded_by", "source");
        assertThat(shown.json()).hasSize(1);
        assertThat(record.get("subject").asText()).isEqualTo("subj-dora");
        assertThat(record.get("purpose").asText()).isEqualTo("training");
        assertThat(record.get("policy").asText()).isEqualTo("acme-capture");
        assertThat(record.get("version").asText()).isEqualTo("4");
        assertThat(record.get("granted").asText()).endsWith("Z");
        assertThat(record.get("withdrawn").isNull()).isFalse();
        assertThat(record.get("recorded_by").asText()).isEqualTo("lead");
        assertThat(record.get("source").asText()).isEqualTo("cli");
        try (Workspace w = Workspace.open(workspace)) {
            assertThat(w.consent().state("subj-dora", ConsentPurpose.TRAINING).status())
                    .isEqualTo(ConsentStatus.WITHDRAWN);
            assertThat(w.audit().entries(null)).filteredOn(e -> e.action().equals("consent")).hasSize(2);
        }
    }

    @Test
    void showPrintsTheStatePerPurposeAndEveryRecord() {
        run("consent", "grant", "subj-dora", "--purpose", "capture", "--by", "lead");

        Run shown = run("consent", "show", "subj-dora");

        assertThat(shown.code()).as(shown.err()).isZero();
        assertThat(shown.out()).containsPattern("capture\\s+Granted").containsPattern("training\\s+None")
                .contains("RECORDED BY").contains("lead");
        assertThat(run("consent", "show", "subj-nobody").out()).contains("No consent records for subj-nobody.");
        assertThat(run("consent", "show", "subj-nobody", "--json").out().strip()).isEqualTo("[ ]");
    }

    @Test
    void repeatingAGrantOrAWithdrawalSaysNothingChanged() {
        run("consent", "grant", "subj-dora", "--purpose", "training", "--by", "lead");
        assertThat(run("consent", "grant", "subj-dora", "--purpose", "training", "--by", "lead").out())
                .contains("already granted");
        run("consent", "withdraw", "subj-dora", "--purpose", "training", "--by", "lead");
        assertThat(run("consent", "withdraw", "subj-dora", "--purpose", "training", "--by", "lead").out())
                .contains("already withdrawn");
    }

    @Test
    void aBadPurposeOrPolicyIsAPlainUserError() {
        Run purpose = run("consent", "grant", "subj-dora", "--purpose", "marketing");
        assertThat(purpose.code()).isEqualTo(2);
        assertThat(purpose.err()).contains("--purpose must be one of capture, training");

        Run policy = run("consent", "grant", "subj-dora", "--purpose", "training", "--policy", "acme");
        assertThat(policy.code()).isEqualTo(2);
        assertThat(policy.err()).contains("--policy must be ID@VERSION");
    }
}
