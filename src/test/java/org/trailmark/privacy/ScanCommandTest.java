package org.trailmark.privacy;

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
import org.trailmark.generate.GeneratedSession;
import org.trailmark.generate.PlantedSecret;
import org.trailmark.generate.SessionGenerator;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagSource;
import org.trailmark.model.FlagStatus;
import org.trailmark.review.ReviewService;
import org.trailmark.store.Workspace;

class ScanCommandTest {
    private static final List<GeneratedSession> SAMPLES = SessionGenerator.samples(SessionGenerator.DEFAULT_SEED);

    @TempDir
    Path dir;
    private Path file;

    @BeforeEach
    void importSamples() {
        file = dir.resolve("ws.trailmark");
        try (Workspace ws = Workspace.open(file)) {
            for (GeneratedSession s : SAMPLES) {
                ws.sessions().add(s.info(), s.log(), "generated", "test");
            }
        }
    }

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--workspace");
        all.add(file.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void scanAllPrintsMaskedFindingsAsJsonAndStoresSuggestedFlags() throws Exception {
        Run r = run("scan", "--all", "--json", "--reviewer", "tester");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode array = new ObjectMapper().readTree(r.out());
        assertThat(array).hasSizeGreaterThanOrEqualTo(10);
        List<String> kinds = new ArrayList<>();
        for (JsonNode n : array) {
            assertThat(n.fieldNames()).toIterable().containsExactly("session", "kind", "start_ms", "end_ms",
                    "confidence", "source", "preview");
            assertThat(n.get("source").asText()).isEqualTo("detector");
            kinds.add(n.get("kind").asText());
        }
        assertThat(kinds).contains("password", "email", "phone", "payment_card", "aws_access_key", "aws_secret_key");
        assertThat(r.out()).contains("\u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 1111")
                .contains("\u2022".repeat(16) + "MPLE").doesNotContain("AKIA");
        for (GeneratedSession s : SAMPLES) {
            for (PlantedSecret p : s.planted()) {
                assertThat(r.out()).doesNotContain(p.value());
            }
        }
        try (Workspace ws = Workspace.open(file)) {
            List<Flag> flags = ws.flags().ofSession("chloe-checkout-20261127");
            assertThat(flags).isNotEmpty().allSatisfy(f -> {
                assertThat(f.source()).isEqualTo(FlagSource.DETECTOR);
                assertThat(f.status()).isEqualTo(FlagStatus.SUGGESTED);
            });
            assertThat(flags).extracting(Flag::detector).contains("payment_card");
        }
    }

    @Test
    void rescanKeepsRejectedFindingsRejectedAndAddsNoDuplicates() {
        String session = "chloe-checkout-20261127";
        assertThat(run("scan", session).code()).isZero();
        long rejectedId;
        int before;
        try (Workspace ws = Workspace.open(file)) {
            List<Flag> flags = ws.flags().ofSession(session);
            before = flags.size();
            Flag card = flags.stream().filter(f -> "payment_card".equals(f.detector())).findFirst().orElseThrow();
            rejectedId = new ReviewService(ws, "tester").setFlagStatus(card.id(), FlagStatus.REJECTED).id();
        }
        Run again = run("scan", session);
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("rejected");
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.flags().ofSession(session)).hasSize(before);
            assertThat(ws.flags().find(rejectedId)).get().extracting(Flag::status).isEqualTo(FlagStatus.REJECTED);
        }
    }

    @Test
    void scanNeedsASessionOrAll() {
        assertThat(run("scan").code()).isEqualTo(2);
        assertThat(run("scan", "no-such-session").code()).isEqualTo(2);
    }

    @Test
    void evalDetectionPrintsPrecisionAndRecallPerKind() {
        Run r = run("eval-detection", "--samples", "10");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("payment_card").contains("password (field context)").contains("PRECISION");
    }
}
