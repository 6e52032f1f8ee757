package org.trailmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.Importers;
import org.trailmark.io.ParsedSession;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentRecord;
import org.trailmark.model.ConsentReference;
import org.trailmark.model.ConsentStatus;
import org.trailmark.model.SessionInfo;

/** Consent records in the workspace: grant, withdraw, header consent on import, the migration's backfill. */
class ConsentStoreTest {
    private static List<ParsedSession> samples;

    @TempDir
    Path dir;

    private Workspace workspace;

    @BeforeAll
    static void readSamples() {
        samples = Importers.read(Path.of("sample-sessions"), ImportOptions.defaults()).sessions().stream()
                .filter(s -> s.info().sourceFormat().equals("native")).toList();
        assertThat(samples).extracting(s -> s.info().subject()).contains("subj-ana", "subj-ben", "subj-chloe");
    }

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("ws.trailmark"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void importSamples() {
        for (ParsedSession s : samples) {
            workspace.sessions().add(s.info(), s.log(), null, "tester");
        }
    }

    private static ParsedSession sampleOf(String subject) {
        return samples.stream().filter(s -> s.info().subject().equals(subject)).findFirst().orElseThrow();
    }

    @Test
    void headerConsentBecomesOneRecordPerListedPurposeOnImport() {
        importSamples();

        assertThat(workspace.consent().records("subj-ana")).extracting(ConsentRecord::purpose)
                .containsExactlyInAnyOrder(ConsentPurpose.CAPTURE, ConsentPurpose.TRAINING);
        ConsentRecord training = workspace.consent().state("subj-ana", ConsentPurpose.TRAINING).deciding();
        assertThat(training.policyId()).isEqualTo("acme-capture");
        assertThat(training.policyVersion()).isEqualTo("3");
        assertThat(training.grantedAt()).isEqualTo(Instant.parse("2026-03-01T08:00:00Z"));
        assertThat(training.withdrawnAt()).isNull();
        assertThat(training.source()).isEqualTo(ConsentRecord.HEADER);
        assertThat(training.recordedBy()).isEqualTo("import");
        assertThat(workspace.consent().state("subj-ben", ConsentPurpose.TRAINING).permits()).isTrue();
    }

    @Test
    void chloeConsentedToCaptureOnlySoHerTrainingStateIsNone() {
        importSamples();

        assertThat(workspace.consent().records("subj-chloe")).extracting(ConsentRecord::purpose)
                .containsExactly(ConsentPurpose.CAPTURE);
        assertThat(workspace.consent().state("subj-chloe", ConsentPurpose.TRAINING).status())
                .isEqualTo(ConsentStatus.NONE);
        assertThat(workspace.consent().state("subj-chloe", ConsentPurpose.TRAINING).permits()).isFalse();
        assertThat(workspace.consent().state("subj-chloe", ConsentPurpose.CAPTURE).permits()).isTrue();
    }

    @Test
    void twoSessionsUnderTheSameHeaderConsentMakeOneRecordPerPurpose() {
        importSamples();

        // each subject has two sample sessions with the same header consent
        assertThat(workspace.consent().records("subj-ana")).hasSize(2);
        assertThat(workspace.consent().records("subj-ben")).hasSize(2);
        assertThat(workspace.audit().entries(null)).filteredOn(e -> e.action().equals("consent")).hasSize(5);
    }

    @Test
    void sessionListingsCarryTheSubjectsTrainingConsent() {
        importSamples();
        workspace.consent().withdraw("subj-ben", ConsentPurpose.TRAINING, "ben", ConsentRecord.SUBJECT);

        assertThat(workspace.sessions().all()).allSatisfy(s -> assertThat(s.trainingConsent()).isEqualTo(
                switch (s.subject()) {
                    case "subj-ana" -> ConsentStatus.GRANTED;
                    case "subj-ben" -> ConsentStatus.WITHDRAWN;
                    default -> ConsentStatus.NONE;
                }));
        String chloeSession = sampleOf("subj-chloe").info().id();
        assertThat(workspace.sessions().find(chloeSession).orElseThrow().trainingConsent()).isEqualTo(ConsentStatus.NONE);
        assertThat(workspace.sessions().ofSubject("subj-ben")).extracting(SessionSummary::trainingConsent)
                .containsOnly(ConsentStatus.WITHDRAWN);
    }

    @Test
    void withdrawingMarksTheGrantWithdrawnWithoutDeletingIt() {
        importSamples();

        List<ConsentRecord> withdrawn = workspace.consent().withdraw("subj-ana", ConsentPurpose.TRAINING, "ana",
                ConsentRecord.SUBJECT);

        assertThat(withdrawn).singleElement().satisfies(r -> {
            assertThat(r.isWithdrawn()).isTrue();
            assertThat(r.grantedAt()).isEqualTo(Instant.parse("2026-03-01T08:00:00Z"));
        });
        assertThat(workspace.consent().records("subj-ana")).hasSize(2);
        assertThat(workspace.consent().state("subj-ana", ConsentPurpose.TRAINING).status())
                .isEqualTo(ConsentStatus.WITHDRAWN);
        assertThat(workspace.consent().state("subj-ana", ConsentPurpose.TRAINING).permits()).isFalse();
        assertThat(workspace.consent().state("subj-ana", ConsentPurpose.CAPTURE).permits()).isTrue();
    }

    @Test
    void grantAndWithdrawRoundTripThroughAReopenedWorkspaceAndAreAudited() {
        ConsentRecord granted = workspace.consent().grant("subj-dora", ConsentPurpose.TRAINING, "acme-capture", "4",
                "lead", ConsentRecord.CLI);
        workspace.consent().withdraw("subj-dora", ConsentPurpose.TRAINING, "dora", ConsentRecord.SUBJECT);
        ConsentRecord regranted = workspace.consent().grant("subj-dora", ConsentPurpose.TRAINING, null, null,
                "lead", ConsentRecord.STUDIO);
        workspace.close();
        workspace = Workspace.open(dir.resolve("ws.trailmark"));

        List<ConsentRecord> records = workspace.consent().records("subj-dora");
        assertThat(records).extracting(ConsentRecord::id).containsExactly(granted.id(), regranted.id());
        assertThat(records.get(0).isWithdrawn()).isTrue();
        assertThat(records.get(0).policyText()).isEqualTo("acme-capture@4");
        assertThat(records.get(1).isWithdrawn()).isFalse();
        assertThat(records.get(1).policyId()).isNull();
        assertThat(records.get(1).grantedAt()).isAfter(records.get(0).withdrawnAt());
        assertThat(workspace.consent().state("subj-dora", ConsentPurpose.TRAINING).deciding()).isEqualTo(records.get(1));
        assertThat(workspace.audit().entries(null)).filteredOn(e -> e.action().equals("consent"))
                .extracting(AuditEntry::actor, AuditEntry::detail).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("lead", "grant training subject=subj-dora record="
                                + granted.id() + " source=cli policy=acme-capture@4"),
                        org.assertj.core.groups.Tuple.tuple("dora", "withdraw training subject=subj-dora record="
                                + granted.id() + " source=cli policy=acme-capture@4"),
                        org.assertj.core.groups.Tuple.tuple("lead", "grant training subject=subj-dora record="
                                + regranted.id() + " source=studio"));
    }

    @Test
    void grantingWhatIsAlreadyGrantedUnderThatPolicyWritesNothing() {
        ConsentRecord first = workspace.consent().grant("subj-dora", ConsentPurpose.CAPTURE, "p", "1", "lead",
                ConsentRecord.CLI);
        int audit = workspace.audit().entries(null).size();

        ConsentRecord again = workspace.consent().grant("subj-dora", ConsentPurpose.CAPTURE, "p", "1", "lead",
                ConsentRecord.CLI);

        assertThat(again).isEqualTo(first);
        assertThat(workspace.consent().records("subj-dora")).hasSize(1);
        assertThat(workspace.audit().entries(null)).hasSize(audit);
    }

    @Test
    void reimportingAnOlderHeaderDoesNotUndoAWithdrawal() {
        ParsedSession ana = sampleOf("subj-ana");
        workspace.sessions().add(ana.info(), ana.log(), null, "tester");
        workspace.consent().withdraw("subj-ana", ConsentPurpose.TRAINING, "ana", ConsentRecord.SUBJECT);

        // another capture made under the same consent, imported after the withdrawal
        ParsedSession other = samples.stream().filter(s -> s.info().subject().equals("subj-ana")
                && !s.info().id().equals(ana.info().id())).findFirst().orElseThrow();
        workspace.sessions().add(other.info(), other.log(), null, "tester");
        // and one stating a newer policy version granted before the withdrawal
        workspace.sessions().add(withConsent(ana.info(), "late-1", "4", "2026-06-01T00:00:00Z"), ana.log(), null,
                "tester");

        assertThat(workspace.consent().state("subj-ana", ConsentPurpose.TRAINING).status())
                .isEqualTo(ConsentStatus.WITHDRAWN);
        assertThat(workspace.consent().records("subj-ana")).hasSize(4).allMatch(r -> r.purpose() == ConsentPurpose.CAPTURE
                || r.isWithdrawn());
    }

    @Test
    void aWithdrawalBeforeAnyGrantOutranksAHeaderImportedLater() {
        List<ConsentRecord> written = workspace.consent().withdraw("subj-ana", ConsentPurpose.TRAINING, "ana",
                ConsentRecord.SUBJECT);
        assertThat(written).singleElement().satisfies(r -> {
            assertThat(r.grantedAt()).isNull();
            assertThat(r.withdrawnAt()).isNotNull();
        });

        importSamples();

        assertThat(workspace.consent().state("subj-ana", ConsentPurpose.TRAINING).status())
                .isEqualTo(ConsentStatus.WITHDRAWN);
        assertThat(workspace.consent().records("subj-ana")).filteredOn(r -> r.purpose() == ConsentPurpose.TRAINING)
                .as("the imported grant is stored as ended by the earlier withdrawal").allMatch(ConsentRecord::isWithdrawn);
        assertThat(workspace.consent().withdraw("subj-ana", ConsentPurpose.TRAINING, "ana", ConsentRecord.SUBJECT))
                .as("nothing left to withdraw").isEmpty();
    }

    @Test
    void consentRecordsCanOnlyGainAWithdrawalTime() throws SQLException {
        importSamples();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + workspace.file().orElseThrow());
             Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM consent_records"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("withdraw instead");
            assertThatThrownBy(() -> s.executeUpdate("UPDATE consent_records SET purpose = 'training'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("can only be withdrawn");
            s.executeUpdate("UPDATE consent_records SET withdrawn_at = '2026-12-01T00:00:00Z' WHERE id = 1");
            assertThatThrownBy(() -> s.executeUpdate("UPDATE consent_records SET withdrawn_at = NULL WHERE id = 1"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("can only be withdrawn");
        }
    }

    @Test
    void migratingAnOlderWorkspaceBackfillsRecordsFromStoredHeaders() throws SQLException {
        importSamples();
        workspace.close();
        Path file = dir.resolve("ws.trailmark");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            // back to the schema before consent records (step 3) and the pseudonym secret (step 4) existed
            s.execute("DROP TABLE consent_records");
            s.execute("DROP TABLE secrets");
            s.execute("PRAGMA user_version = 2");
        }

        workspace = Workspace.open(file);

        assertThat(workspace.schemaVersion()).isEqualTo(Migrations.latestVersion());
        assertThat(workspace.consent().records("subj-ana")).extracting(ConsentRecord::purpose)
                .containsExactly(ConsentPurpose.CAPTURE, ConsentPurpose.TRAINING);
        assertThat(workspace.consent().records("subj-chloe")).extracting(ConsentRecord::purpose)
                .containsExactly(ConsentPurpose.CAPTURE);
        ConsentRecord backfilled = workspace.consent().records("subj-ben").get(1);
        assertThat(backfilled.grantedAt()).isEqualTo(Instant.parse("2026-03-01T08:00:00Z"));
        assertThat(backfilled.source()).isEqualTo(ConsentRecord.HEADER);
        assertThat(workspace.audit().entries(null)).filteredOn(e -> e.actor().equals("migration"))
                .extracting(AuditEntry::detail).singleElement().asString().contains("recorded 5 consent records");

        // importing the same sessions' consent again recognises the backfilled records
        ParsedSession ana = sampleOf("subj-ana");
        workspace.sessions().add(withConsent(ana.info().withSubject("subj-ana"), "acme-capture", "3",
                "2026-03-01T09:00:00+01:00"), ana.log(), null, "tester");
        assertThat(workspace.consent().records("subj-ana")).hasSize(2);
    }

    private static SessionInfo withConsent(SessionInfo info, String policy, String version, String granted) {
        return new SessionInfo(info.id() + "-" + policy + version, info.subject(), info.sourceFormat(), info.start(),
                info.screens(), info.captureTool(), info.captureToolVersion(),
                new ConsentReference(policy, version, List.of("capture", "training"),
                        OffsetDateTime.parse(granted).withOffsetSameInstant(ZoneOffset.UTC)
                                .withOffsetSameInstant(OffsetDateTime.parse(granted).getOffset())),
                info.suggestedInstruction());
    }
}
