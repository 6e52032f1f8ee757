package org.trailmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** trailmark report processing, end to end on a workspace the command line filled. */
class ReportCliTest {
    @TempDir
    Path dir;

    private String workspace;

    @BeforeEach
    void samplesImportedAndBenWithdrew() {
        workspace = dir.resolve("ws.trailmark").toString();
        CliRun imported = CliRun.of("import", "sample-sessions/ben-deploy-20261127.jsonl.gz",
                "sample-sessions/chloe-reports-20261127.jsonl.gz", "--workspace", workspace);
        assertThat(imported.code()).as(imported.err()).isZero();
        CliRun withdrew = CliRun.of("consent", "withdraw", "subj-ben", "--purpose", "training", "--workspace",
                workspace);
        assertThat(withdrew.code()).as(withdrew.err()).isZero();
    }

    @Test
    void printsTheRecordInPlainWords() {
        CliRun r = CliRun.of("report", "processing", "--workspace", workspace);

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Record of processing activities (GDPR Art. 30)", "Controller: not set",
                "Purpose: capture", "Purpose: training", "People who withdrew consent: 1",
                "Withdrawals: 1 withdrawal of 1 person", "Retention: no retention policy recorded");
    }

    @Test
    void jsonCountsWhatWasImported() throws Exception {
        CliRun r = CliRun.of("report", "processing", "--json", "--workspace", workspace);

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.path("purposes").get(0).path("purpose").asText()).isEqualTo("capture");
        assertThat(json.path("purposes").get(0).path("sessions").path("count").asInt()).isEqualTo(2);
        assertThat(json.path("purposes").get(1).path("subjects").path("withdrawn").asInt()).isEqualTo(1);
    }

    @Test
    void writesAnOwnerOnlyHtmlFileAndRefusesToReplaceItUnforced() throws Exception {
        Path out = dir.resolve("reports/record.html");
        CliRun r = CliRun.of("report", "processing", "--html", "--out", out.toString(), "--workspace", workspace);

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote " + out, "2 purposes");
        assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>").contains("Purpose: training");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");

        CliRun again = CliRun.of("report", "processing", "--html", "--out", out.toString(), "--workspace", workspace);
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("exists: use --force");
    }

    @Test
    void jsonAndHtmlTogetherIsAUsageError() {
        CliRun r = CliRun.of("report", "processing", "--json", "--html", "--workspace", workspace);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("mutually exclusive");
    }
}
