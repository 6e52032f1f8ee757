package org.trailmark.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentRecord;

/** Every consent grant and withdrawal leaves a receipt whose checksum any copy can be checked with. */
class ConsentReceiptTest {
    private static final String BOTH = "org.trailmark.store.Backend#both";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource(BOTH)
    void aGrantYieldsAReceiptWithTheFieldsAfterIso27560AndAChecksumThatVerifies(Backend backend) throws Exception {
        try (Workspace w = backend.open(dir)) {
            ConsentRecord granted = w.consent().grant("subj-ana", ConsentPurpose.TRAINING, "acme-capture", "3",
                    "rev", ConsentRecord.CLI);

            ConsentReceipt receipt = w.consent().receipts("subj-ana").get(0);
            Map<String, Object> fields = parse(receipt.document());

            assertThat(UUID.fromString((String) fields.get("receipt_id")).toString()).isEqualTo(receipt.receiptId());
            assertThat(fields).containsEntry("version", "1.0").containsEntry("pii_principal_id", "subj-ana")
                    .containsEntry("action", "grant").containsEntry("event_type", "given")
                    .containsEntry("event_time", granted.grantedAt().toString())
                    .containsEntry("collection_method", "command line")
                    .containsEntry("consent_record_id", (int) granted.id())
                    .containsEntry("issued_at", receipt.issuedAt().toString());
            assertThat(fields.get("pii_controller")).isEqualTo(Map.of("name", "not set", "contact", "not set"));
            assertThat(fields.get("notice")).isEqualTo(Map.of("policy_id", "acme-capture", "policy_version", "3"));
            assertThat((List<?>) fields.get("purposes")).singleElement()
                    .satisfies(p -> assertThat(((Map<?, ?>) p).get("purpose")).isEqualTo("training"));
            assertThat(((Map<?, ?>) fields.get("checksum")).get("value")).isEqualTo(receipt.sha256());
            assertThat(ConsentReceipt.verifies(fields)).isTrue();
            assertThat(receipt.sha256()).isEqualTo(ConsentReceipt.sha256(CanonicalJson.write(withoutChecksum(fields))));
        }
    }

    @Test
    void aChangedCopyNoLongerVerifies() throws Exception {
        try (Workspace w = Workspace.open(dir.resolve("tamper.trailmark"))) {
            w.consent().grant("subj-ana", ConsentPurpose.CAPTURE, null, null, "rev", ConsentRecord.STUDIO);
            Map<String, Object> fields = parse(w.consent().receipts("subj-ana").get(0).document());

            fields.put("pii_principal_id", "subj-bo");

            assertThat(ConsentReceipt.verifies(fields)).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void aWithdrawalYieldsItsOwnReceiptNamingTheControllerSetMeanwhile(Backend backend) throws Exception {
        try (Workspace w = backend.open(dir)) {
            w.consent().grant("subj-ana", ConsentPurpose.TRAINING, null, null, "rev", ConsentRecord.CLI);
            w.settings().put(ConsentController.NAME_SETTING, "Acme Research", "rev");
            w.settings().put(ConsentController.CONTACT_SETTING, "privacy@acme.example", "rev");

            ConsentRecord withdrawn = w.consent().withdraw("subj-ana", ConsentPurpose.TRAINING, "subj-ana",
                    ConsentRecord.SUBJECT).get(0);

            List<ConsentReceipt> receipts = w.consent().receipts("subj-ana");
            assertThat(receipts).extracting(ConsentReceipt::action).containsExactly("grant", "withdraw");
            Map<String, Object> last = parse(receipts.get(1).document());
            assertThat(last).containsEntry("event_type", "withdrawn")
                    .containsEntry("event_time", withdrawn.withdrawnAt().toString())
                    .containsEntry("collection_method", "My data, by the person");
            assertThat(last.get("pii_controller"))
                    .isEqualTo(Map.of("name", "Acme Research", "contact", "privacy@acme.example"));
            assertThat(ConsentReceipt.verifies(last)).isTrue();
            assertThat(w.consent().controller()).isEqualTo(new ConsentController("Acme Research", "privacy@acme.example"));
            assertThat(w.consent().receipts("subj-bo")).isEmpty();
        }
    }

    @Test
    void aGrantInACaptureHeaderYieldsAReceiptAtImportAndAGrantThatChangesNothingNone() {
        try (Workspace w = Workspace.open(dir.resolve("header.trailmark"))) {
            w.sessions().add(SyntheticSessions.info("s-1", "subj-ana"), SyntheticSessions.r1Like(20, 1), "x", "test");
            w.consent().grant("subj-ana", ConsentPurpose.TRAINING, "policy-1", "1", "rev", ConsentRecord.CLI);

            assertThat(w.consent().receipts("subj-ana")).singleElement()
                    .satisfies(r -> assertThat(r.document()).contains("\"collection_method\":\"capture header at import\""));
        }
    }

    @Test
    void canonicalJsonSortsKeysAndEscapesOnlyWhatJsonRequires() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("b", List.of(1L, "x\"y\\z\n", Map.of("d", true, "c", "é")));
        value.put("a", null);

        assertThat(CanonicalJson.write(value)).isEqualTo("{\"a\":null,\"b\":[1,\"x\\\"y\\\\z\\n\",{\"c\":\"é\",\"d\":true}]}");
    }

    static Map<String, Object> parse(String json) throws Exception {
        return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    private static Map<String, Object> withoutChecksum(Map<String, Object> fields) {
        Map<String, Object> copy = new LinkedHashMap<>(fields);
        copy.remove(ConsentReceipt.CHECKSUM_FIELD);
        return copy;
    }
}
