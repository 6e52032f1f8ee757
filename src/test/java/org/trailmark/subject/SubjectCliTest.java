package org.trailmark.subject;

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
import org.trailmark.cli.Cli;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentRecord;
import org.trailmark.model.ConsentStatus;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagSource;
import org.trailmark.store.Workspace;

/** trailmark subject overview | export | private | withdraw, end to end against a workspace file. */
class SubjectCliTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private Path workspace;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void twoSubjects() {
        workspace = dir.resolve("ws.trailmark");
        try (Workspace ws = Workspace.open(workspace)) {
            SubjectFixtures.addSession(ws, "ana-1", "ana");
            SubjectFixtures.addSession(ws, "ben-1", "ben", SubjectFixtures.OTHER_SUBJECTS_TEXT, "2026-03-02T10:00:00Z");
            ws.consent().grant("ana", ConsentPurpose.TRAINING, "acme", "3", "lead", ConsentRecord.CLI);
        }
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
    void overviewPrintsPlainSentences() {
        Run r = run("subject", "overview", "ana");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 recorded session of you", "you agreed to training use")
                .doesNotContain("ben-1", SubjectFixtures.OWN_TEXT);
    }

    @Test
    void overviewAsJsonCarriesTheCountsAndSentences() throws Exception {
        Run r = run("subject", "overview", "ana", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = MAPPER.readTree(r.out());
        assertThat(json.path("subject").asText()).isEqualTo("ana");
        assertThat(json.path("sessions").asInt()).isEqualTo(1);
        assertThat(json.path("session_ids").toString()).isEqualTo("[\"ana-1\"]");
        assertThat(json.path("clicks").asInt()).isEqualTo(1);
        assertThat(json.path("flags_by_category").path("third_party").asInt()).isEqualTo(1);
        assertThat(json.path("consent").path("training").asText()).isEqualTo("granted");
        assertThat(json.path("sentences").size()).isGreaterThan(3);
    }

    @Test
    void overviewAsJsonListsWhoHasSeenTheSessions() throws Exception {
        JsonNode json = MAPPER.readTree(run("subject", "overview", "ana", "--json").out());

        // the fixture's reviewer flagged and labelled ana-1 through the review service
        assertThat(json.path("views")).anySatisfy(v -> {
            assertThat(v.path("purpose").asText()).isEqualTo("review");
            assertThat(v.path("role").asText()).isEqualTo("desktop user");
            assertThat(v.path("sessions").asInt()).isEqualTo(1);
            assertThat(v.path("count").asLong()).isPositive();
            assertThat(v.path("actions").toString()).contains("label", "flag");
            assertThat(v.path("first").asText()).isNotEmpty();
        });
    }

    @Test
    void overviewAsJsonListsTheHoldsOnTheSubjectsDataWithReasonsAsMyDataShowsThem() throws Exception {
        long onSession;
        long onSubject;
        try (Workspace ws = Workspace.open(workspace)) {
            onSession = ws.holds().placeOnSession("ana-1", "matter 14 (litigation)", "dana").id();
            onSubject = ws.holds().placeOnSubject("ana", "audit of March", "dana").id();
            ws.holds().placeOnSession("ben-1", "ben's own matter", "dana");
            ws.holds().release(onSubject, "ada");
        }

        JsonNode json = MAPPER.readTree(run("subject", "overview", "ana", "--json").out());
        JsonNode none = MAPPER.readTree(run("subject", "overview", "nobody", "--json").out());

        JsonNode holds = json.path("holds");
        assertThat(holds).hasSize(2);
        JsonNode open = holds.get(0);
        assertThat(open.path("id").asLong()).isEqualTo(onSession);
        assertThat(open.path("scope").asText()).isEqualTo("session");
        assertThat(open.path("session").asText()).isEqualTo("ana-1");
        assertThat(java.time.Instant.parse(open.path("placed_at").asText())).isNotNull();
        assertThat(open.path("released_at").isNull()).isTrue();
        assertThat(open.path("reason").asText()).isEqualTo("matter 14 (litigation)");
        JsonNode released = holds.get(1);
        assertThat(released.path("id").asLong()).isEqualTo(onSubject);
        assertThat(released.path("scope").asText()).isEqualTo("subject");
        assertThat(released.path("session").isNull()).isTrue();
        assertThat(java.time.Instant.parse(released.path("released_at").asText())).isNotNull();
        assertThat(released.path("reason").isNull()).as("My data shows the reasons of open holds only").isTrue();
        assertThat(json.toString()).doesNotContain("ben's own matter", "audit of March");
        assertThat(none.path("holds").isArray()).isTrue();
        assertThat(none.path("holds")).isEmpty();
    }

    @Test
    void consentReceiptsAreListedAndPrintedAsJsonThatVerifies() throws Exception {
        Run set = run("consent", "controller", "set", "--name", "Acme Research", "--contact", "privacy@acme.example");
        Run withdraw = run("consent", "withdraw", "ana", "--purpose", "training");
        Run table = run("consent", "receipts", "--subject", "ana");
        Run json = run("consent", "receipts", "--subject", "ana", "--json");
        Run show = run("consent", "controller", "show");

        assertThat(set.code()).as(set.err()).isZero();
        assertThat(withdraw.code()).as(withdraw.err()).isZero();
        assertThat(table.out()).contains("grant", "withdraw", "training", "command line");
        JsonNode receipts = MAPPER.readTree(json.out());
        assertThat(receipts).hasSize(2);
        for (JsonNode r : receipts) {
            java.util.Map<String, Object> fields = MAPPER.convertValue(r,
                    new com.fasterxml.jackson.core.type.TypeReference<java.util.LinkedHashMap<String, Object>>() { });
            assertThat(org.trailmark.store.ConsentReceipt.verifies(fields)).isTrue();
        }
        assertThat(receipts.get(0).path("pii_controller").path("name").asText()).isEqualTo("not set");
        assertThat(receipts.get(1).path("pii_controller").path("name").asText()).isEqualTo("Acme Research");
        assertThat(show.out()).contains("Acme Research (privacy@acme.example)");
        assertThat(run("consent", "receipts", "--subject", "ben").out()).contains("No consent receipts for ben.");
    }

    @Test
    void privateMarksAStretchOrTheWholeSessionForItsSubject() {
        Run stretch = run("subject", "private", "ana-1", "--from", "10s", "--to", "00:00:14.000");
        Run whole = run("subject", "private", "ana-1", "--whole");
        Run both = run("subject", "private", "ana-1", "--whole", "--from", "1s", "--to", "2s");
        Run backwards = run("subject", "private", "ana-1", "--from", "5s", "--to", "4s");
        Run unknown = run("subject", "private", "nobody-1", "--whole");

        assertThat(stretch.code()).as(stretch.err()).isZero();
        assertThat(stretch.out()).contains("Marked 00:00:10.000 - 00:00:14.000 of ana-1 private for ana");
        assertThat(whole.code()).as(whole.err()).isZero();
        assertThat(both.code()).isEqualTo(2);
        assertThat(backwards.code()).isEqualTo(2);
        assertThat(backwards.err()).contains("must end after it starts").doesNotContain("Exception");
        assertThat(unknown.code()).isEqualTo(2);
        try (Workspace ws = Workspace.open(workspace)) {
            assertThat(ws.flags().ofSession("ana-1")).filteredOn(f -> f.source() == FlagSource.SUBJECT)
                    .extracting(Flag::startMs, Flag::endMs)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(10_000, 14_000),
                            org.assertj.core.groups.Tuple.tuple(0, SubjectFixtures.DURATION_MS + 1));
        }
    }

    @Test
    void withdrawRecordsTheSubjectsWithdrawalAndSaysWhatItMeans() {
        Run r = run("subject", "withdraw", "ana");
        Run again = run("subject", "withdraw", "ana");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("ana withdraws training. 1 session of ana will not be exported",
                "no new training dataset");
        assertThat(again.out()).contains("already withdrawn");
        try (Workspace ws = Workspace.open(workspace)) {
            assertThat(ws.consent().state("ana", ConsentPurpose.TRAINING).status()).isEqualTo(ConsentStatus.WITHDRAWN);
            assertThat(ws.consent().state("ben", ConsentPurpose.TRAINING).status()).isEqualTo(ConsentStatus.NONE);
        }
    }

    @Test
    void exportWritesTheArchiveOfThatSubjectOnly() throws Exception {
        Path out = dir.resolve("ana-archive.json");
        Run r = run("subject", "export", "ana", "--out", out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 session of ana");
        JsonNode archive = MAPPER.readTree(out.toFile());
        assertThat(archive.path("sessions")).singleElement()
                .satisfies(s -> assertThat(s.path("id").asText()).isEqualTo("ana-1"));
    }

    @Test
    void anUnwritableArchiveIsOnePlainError() throws Exception {
        Path blocker = dir.resolve("file");
        java.nio.file.Files.writeString(blocker, "x");
        Run r = run("subject", "export", "ana", "--out", blocker.resolve("a.json").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("trailmark: error: --out ").contains(blocker + " is a file, not a folder")
                .doesNotContain("\tat ");
    }
}
