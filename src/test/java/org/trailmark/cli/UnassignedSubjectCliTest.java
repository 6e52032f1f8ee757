package org.trailmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.io.ducktrack.HostlessRecordings;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.SubjectIds;
import org.trailmark.store.AuditEntry;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Workspace;

/**
 * Two real DuckTrack recordings that name no host, imported through the command line: each gets a
 * subject of its own, which erasure, consent and `subject assign` then treat as one recording.
 */
class UnassignedSubjectCliTest {
    @TempDir
    Path dir;

    private Path workspace;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void importTwoHostlessRecordings() throws Exception {
        workspace = dir.resolve("ws.trailmark");
        Path first = HostlessRecordings.copy(dir.resolve("monday"), 0);
        Path second = HostlessRecordings.copy(dir.resolve("tuesday"), 5);
        Run imported = run("import", first.toString(), second.toString(), "--no-scan");
        // 1: imported, with the warning that the recordings name no host
        assertThat(imported.code()).as(imported.err()).isEqualTo(1);
        assertThat(imported.out()).contains("no person assigned yet");
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--workspace");
        all.add(workspace.toString());
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private List<SessionSummary> sessions() {
        try (Workspace w = Workspace.open(workspace)) {
            return w.sessions().all();
        }
    }

    private List<AuditEntry> audit(String sessionId) {
        try (Workspace w = Workspace.open(workspace)) {
            return w.audit().entries(sessionId);
        }
    }

    @Test
    void eachRecordingWithoutAHostHasItsOwnUnassignedSubject() {
        List<SessionSummary> sessions = sessions();

        assertThat(sessions).hasSize(2);
        assertThat(sessions).allSatisfy(s -> assertThat(SubjectIds.isUnassigned(s.subject())).isTrue());
        assertThat(sessions.get(0).subject()).isNotEqualTo(sessions.get(1).subject());
    }

    @Test
    void infoSaysHowToAssignTheRecording() {
        SessionSummary target = sessions().get(0);

        Run info = run("info", target.id());

        assertThat(info.out()).contains("Subject     " + target.subject() + " (no person assigned",
                "trailmark subject assign " + target.id() + " SUBJECT");
    }

    @Test
    void erasingOneUnassignedSubjectLeavesTheOtherRecording() {
        List<SessionSummary> before = sessions();

        Run erased = run("erase", "--subject", before.get(0).subject(), "--yes");

        assertThat(erased.code()).as(erased.err()).isZero();
        assertThat(sessions()).extracting(SessionSummary::id).containsExactly(before.get(1).id());
    }

    @Test
    void aSubjectExportOfAnUnassignedSubjectHoldsThatOneRecording() {
        SessionSummary target = sessions().get(0);

        Run exported = run("subject", "export", target.subject(), "--out", dir.resolve("one.json").toString());

        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("1 session of " + target.subject());
    }

    @Test
    void assigningMovesTheSessionToThePersonAndAuditsWhoDidItWithIdsOnly() {
        SessionSummary target = sessions().get(0);
        SessionSummary other = sessions().get(1);

        Run assigned = run("subject", "assign", target.id(), "subj-ana", "--by", "rita");

        assertThat(assigned.code()).as(assigned.err()).isZero();
        assertThat(assigned.out()).contains("Assigned " + target.id() + " to subj-ana");
        try (Workspace w = Workspace.open(workspace)) {
            assertThat(w.sessions().find(target.id()).orElseThrow().subject()).isEqualTo("subj-ana");
            assertThat(w.sessions().find(other.id()).orElseThrow().subject()).isEqualTo(other.subject());
            assertThat(w.sessions().ofSubject(target.subject())).isEmpty();
        }
        AuditEntry entry = audit(target.id()).get(audit(target.id()).size() - 1);
        assertThat(entry.actor()).isEqualTo("rita");
        assertThat(entry.action()).isEqualTo(org.trailmark.store.AuditActions.SUBJECT_ASSIGNED);
        assertThat(entry.detail()).isEqualTo("subject " + target.subject() + " -> subj-ana");
    }

    @Test
    void theAssignedPersonsConsentThenApplies() {
        SessionSummary target = sessions().get(0);
        assertThat(run("consent", "grant", "subj-ana", "--purpose", "training").code()).isZero();

        run("subject", "assign", target.id(), "subj-ana");

        try (Workspace w = Workspace.open(workspace)) {
            assertThat(w.sessions().find(target.id()).orElseThrow().trainingConsent().wireName()).isEqualTo("granted");
        }
    }

    @Test
    void reassigningSomeoneElsesSessionNeedsForceAndIsAuditedToo() {
        SessionSummary target = sessions().get(0);
        run("subject", "assign", target.id(), "subj-ana");

        Run refused = run("subject", "assign", target.id(), "subj-bob");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("belongs to subj-ana already", "--force");
        assertThat(sessionSubject(target.id())).isEqualTo("subj-ana");

        Run forced = run("subject", "assign", target.id(), "subj-bob", "--force", "--by", "rita");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(sessionSubject(target.id())).isEqualTo("subj-bob");
        List<AuditEntry> entries = audit(target.id());
        assertThat(entries.get(entries.size() - 1).detail())
                .isEqualTo("subject subj-ana -> subj-bob (forced: it belonged to someone already)");
    }

    @Test
    void assigningRefusesIdsThatAreNoPersonsAndChangesNothing() {
        SessionSummary target = sessions().get(0);
        String[] bad = {"ana lopez", "ana\u0007", "unknown", SubjectIds.unassignedFor("x"), "a".repeat(65),
            "ana@x.org"};
        for (String id : bad) {
            Run r = run("subject", "assign", target.id(), id);
            assertThat(r.code()).as(id).isEqualTo(2);
            assertThat(r.err()).as(id).contains("SUBJECT:");
        }
        assertThat(sessionSubject(target.id())).isEqualTo(target.subject());
        assertThat(audit(target.id())).noneMatch(e -> e.action().equals(org.trailmark.store.AuditActions.SUBJECT_ASSIGNED));
    }

    @Test
    void nobodyCanGrantConsentForAnUnassignedSubject() {
        String unassigned = sessions().get(0).subject();

        Run r = run("consent", "grant", unassigned, "--purpose", "training");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("assign the session to a person first");
        try (Workspace w = Workspace.open(workspace)) {
            assertThat(w.consent().records(unassigned)).isEmpty();
            assertThat(w.consent().state(unassigned, ConsentPurpose.TRAINING).permits()).isFalse();
        }
    }

    @Test
    void importRefusesASubjectThatIsNoPersonsId() throws Exception {
        Path third = HostlessRecordings.copy(dir.resolve("wednesday"), 9);

        Run r = run("import", third.toString(), "--subject", "unknown", "--no-scan");

        assertThat(r.code()).isEqualTo(2);
        assertThat(sessions()).hasSize(2);
    }

    private String sessionSubject(String sessionId) {
        try (Workspace w = Workspace.open(workspace)) {
            return w.sessions().find(sessionId).orElseThrow().subject();
        }
    }
}
