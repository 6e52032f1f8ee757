package org.trailmark.ui;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.trailmark.ingest.ContextReport;
import org.trailmark.model.ContextKind;

/** What an ActivityWatch context import did, in plain words for the studio's notice: no title, no URL. */
record ContextImportSummary(String title, String message) {
    private static final int PROBLEMS_SHOWN = 5;

    static ContextImportSummary of(ContextReport report) {
        StringBuilder text = new StringBuilder();
        if (report.touched().isEmpty()) {
            text.append("No session was captured on the same computer at the same time, so nothing was added.");
        } else {
            text.append("Added ").append(report.addedTotal()).append(" span(s) to ")
                    .append(report.touched().size()).append(" session(s):");
            for (ContextReport.Touched t : report.touched()) {
                text.append("\n• ").append(t.sessionId()).append(": ").append(Arrays.stream(ContextKind.values())
                        .filter(k -> t.added().getOrDefault(k, 0) > 0)
                        .map(k -> t.added().get(k) + " " + k.key())
                        .collect(Collectors.joining(", ", "", t.addedTotal() == 0 ? "nothing new (already added)" : "")));
            }
        }
        if (report.unmatched().total() > 0) {
            text.append("\n").append(report.unmatched().total())
                    .append(" span(s) matched no session (another computer or another time).");
        }
        report.problems().stream().filter(p -> !p.isNote()).limit(PROBLEMS_SHOWN)
                .forEach(p -> text.append("\n").append(p.severity().name().toLowerCase()).append(": ")
                        .append(p.reason()).append(p.line() > 0 ? " (line " + p.line() + ")" : ""));
        String title = report.hasErrors() && report.addedTotal() == 0 ? "Context not imported"
                : "Context from " + report.file().getFileName();
        return new ContextImportSummary(title, text.toString());
    }

    @Override
    public String toString() {
        return title + ": " + message;
    }
}
