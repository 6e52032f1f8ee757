package org.trailmark.governance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.ReviewStatus;
import org.trailmark.store.LegalHold;
import org.trailmark.store.RetentionRule;

/**
 * The record as JSON with stable keys, documented field by field in docs/processing-record.md. Every
 * key is always present (null or zero when there is nothing), so a reader never guesses.
 */
public final class ProcessingRecordJson {
    /** Raised when a key is renamed or removed, not when one is added. */
    public static final int FORMAT_VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProcessingRecordJson() {
    }

    public static String write(ProcessingRecord record) {
        try {
            return MAPPER.writeValueAsString(tree(record));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the record of processing as JSON", e);
        }
    }

    public static ObjectNode tree(ProcessingRecord record) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("record", "processing");
        root.put("format_version", FORMAT_VERSION);
        RecordHeader h = record.header();
        ObjectNode controller = root.putObject("controller");
        controller.put("name", h.controllerName().orElse(null));
        controller.put("contact", h.controllerContact().orElse(null));
        root.put("generated_at", h.generatedAt().toString());
        root.put("workspace", h.workspace());
        root.put("trailmark_version", h.trailmarkVersion());
        ArrayNode purposes = root.putArray("purposes");
        record.purposes().forEach(p -> purpose(purposes.addObject(), p));
        activity(root.putObject("erasures"), record.erasures(), "sessions");
        RetentionInForce retention = record.retention();
        ObjectNode rules = root.putObject("retention");
        // Always true since every workspace that opens has schema step 11; the key stays for readers of the format.
        rules.put("recorded", true);
        ArrayNode ruleList = rules.putArray("rules");
        retention.rules().forEach(r -> {
            ObjectNode n = rule(ruleList.addObject(), r);
            n.put("purpose", r.purpose());
        });
        ObjectNode holds = root.putObject("legal_holds");
        holds.put("recorded", true);
        ArrayNode open = holds.putArray("open");
        for (LegalHold hold : retention.openHolds()) {
            ObjectNode n = open.addObject();
            n.put("id", hold.id());
            n.put("session", hold.sessionId());
            n.put("subject", hold.subjectId());
            n.put("reason", hold.reason());
            n.put("placed_by", hold.placedBy());
            n.put("placed_at", hold.placedAt().toString());
        }
        return root;
    }

    private static void purpose(ObjectNode n, PurposeRecord p) {
        n.put("purpose", p.purpose().orElse(null));
        n.put("consent_kept", p.consentKept());
        ObjectNode subjects = n.putObject("subjects");
        subjects.put("with_sessions", p.subjects());
        if (p.consentKept()) {
            subjects.put("consenting", p.subjectsConsenting());
            subjects.put("withdrawn", p.subjectsWithdrawn());
        } else {
            subjects.putNull("consenting");
            subjects.putNull("withdrawn");
        }
        ObjectNode sessions = n.putObject("sessions");
        sessions.put("count", p.sessions());
        sessions.put("events", p.events());
        sessions.put("first_capture", time(p.firstCapture()));
        sessions.put("last_capture", time(p.lastCapture()));
        ArrayNode categories = n.putArray("categories");
        for (CategoryCount c : p.categories()) {
            ObjectNode cn = categories.addObject();
            cn.put("category", c.category().key());
            cn.put("label", c.category().label());
            cn.put("unit", c.category().unit());
            cn.put("count", c.count());
            cn.put("sessions", c.sessions());
        }
        ArrayNode recipients = n.putArray("recipients");
        for (Recipient r : p.recipients()) {
            ObjectNode rn = recipients.addObject();
            rn.put("export_id", r.exportId());
            rn.put("folder", r.folderName());
            rn.put("exported_at", r.at().toString());
            ArrayNode by = rn.putArray("exported_by");
            r.exportedBy().forEach(by::add);
            rn.put("sessions", r.sessions());
            rn.put("events", r.events());
        }
        if (p.retention().isPresent()) {
            rule(n.putObject("retention"), p.retention().get());
        } else {
            n.putNull("retention");
        }
        n.put("open_holds", p.openHolds());
        activity(n.putObject("withdrawals"), p.withdrawals(), "count");
        activity(n.putObject("erasures"), p.erasures(), "sessions");
        ObjectNode flags = n.putObject("flags");
        for (FlagCategory c : FlagCategory.values()) {
            flags.put(c.wireName(), p.flags().getOrDefault(c, 0L));
        }
        ObjectNode reviews = n.putObject("reviews");
        for (ReviewStatus s : ReviewStatus.values()) {
            reviews.put(s.wireName(), p.reviews().getOrDefault(s, 0));
        }
        reviews.put("done", p.reviewed());
    }

    private static ObjectNode rule(ObjectNode n, RetentionRule r) {
        n.put("days", r.days());
        n.put("keep_while_cited", r.keepWhileCited());
        n.put("set_by", r.setBy());
        n.put("set_at", r.setAt().toString());
        return n;
    }

    private static void activity(ObjectNode n, Activity a, String countKey) {
        n.put(countKey, a.count());
        n.put("subjects", a.subjects());
        n.put("first", time(a.first()));
        n.put("last", time(a.last()));
    }

    private static String time(Optional<Instant> t) {
        return t.map(Instant::toString).orElse(null);
    }
}
