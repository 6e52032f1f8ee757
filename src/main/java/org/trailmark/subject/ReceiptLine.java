package org.trailmark.subject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;
import org.trailmark.store.ConsentReceipt;

/**
 * A consent receipt as a line of "My data": what was decided, for which purpose, when, how it was
 * recorded, and the checksum a copy can be compared with.
 *
 * @param policy    "acme-capture@3", the policy alone, or "" when none was named
 * @param eventTime when consent was given or withdrawn (ISO-8601), or "" when the record has no time
 */
public record ReceiptLine(String receiptId, String action, String purpose, String policy, String eventTime,
                          String method, String controller, String sha256) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public ReceiptLine {
        Objects.requireNonNull(receiptId, "receiptId");
        Objects.requireNonNull(sha256, "sha256");
    }

    public boolean isGrant() {
        return ConsentReceipt.GRANT.equals(action);
    }

    static ReceiptLine of(ConsentReceipt r) {
        JsonNode n;
        try {
            n = MAPPER.readTree(r.document());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("consent receipt " + r.receiptId() + " does not parse", e);
        }
        String policyId = n.path("notice").path("policy_id").asText("");
        String version = n.path("notice").path("policy_version").asText("");
        String policy = policyId.isEmpty() ? "" : version.isEmpty() ? policyId : policyId + "@" + version;
        return new ReceiptLine(r.receiptId(), r.action(), n.path("purposes").path(0).path("purpose").asText(""),
                policy, n.path("event_time").asText(""), n.path("collection_method").asText(""),
                n.path("pii_controller").path("name").asText(""), r.sha256());
    }
}
