package org.trailmark.review.agreement;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import org.trailmark.model.FlagCategory;

/**
 * An {@link AgreementReport} as JSON with snake_case keys. A figure without a value is {@code null} and
 * its reason sits under {@code notes} with the same key, so the output never holds NaN.
 */
public final class AgreementJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AgreementJson() {
    }

    public static ObjectNode of(AgreementReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("session_id", report.sessionId());
        root.put("sessions", report.sessions());
        root.put("slice_ms", report.sliceMs());
        root.put("slices", report.slices());
        report.labelers().forEach(root.putArray("labelers")::add);
        figures(root, report.overall());
        ArrayNode pairs = root.putArray("pairs");
        for (PairFigures pair : report.pairs()) {
            ObjectNode n = pairs.addObject();
            n.putArray("labelers").add(pair.first()).add(pair.second());
            figures(n, pair.figures());
            OutcomeTally o = pair.figures().outcomes();
            outcomeCounts(n).putObject("unpaired_by_labeler")
                    .put(pair.first(), o.unpairedFirst()).put(pair.second(), o.unpairedSecond());
        }
        ArrayNode perLabeler = root.putArray("per_labeler");
        for (LabelerFigures labeler : report.perLabeler()) {
            ObjectNode n = perLabeler.addObject();
            n.put("labeler", labeler.labeler());
            figures(n, labeler.figures());
            outcomeCounts(n).put("unpaired_own", labeler.figures().outcomes().unpairedFirst());
        }
        return root;
    }

    private static ObjectNode outcomeCounts(ObjectNode figures) {
        return (ObjectNode) figures.get("outcome_counts");
    }

    private static void figures(ObjectNode node, Figures f) {
        ObjectNode notes = MAPPER.createObjectNode();
        coefficient(node, notes, "cohen_kappa", f.cohenKappa());
        coefficient(node, notes, "fleiss_kappa", f.fleissKappa());
        coefficient(node, notes, "krippendorff_alpha", f.krippendorffAlpha());
        coefficient(node, notes, "boundary_f1_0_5s", f.boundaryF1HalfSecond());
        coefficient(node, notes, "boundary_f1_2s", f.boundaryF1TwoSeconds());
        ObjectNode flags = node.putObject("flag_iou");
        for (Map.Entry<FlagCategory, Double> e : new TreeMap<>(f.flagIou()).entrySet()) {
            flags.put(e.getKey().wireName(), e.getValue());
        }
        coefficient(node, notes, "outcome_agreement", f.outcomeAgreement());
        OutcomeTally o = f.outcomes();
        node.putObject("outcome_counts")
                .put("paired", o.paired())
                .put("both_decided", o.bothDecided())
                .put("same_outcome", o.sameOutcome())
                .put("unpaired", o.unpaired());
        node.set("notes", notes);
    }

    private static void coefficient(ObjectNode node, ObjectNode notes, String key, Coefficient c) {
        if (c.isDefined()) {
            node.put(key, c.value());
        } else {
            node.putNull(key);
            notes.put(key, c.reason());
        }
    }
}
