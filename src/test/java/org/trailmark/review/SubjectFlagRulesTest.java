package org.trailmark.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FlagSource;
import org.trailmark.model.FlagStatus;
import org.trailmark.store.AuditEntry;
import org.trailmark.store.Workspace;

/** A stretch the recorded person marked private is beyond every reviewer's reach. */
class SubjectFlagRulesTest {
    @TempDir
    Path dir;

    private Workspace ws;
    private ReviewService rita;
    private Flag mark;

    @BeforeEach
    void sessionWithAPrivateMark() {
        ws = ReviewFixtures.workspaceWith(dir.resolve("w.trailmark"), "s1");
        rita = new ReviewService(ws, "rita");
        Flag draft = new Flag(0, "s1", 1_000, 5_000, FlagCategory.PRIVATE, null, FlagSource.SUBJECT, null, null,
                FlagStatus.CONFIRMED);
        // Subject marks reach the store through the subject services, never through a reviewer.
        mark = ws.flags().replace("s1", List.of(), List.of(draft), "subject marks private", "subj").get(0);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void reviewersCannotRejectRevealEditOrDeleteASubjectsMark() {
        int auditBefore = ws.audit().entries("s1").size();
        Map<ThrowingCallable, String> refused = new LinkedHashMap<>();
        refused.put(() -> rita.setFlagStatus(mark.id(), FlagStatus.REJECTED), "change the status of");
        refused.put(() -> rita.setFlagStatus(mark.id(), FlagStatus.SUGGESTED), "change the status of");
        refused.put(() -> rita.revealFlag(mark.id()), "reveal");
        refused.put(() -> rita.editFlag(mark.withSpan(1_000, 1_500)), "edit");
        refused.put(() -> rita.editFlag(mark.withCategory(FlagCategory.OTHER)), "edit");
        refused.put(() -> rita.deleteFlag(mark.id()), "delete");
        refused.forEach((call, verb) -> assertThatThrownBy(call).isInstanceOf(ReviewException.class)
                .hasMessage("flag " + mark.id() + " was marked private by the recorded person; reviewers cannot "
                        + verb + " it"));
        assertThat(ws.flags().ofSession("s1")).containsExactly(mark);
        assertThat(ws.audit().entries("s1")).hasSize(auditBefore);
        assertThat(rita.history().canUndo()).isFalse();
    }

    @Test
    void reviewersCannotRaiseOrForgeASubjectMark() {
        Flag forged = new Flag(0, "s1", 6_000, 7_000, FlagCategory.PRIVATE, null, FlagSource.SUBJECT, null, null,
                FlagStatus.REJECTED);
        assertThatThrownBy(() -> rita.addFlag(forged)).isInstanceOf(ReviewException.class)
                .hasMessageContaining("only the recorded person");
        Flag own = rita.addFlag(Flag.manual("s1", 6_000, 7_000, FlagCategory.OTHER, null));
        assertThatThrownBy(() -> rita.editFlag(new Flag(own.id(), "s1", 6_000, 7_000, FlagCategory.OTHER, null,
                FlagSource.SUBJECT, null, null, FlagStatus.CONFIRMED))).isInstanceOf(ReviewException.class);
        assertThat(ws.flags().ofSession("s1")).filteredOn(f -> f.source() == FlagSource.SUBJECT).containsExactly(mark);
    }

    @Test
    void reviewersFlagsAreStillTheirsToChange() {
        Flag own = rita.addFlag(Flag.manual("s1", 6_000, 7_000, FlagCategory.PASSWORD, null));
        rita.setFlagStatus(own.id(), FlagStatus.REJECTED);
        rita.revealFlag(own.id());
        rita.deleteFlag(own.id());
        assertThat(ws.audit().entries("s1")).extracting(AuditEntry::action).contains("reveal");
        assertThat(ws.flags().ofSession("s1")).containsExactly(mark);
    }
}
