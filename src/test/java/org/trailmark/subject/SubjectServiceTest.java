package org.trailmark.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentRecord;
import org.trailmark.model.ConsentStatus;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FlagSource;
import org.trailmark.model.FlagStatus;
import org.trailmark.model.ScreenRegion;
import org.trailmark.review.ReviewService;
import org.trailmark.store.AuditEntry;
import org.trailmark.store.ErasureResult;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Workspace;

class SubjectServiceTest {
    @TempDir
    Path dir;

    private Workspace ws;
    private SubjectService ana;

    @BeforeEach
    void twoSubjects() {
        ws = Workspace.open(dir.resolve("w.trailmark"));
        SubjectFixtures.addSession(ws, "ana-1", "ana");
        SubjectFixtures.addSession(ws, "ana-2", "ana", "secondday", "2026-03-03T14:00:00+01:00");
        SubjectFixtures.addSession(ws, "ben-1", "ben", SubjectFixtures.OTHER_SUBJECTS_TEXT, "2026-03-02T10:00:00Z");
        ana = new SubjectService(ws, "ana");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void listsOnlyTheSubjectsOwnSessions() {
        assertThat(ana.sessions()).extracting(SessionSummary::id).containsExactly("ana-1", "ana-2");
        assertThat(ana.subject()).isEqualTo("ana");
    }

    @Test
    void holdsAreTheOpenOnesOnTheSubjectsOwnDataAndTheHistoryKeepsReleasedOnes() {
        var onSession = ws.holds().placeOnSession("ana-2", "matter 14", "dana");
        var onSubject = ws.holds().placeOnSubject("ana", "audit", "dana");
        ws.holds().placeOnSession("ben-1", "ben's matter", "dana");
        ws.holds().placeOnSubject("ben", "ben's audit", "dana");
        ws.holds().release(onSession.id(), "ada");

        assertThat(ana.holds()).extracting(org.trailmark.store.LegalHold::id).containsExactly(onSubject.id());
        assertThat(ana.holdHistory()).extracting(org.trailmark.store.LegalHold::id)
                .containsExactly(onSession.id(), onSubject.id());
    }

    @Test
    void everyMethodTakingASessionRefusesAnotherSubjectsSession() {
        long bensFlag = ws.flags().ofSession("ben-1").get(0).id();
        List<ThrowingCallable> calls = List.of(
                () -> ana.session("ben-1"),
                () -> ana.flags("ben-1"),
                () -> ana.markPrivate("ben-1", 0, 1_000),
                () -> ana.markSessionPrivate("ben-1"),
                () -> ana.removePrivateMark(bensFlag),
                () -> ana.erase(List.of("ana-1", "ben-1")));
        for (ThrowingCallable call : calls) {
            assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("that session is not one of yours");
        }
        assertThat(ws.flags().ofSession("ben-1")).hasSize(1);
        assertThat(ws.sessions().all()).hasSize(3);
    }

    @Test
    void anUnknownSessionIsRefusedExactlyLikeAnotherSubjectsSoNothingLeaksWhichIdsExist() {
        assertThatThrownBy(() -> ana.markPrivate("no-such-session", 0, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("that session is not one of yours");
    }

    @Test
    void aPrivateMarkIsAConfirmedSubjectFlagAuditedWithoutContent() {
        Flag mark = ana.markPrivate("ana-1", SubjectFixtures.PRIVATE_FROM, SubjectFixtures.PRIVATE_TO);

        assertThat(mark.id()).isPositive();
        assertThat(mark.source()).isEqualTo(FlagSource.SUBJECT);
        assertThat(mark.category()).isEqualTo(FlagCategory.PRIVATE);
        assertThat(mark.status()).isEqualTo(FlagStatus.CONFIRMED);
        assertThat(mark.masks()).isTrue();
        assertThat(ws.flags().ofSession("ana-1")).contains(mark);
        AuditEntry last = lastAudit("ana-1");
        assertThat(last.actor()).isEqualTo("ana");
        assertThat(last.detail()).contains("subject marks private")
                .doesNotContain(SubjectFixtures.PRIVATE_TEXT, SubjectFixtures.PRIVATE_TITLE);
    }

    @Test
    void aPrivateRegionIsASubjectFlagOverThatAreaThatReviewersCannotMoveOrRemove() {
        ScreenRegion area = new ScreenRegion(100, 200, 640, 360);
        Flag mark = ana.markPrivate("ana-1", 100, 2_000, area);

        assertThat(mark.region()).isEqualTo(area);
        assertThat(mark.source()).isEqualTo(FlagSource.SUBJECT);
        assertThat(mark.category()).isEqualTo(FlagCategory.PRIVATE);
        assertThat(ws.flags().ofSession("ana-1")).contains(mark);
        assertThat(lastAudit("ana-1").detail()).contains("subject marks region private")
                .contains("region 100,200,640,360");
        ReviewService reviewer = new ReviewService(ws, "rev");
        assertThatThrownBy(() -> reviewer.moveFlagRegion(mark.id(), new ScreenRegion(0, 0, 1, 1)))
                .hasMessageContaining("marked private by the recorded person");
        assertThatThrownBy(() -> reviewer.deleteFlag(mark.id()))
                .hasMessageContaining("marked private by the recorded person");
        assertThat(ws.flags().find(mark.id())).contains(mark);
    }

    @Test
    void aPrivateRegionMustLieOnTheCapturedScreenAndAnotherPersonsSessionIsRefusedFirst() {
        assertThatThrownBy(() -> ana.markPrivate("ana-1", 0, 100, new ScreenRegion(1900, 0, 100, 100)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not within the captured screen");
        assertThatThrownBy(() -> ana.markPrivate("ben-1", 0, 100, new ScreenRegion(1900, 0, 100, 100)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("that session is not one of yours");
        assertThat(ws.flags().ofSession("ana-1")).noneMatch(Flag::isRegion);
    }

    @Test
    void aWholeSessionMarkCoversEveryEvent() {
        Flag mark = ana.markSessionPrivate("ana-2");
        assertThat(mark.startMs()).isZero();
        assertThat(mark.endMs()).isEqualTo(SubjectFixtures.DURATION_MS + 1);
    }

    @Test
    void aPrivateStretchMustLieInsideTheSession() {
        assertThatThrownBy(() -> ana.markPrivate("ana-1", 5_000, 5_000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must end after it starts");
        assertThatThrownBy(() -> ana.markPrivate("ana-1", -1, 5_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ana.markPrivate("ana-1", 0, SubjectFixtures.DURATION_MS + 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after the session");
    }

    @Test
    void onlyTheSubjectsOwnMarksCanBeRemovedAndRemovalIsAudited() {
        Flag mark = ana.markPrivate("ana-1", 100, 200);
        long reviewersFlag = ws.flags().ofSession("ana-1").stream().filter(f -> f.source() == FlagSource.MANUAL)
                .findFirst().orElseThrow().id();

        assertThatThrownBy(() -> ana.removePrivateMark(reviewersFlag)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not by you");
        ana.removePrivateMark(mark.id());

        assertThat(ws.flags().ofSession("ana-1")).extracting(Flag::id).containsExactly(reviewersFlag);
        assertThat(lastAudit("ana-1").detail()).contains("subject removes private mark");
        assertThatThrownBy(() -> ana.removePrivateMark(mark.id())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overviewCountsWhatWasCapturedLabelledFlaggedAndConsented() {
        ana.markPrivate("ana-1", 100, 200);
        ws.consent().grant("ana", ConsentPurpose.CAPTURE, null, null, "import", ConsentRecord.HEADER);
        ana.withdrawTraining();

        SubjectOverview o = ana.overview();

        int ownKeys = SubjectFixtures.OWN_TEXT.length() + 1 + SubjectFixtures.PRIVATE_TEXT.length()
                + SubjectFixtures.THIRD_PARTY_TEXT.length() + SubjectFixtures.OWN_PASSWORD.length();
        int secondKeys = ownKeys - SubjectFixtures.OWN_TEXT.length() + "secondday".length();
        assertThat(o.sessions()).isEqualTo(2);
        assertThat(o.days()).isEqualTo(2);
        assertThat(o.capturedMs()).isEqualTo(2L * SubjectFixtures.DURATION_MS);
        assertThat(o.apps()).containsExactly("Mail", "Notes", "CRM");
        assertThat(o.keystrokes()).isEqualTo(ownKeys + secondKeys);
        assertThat(o.clicks()).isEqualTo(2);
        assertThat(o.scrolls()).isEqualTo(2);
        assertThat(o.windowSwitches()).isEqualTo(10);
        assertThat(o.tasks()).isEqualTo(2);
        assertThat(o.taskLabels()).containsExactly(java.util.Map.entry(SubjectOverview.UNLABELLED, 2));
        assertThat(o.flagsByCategory()).containsExactly(java.util.Map.entry("third_party", 2));
        assertThat(o.privateMarks()).isEqualTo(1);
        assertThat(o.exports()).isEmpty();
        assertThat(o.consentStatus(ConsentPurpose.CAPTURE)).isEqualTo(ConsentStatus.GRANTED);
        assertThat(o.consentStatus(ConsentPurpose.TRAINING)).isEqualTo(ConsentStatus.WITHDRAWN);
    }

    @Test
    void plainSentencesSayTheFactsInWordsAndNothingTyped() {
        ana.markPrivate("ana-1", 100, 200);
        List<String> sentences = ana.overview().plainSentences();

        String all = String.join("\n", sentences);
        assertThat(all).contains("2 recorded sessions of you, captured on 2 days, 1 min in all",
                "Applications you used while recorded: Mail, Notes, CRM.",
                "2 clicks", "2 scrolls", "10 window switches",
                "Reviewers marked 2 tasks", "2 stretches of your sessions are flagged as sensitive",
                "third-party data", "You marked 1 stretch private",
                "None of your sessions has been put into a training dataset.",
                "no agreement to training use is recorded");
        assertThat(all).doesNotContain(SubjectFixtures.OWN_TEXT, SubjectFixtures.OTHER_SUBJECTS_TEXT, "ben");
    }

    @Test
    void anEmptyOverviewStillReadsWell() {
        SubjectOverview o = new SubjectService(ws, "nobody").overview();
        assertThat(o.sessions()).isZero();
        assertThat(o.plainSentences()).first().isEqualTo("This workspace holds no recordings of you.");
    }

    @Test
    void withdrawingTrainingIsRecordedByTheSubjectAndShowsInTheQueue() {
        ws.consent().grant("ana", ConsentPurpose.TRAINING, "policy", "1", "lead", ConsentRecord.CLI);

        List<ConsentRecord> written = ana.withdrawTraining();

        assertThat(written).hasSize(1);
        assertThat(written.get(0).isWithdrawn()).isTrue();
        assertThat(ws.consent().state("ana", ConsentPurpose.TRAINING).status()).isEqualTo(ConsentStatus.WITHDRAWN);
        assertThat(ws.sessions().ofSubject("ana")).extracting(SessionSummary::trainingConsent)
                .containsOnly(ConsentStatus.WITHDRAWN);
        // The withdrawn record keeps who granted it; the audit entry names who withdrew.
        assertThat(ana.auditAboutMe()).anyMatch(e -> e.action().equals("consent") && e.actor().equals("ana")
                && e.detail().startsWith("withdraw training subject=ana "));
        assertThat(ana.withdrawalMeaning()).contains("no new training dataset", "erase");
    }

    @Test
    void aWithdrawalBeforeAnyGrantIsARecordOfTheSubjectsOwn() {
        List<ConsentRecord> written = ana.withdrawTraining();

        assertThat(written).singleElement().satisfies(r -> {
            assertThat(r.recordedBy()).isEqualTo("ana");
            assertThat(r.source()).isEqualTo(ConsentRecord.SUBJECT);
            assertThat(r.isWithdrawn()).isTrue();
        });
        assertThat(ana.withdrawTraining()).isEmpty();
    }

    @Test
    void theAuditAboutMeHoldsMySessionsAndMyConsentButNobodyElses() {
        ws.consent().grant("ben", ConsentPurpose.TRAINING, null, null, "lead", ConsentRecord.CLI);
        ws.consent().grant("ana", ConsentPurpose.TRAINING, null, null, "lead", ConsentRecord.CLI);
        new ReviewService(ws, "rita").recordView("ben-1");
        new ReviewService(ws, "rita").recordView("ana-2");
        SubjectService anaB = new SubjectService(ws, "an");

        List<AuditEntry> mine = ana.auditAboutMe();

        assertThat(mine).isNotEmpty();
        assertThat(mine).allMatch(e -> e.sessionId() == null ? e.detail().contains("subject=ana ")
                : e.sessionId().startsWith("ana-"));
        assertThat(mine).anyMatch(e -> "view".equals(e.action()) && "ana-2".equals(e.sessionId()));
        assertThat(mine).anyMatch(e -> "consent".equals(e.action()));
        // A subject whose id is a prefix of another's sees none of the other's consent entries.
        assertThat(anaB.auditAboutMe()).isEmpty();
    }

    @Test
    void erasingRemovesOnlyTheSubjectsSessions() {
        ErasureResult one = ana.erase(List.of("ana-1"));
        assertThat(one.erasedSessionIds()).containsExactly("ana-1");
        assertThat(ana.sessions()).extracting(SessionSummary::id).containsExactly("ana-2");

        ErasureResult rest = ana.eraseAll();
        assertThat(rest.erasedSessionIds()).containsExactly("ana-2");
        assertThat(ana.sessions()).isEmpty();
        assertThat(ws.sessions().all()).extracting(SessionSummary::id).containsExactly("ben-1");
        assertThat(ana.auditAboutMe()).noneMatch(e -> "ben-1".equals(e.sessionId()))
                .filteredOn(e -> e.action().equals(SubjectService.AUDIT_ERASE)).extracting(AuditEntry::detail)
                .containsExactly("erased subject=ana sessions=1 ids=ana-1", "erased subject=ana sessions=1 ids=ana-2");
        assertThatThrownBy(ana::eraseAll).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void afterAnErasureThePersonStillSeesItsTombstonesAndTheDatasetsThatHeldTheData() {
        ws.audit().append("curator", org.trailmark.store.DatasetExports.AUDIT_ACTION, "ana-1",
                org.trailmark.store.DatasetExports.detail("exp-1", "budget-v1"));
        ws.audit().append("curator", org.trailmark.store.DatasetExports.AUDIT_ACTION, "ben-1",
                org.trailmark.store.DatasetExports.detail("exp-2", "other"));

        ana.eraseAll();

        assertThat(ana.exports()).extracting(org.trailmark.store.DatasetExports.DatasetExport::exportId)
                .containsExactly("exp-1");
        assertThat(ana.overview().plainSentences()).anyMatch(s -> s.contains("exp-1"))
                .noneMatch(s -> s.contains("exp-2"));
        assertThat(ana.auditAboutMe()).filteredOn(e -> ErasureResult.AUDIT_ACTION.equals(e.action()))
                .extracting(AuditEntry::sessionId).containsExactlyInAnyOrder("ana-1", "ana-2");
        assertThat(new SubjectService(ws, "ben").auditAboutMe()).noneMatch(e -> "ana-1".equals(e.sessionId()));
    }

    private AuditEntry lastAudit(String sessionId) {
        List<AuditEntry> entries = ws.audit().entries(sessionId);
        return entries.get(entries.size() - 1);
    }
}
