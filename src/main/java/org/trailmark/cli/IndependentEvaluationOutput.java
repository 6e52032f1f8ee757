package org.trailmark.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.trailmark.privacy.corpus.CorpusEvaluation;
import org.trailmark.privacy.corpus.CorpusReport;
import org.trailmark.privacy.corpus.CorpusReportFormat;
import org.trailmark.privacy.corpus.IndependentCorpus;
import org.trailmark.privacy.corpus.WilsonInterval;

/** {@code eval-detection --corpus independent}: runs the evaluation and prints or records it. */
final class IndependentEvaluationOutput {
    private final PrintWriter out;
    private final Path folder;
    private final long seed;

    IndependentEvaluationOutput(PrintWriter out, Path folder, long seed) {
        this.out = out;
        this.folder = folder;
        this.seed = seed;
    }

    int print(boolean json, boolean markdown, Path updateDoc) {
        if (!Files.isRegularFile(folder.resolve("values.jsonl"))) {
            throw new UserError("no detection corpus at " + folder + " (run from the project folder or give --corpus-dir)");
        }
        IndependentCorpus corpus;
        try {
            corpus = IndependentCorpus.load(folder);
        } catch (IndependentCorpus.CorpusFormatException e) {
            throw new UserError(e.getMessage());
        }
        CorpusReport report = CorpusEvaluation.run(corpus, seed);
        if (updateDoc != null) {
            update(updateDoc, CorpusReportFormat.markdown(report));
        }
        if (json) {
            Json.print(out, json(report));
        } else if (markdown) {
            out.print(CorpusReportFormat.markdown(report));
        } else {
            out.print(CorpusReportFormat.text(report));
        }
        out.flush();
        return 0;
    }

    private void update(Path doc, String section) {
        try {
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            Files.writeString(doc, CorpusReportFormat.replaceSection(text, section), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("cannot update " + doc + ": " + e.getMessage());
        }
        out.println("updated " + doc);
    }

    private static ObjectNode json(CorpusReport r) {
        ObjectNode root = Json.object();
        root.put("seed", r.seed());
        root.put("typedCases", r.typedCases());
        root.put("titleCases", r.titleCases());
        root.set("typed", rows(r.typed()));
        root.set("titles", rows(r.titles()));
        root.set("misses", outcomes(r.misses()));
        root.set("falseAlarms", outcomes(r.falseAlarms()));
        return root;
    }

    private static ArrayNode rows(List<CorpusReport.Row> rows) {
        ArrayNode array = Json.array();
        for (CorpusReport.Row row : rows) {
            ObjectNode n = array.addObject();
            n.put("kind", row.name());
            n.put("tp", row.truePositives());
            n.put("fp", row.falsePositives());
            n.put("fn", row.falseNegatives());
            put(n, "precision", row.precision(), row.precisionInterval());
            put(n, "recall", row.recall(), row.recallInterval());
        }
        return array;
    }

    private static void put(ObjectNode n, String name, Optional<Double> value, Optional<WilsonInterval> interval) {
        if (value.isEmpty()) {
            n.putNull(name);
            return;
        }
        n.put(name, Math.round(value.get() * 1000) / 1000.0);
        ArrayNode i = n.putArray(name + "Interval95");
        i.add(Math.round(interval.orElseThrow().low() * 1000) / 1000.0);
        i.add(Math.round(interval.orElseThrow().high() * 1000) / 1000.0);
    }

    private static ArrayNode outcomes(List<CorpusReport.Outcome> list) {
        ArrayNode array = Json.array();
        for (CorpusReport.Outcome o : list) {
            ObjectNode n = array.addObject();
            n.put("path", o.path());
            n.put("kind", o.row());
            n.put("item", o.itemId());
            n.put("variant", o.variant());
        }
        return array;
    }
}
