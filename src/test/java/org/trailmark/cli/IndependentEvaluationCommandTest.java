package org.trailmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.privacy.corpus.CorpusReportFormat;
import org.trailmark.privacy.corpus.CorpusTruth;
import org.trailmark.privacy.corpus.IndependentCorpus;

class IndependentEvaluationCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void printsRowsWithIntervalsMissesAndFalseAlarmsAsJsonWithoutAnyValue() throws Exception {
        Run r = run("eval-detection", "--corpus", "independent", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("typedCases").asInt()).isGreaterThan(1000);
        JsonNode card = null;
        for (JsonNode row : root.get("typed")) {
            if (row.get("kind").asText().equals("payment_card")) {
                card = row;
            }
        }
        assertThat(card).isNotNull();
        assertThat(card.get("recallInterval95")).hasSize(2);
        assertThat(root.get("titles").size()).isPositive();
        assertThat(root.get("misses").get(0).get("item").asText()).isNotBlank();
        IndependentCorpus corpus = IndependentCorpus.load(IndependentCorpus.DEFAULT_FOLDER);
        corpus.items().stream().flatMap(i -> i.truths().stream()).map(CorpusTruth::value)
                .filter(v -> v.length() >= 8)
                .forEach(v -> assertThat(r.out()).as("output holds no corpus value").doesNotContain(v));
    }

    @Test
    void theTableNamesBothPaths() {
        Run r = run("eval-detection", "--corpus", "independent");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Typed input").contains("Window titles").contains("person_name")
                .contains("95% INTERVAL");
    }

    @Test
    void updatesTheGeneratedSectionOfADocumentAndKeepsTheRest() throws Exception {
        Path doc = dir.resolve("quality.md");
        Files.writeString(doc, "# Quality\n\nbefore\n\n" + CorpusReportFormat.BEGIN + "\nold table\n"
                + CorpusReportFormat.END + "\n\nafter\n");
        Run r = run("eval-detection", "--corpus", "independent", "--update-doc", doc.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String text = Files.readString(doc);
        assertThat(text).startsWith("# Quality\n\nbefore\n\n" + CorpusReportFormat.BEGIN).endsWith(
                CorpusReportFormat.END + "\n\nafter\n");
        assertThat(text).doesNotContain("old table").contains("| payment_card |").contains("**Misses**");
    }

    @Test
    void mistakesAreUsageErrors() {
        assertThat(run("eval-detection", "--corpus", "bogus").code()).isEqualTo(2);
        assertThat(run("eval-detection", "--markdown").code()).isEqualTo(2);
        Run missing = run("eval-detection", "--corpus", "independent", "--corpus-dir", dir.resolve("none").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no detection corpus");
    }
}
