package org.trailmark.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.trailmark.ingest.ContextCounts;
import org.trailmark.ingest.ContextReport;
import org.trailmark.io.Problem;
import org.trailmark.model.ContextKind;

/** How {@code import --context} tells what it did: sessions touched, spans that matched none, problems. */
final class ContextImportOutput {
    private ContextImportOutput() {
    }

    static void printText(PrintWriter out, ContextReport report) {
        out.printf("Context from %s: %d session(s) touched, %,d span(s) added%n", report.file().getFileName(),
                report.touched().size(), report.addedTotal());
        for (ContextReport.Touched t : report.touched()) {
            out.printf("  %-34s %s%n", t.sessionId(), Arrays.stream(ContextKind.values())
                    .filter(k -> t.matched().getOrDefault(k, 0) > 0)
                    .map(k -> k.key() + " " + t.matched().get(k) + " (" + t.added().getOrDefault(k, 0) + " new)")
                    .collect(Collectors.joining(", ")));
        }
        ContextCounts none = report.unmatched();
        if (none.total() > 0) {
            out.printf("  %,d span(s) matched no session: %s; %s .. %s%n", none.total(),
                    none.byHost().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                            .collect(Collectors.joining(", ")), none.first(), none.last());
            if (report.touched().isEmpty()) {
                out.println("  hint: a session matches when it was captured on the same host at the same time;"
                        + " name sessions whose host is unknown with --session ID or --subject ID");
            }
        }
        for (Problem p : report.problems()) {
            out.println(p);
        }
        out.flush();
    }

    static ObjectNode toJson(ContextReport report) {
        ObjectNode node = Json.object();
        node.put("file", Json.pathText(report.file()));
        var touched = node.putArray("sessions");
        for (ContextReport.Touched t : report.touched()) {
            ObjectNode s = touched.addObject();
            s.put("id", t.sessionId());
            s.set("matched", counts(t.matched()));
            s.set("added", counts(t.added()));
        }
        ObjectNode none = node.putObject("unmatched");
        none.put("total", report.unmatched().total());
        none.set("by_kind", counts(report.unmatched().byKind()));
        ObjectNode hosts = none.putObject("by_host");
        report.unmatched().byHost().forEach(hosts::put);
        none.put("first", report.unmatched().first() == null ? null : report.unmatched().first().toString());
        none.put("last", report.unmatched().last() == null ? null : report.unmatched().last().toString());
        node.set("problems", Json.problems(report.problems()));
        return node;
    }

    private static ObjectNode counts(Map<ContextKind, Integer> counts) {
        ObjectNode n = Json.object();
        for (ContextKind k : ContextKind.values()) {
            n.put(k.key(), counts.getOrDefault(k, 0));
        }
        return n;
    }
}
