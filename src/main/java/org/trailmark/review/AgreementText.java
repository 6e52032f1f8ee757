package org.trailmark.review;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.trailmark.model.FlagCategory;
import org.trailmark.review.agreement.AgreementReport;
import org.trailmark.review.agreement.Coefficient;
import org.trailmark.review.agreement.Figures;
import org.trailmark.review.agreement.LabelerFigures;
import org.trailmark.review.agreement.PairFigures;

/**
 * An agreement report in plain words a reviewer can read: the slice length, one row of figures for
 * everyone, each pair and each labeler, flag overlap by category, and why a figure is missing.
 */
public final class AgreementText {
    private AgreementText() {
    }

    /** The report as lines of text, ending with a line break. */
    public static String of(AgreementReport r) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.printf("Agreement %s: labelers %s; task labels compared over time slices of %d ms (%d slices)%n",
                r.sessionId() != null ? "on " + r.sessionId() : "over " + r.sessions() + " sessions",
                String.join(", ", r.labelers()), r.sliceMs(), r.slices());
        out.println();
        Map<String, Figures> rows = new LinkedHashMap<>();
        rows.put("overall", r.overall());
        for (PairFigures p : r.pairs()) {
            rows.put(p.first() + " / " + p.second(), p.figures());
        }
        for (LabelerFigures l : r.perLabeler()) {
            rows.put(l.labeler() + " vs the others", l.figures());
        }
        int width = Math.max(7, rows.keySet().stream().mapToInt(String::length).max().orElse(0));
        out.printf("%-" + width + "s  %8s  %8s  %8s  %10s  %10s  %8s%n", "", "Cohen κ", "Fleiss κ", "Kripp. α",
                "bound. F1", "bound. F1", "outcome");
        out.printf("%-" + width + "s  %8s  %8s  %8s  %10s  %10s  %8s%n", "", "", "", "", "±0.5 s", "±2 s", "agree");
        Map<String, String> notes = new TreeMap<>();
        rows.forEach((name, f) -> out.printf("%-" + width + "s  %8s  %8s  %8s  %10s  %10s  %8s%n", name,
                value(f.cohenKappa(), notes), value(f.fleissKappa(), notes), value(f.krippendorffAlpha(), notes),
                value(f.boundaryF1HalfSecond(), notes), value(f.boundaryF1TwoSeconds(), notes),
                value(f.outcomeAgreement(), notes)));
        out.println();
        out.println("Flag overlap (IoU) by category: " + iou(r.overall().flagIou()));
        if (!notes.isEmpty()) {
            out.println();
            out.println("– means the figure is not defined here:");
            notes.keySet().forEach(reason -> out.println("  " + reason));
        }
        out.flush();
        return text.toString();
    }

    private static String value(Coefficient c, Map<String, String> notes) {
        if (c.isDefined()) {
            return String.format("%.2f", c.value());
        }
        notes.put(c.reason(), c.reason());
        return "–";
    }

    private static String iou(Map<FlagCategory, Double> byCategory) {
        if (byCategory.isEmpty()) {
            return "nobody flagged anything";
        }
        List<String> parts = new ArrayList<>();
        new TreeMap<>(byCategory).forEach((category, value) -> parts.add(category.wireName()
                + String.format(" %.2f", value)));
        return String.join(", ", parts);
    }
}
