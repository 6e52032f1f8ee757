package org.trailmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentStatus;
import org.trailmark.model.SubjectIds;

class UnassignedSubjectStoreTest {
    @TempDir
    Path dir;

    @Test
    void theConsentInTheHeaderOfACaptureThatNamesNobodyIsNotRecorded() {
        String unassigned = SubjectIds.unassignedFor("s-1");
        try (Workspace w = Workspace.open(dir.resolve("w.trailmark"))) {
            // the synthetic header grants training
            w.sessions().add(SyntheticSessions.info("s-1", unassigned), SyntheticSessions.r1Like(50, 1), null, "test");
            w.sessions().add(SyntheticSessions.info("s-2", "subj-ana"), SyntheticSessions.r1Like(50, 2), null, "test");

            assertThat(w.consent().records(unassigned)).isEmpty();
            assertThat(w.sessions().find("s-1").orElseThrow().trainingConsent()).isEqualTo(ConsentStatus.NONE);
            assertThat(w.sessions().find("s-2").orElseThrow().trainingConsent()).isEqualTo(ConsentStatus.GRANTED);
        }
    }

    @Test
    void nobodyCanGrantForAnUnassignedSubjectButAnAssignedSessionTakesItsPersonsConsent() {
        String unassigned = SubjectIds.unassignedFor("s-1");
        try (Workspace w = Workspace.open(dir.resolve("w.trailmark"))) {
            w.sessions().add(SyntheticSessions.info("s-1", unassigned), SyntheticSessions.r1Like(50, 1), null, "test");
            w.sessions().add(SyntheticSessions.info("s-2", "subj-ana"), SyntheticSessions.r1Like(50, 2), null, "test");

            assertThatThrownBy(() -> w.consent().grant(unassigned, ConsentPurpose.TRAINING, null, null, "rita", "cli"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("assign the session to a person first");
            assertThat(w.consent().records(unassigned)).isEmpty();

            SubjectAssignment done = w.subjects().assign("s-1", "subj-ana", false, "rita");

            assertThat(done.outcome()).isEqualTo(SubjectAssignment.Outcome.ASSIGNED);
            assertThat(done.from()).isEqualTo(unassigned);
            assertThat(w.sessions().find("s-1").orElseThrow().trainingConsent()).isEqualTo(ConsentStatus.GRANTED);
            assertThat(w.subjects().assign("s-1", "subj-ana", false, "rita").outcome())
                    .isEqualTo(SubjectAssignment.Outcome.UNCHANGED);
            assertThat(w.audit().entries("s-1")).filteredOn(e -> e.action().equals(AuditActions.SUBJECT_ASSIGNED)).hasSize(1);
        }
    }

    @Test
    void assigningAnUnknownSessionOrToAnIdThatIsNoPersonsFailsWritingNothing() {
        try (Workspace w = Workspace.open(dir.resolve("w.trailmark"))) {
            w.sessions().add(SyntheticSessions.info("s-1", SubjectIds.unassignedFor("s-1")),
                    SyntheticSessions.r1Like(50, 1), null, "test");
            int before = w.audit().entries(null).size();

            assertThatThrownBy(() -> w.subjects().assign("s-9", "subj-ana", false, "rita"))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining("no session s-9");
            assertThatThrownBy(() -> w.subjects().assign("s-1", SubjectIds.unassignedFor("s-2"), true, "rita"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(w.audit().entries(null)).hasSize(before);
            assertThat(w.sessions().find("s-1").orElseThrow().subject()).isEqualTo(SubjectIds.unassignedFor("s-1"));
        }
    }
}
