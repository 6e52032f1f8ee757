package org.trailmark.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentRecord;
import org.trailmark.model.ConsentReference;
import org.trailmark.model.SessionInfo;
import org.trailmark.store.AuditEntry;
import org.trailmark.store.Backend;
import org.trailmark.store.DatasetExports;
import org.trailmark.store.LegalHold;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.SyntheticSessions;
import org.trailmark.store.Workspace;

/**
 * Retention over a real workspace: which sessions expire, which a hold or a citation keeps, and that
 * {@code apply} erases exactly the expired, unheld ones, one transaction each.
 */
class RetentionServiceTest {
    /** 120 days after the January captures, 30 after the April one. */
    static final Instant NOW = Instant.parse("2025-05-01T12:00:00Z");

    @TempDir
    Path dir;

    /**
     * old-review (Jan, review): expired; old-held (Jan, review, held): expired but held; fresh (Apr, review):
     * not yet; other (Jan, a purpose without a rule): never; cited (Jan, training, exported, consent stands).
     */
    static void fill(Workspace w) {
        add(w, "old-review", "ana", "2025-01-02T09:00:00Z", "review");
        add(w, "old-held", "bo", "2025-01-02T09:00:00Z", "review");
        add(w, "fresh", "ana", "2025-04-01T09:00:00Z", "review");
        add(w, "other", "ana", "2025-01-02T09:00:00Z", "support");
        add(w, "cited", "cy", "2025-01-02T09:00:00Z", "training");
        w.consent().grant("cy", ConsentPurpose.TRAINING, null, null, "lead", ConsentRecord.CLI);
        w.audit().append("curator", DatasetExports.AUDIT_ACTION, "cited", DatasetExports.detail("exp-1", "set-1"));
        w.retention().set("review", 90, false, "admin");
        w.retention().set("training", 30, true, "admin");
        w.holds().placeOnSession("old-held", "matter 14", "admin");
    }

    static void add(Workspace w, String id, String subject, String start, String purpose) {
        SessionInfo base = SyntheticSessions.info(id, subject);
        SessionInfo info = new SessionInfo(id, subject, base.sourceFormat(),
                OffsetDateTime.ofInstant(Instant.parse(start), ZoneOffset.UTC), base.screens(), base.captureTool(),
                base.captureToolVersion(), new ConsentReference("policy-1", "1", List.of(purpose), null), null);
        w.sessions().add(info, SyntheticSessions.r1Like(60, id.hashCode()), "x", "test");
    }

    @ParameterizedTest
    @MethodSource("org.trailmark.store.Backend#both")
    void eachSessionsStandingFollowsItsPurposesHoldsAndCitations(Backend backend) {
        try (Workspace w = backend.open(dir)) {
            fill(w);
            RetentionService service = new RetentionService(w);

            assertThat(service.expiries()).extracting(SessionExpiry::sessionId, e -> e.status(NOW, RetentionService.WARNING))
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("old-review", SessionExpiry.Status.DUE),
                            org.assertj.core.groups.Tuple.tuple("old-held", SessionExpiry.Status.HELD),
                            org.assertj.core.groups.Tuple.tuple("fresh", SessionExpiry.Status.EXPIRES),
                            org.assertj.core.groups.Tuple.tuple("other", SessionExpiry.Status.NO_POLICY),
                            org.assertj.core.groups.Tuple.tuple("cited", SessionExpiry.Status.KEPT_WHILE_CITED));
            assertThat(service.due(NOW)).extracting(SessionExpiry::sessionId).containsExactlyInAnyOrder("old-review");
            // fresh expires 30 June: a week ahead of it, and not a day earlier
            Instant weekBefore = Instant.parse("2025-06-23T09:00:00Z");
            assertThat(service.warnSoon(weekBefore, RetentionService.WARNING)).extracting(SessionExpiry::sessionId)
                    .containsExactlyInAnyOrder("fresh");
            assertThat(service.warnSoon(weekBefore.minusSeconds(1), RetentionService.WARNING)).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("org.trailmark.store.Backend#both")
    void applyErasesExactlyTheExpiredUnheldSessionsAndSaysWhyItLeftTheOthers(Backend backend) {
        try (Workspace w = backend.open(dir)) {
            fill(w);
            RetentionRun run = new RetentionService(w).apply(NOW, false, "admin");

            assertThat(run.erase()).extracting(SessionExpiry::sessionId).containsExactlyInAnyOrder("old-review");
            assertThat(run.skipped()).extracting(s -> s.session().sessionId(), RetentionRun.Skipped::why)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("old-held", "held by legal hold 1"),
                            org.assertj.core.groups.Tuple.tuple("cited",
                                    "kept: a dataset export cites it and training consent stands"));
            assertThat(w.sessions().all()).extracting(SessionSummary::id)
                    .containsExactlyInAnyOrder("old-held", "fresh", "other", "cited");
            assertThat(w.audit().entries("old-review")).extracting(AuditEntry::action)
                    .containsSubsequence("import", "erase", "retention_apply");

            // the withdrawal of training consent ends the keeping; a second run erases it and nothing else
            w.consent().withdraw("cy", ConsentPurpose.TRAINING, "cy", ConsentRecord.SUBJECT);
            assertThat(new RetentionService(w).apply(NOW, false, "admin").erase()).extracting(SessionExpiry::sessionId)
                    .containsExactlyInAnyOrder("cited");
            assertThat(w.sessions().all()).extracting(SessionSummary::id).containsExactlyInAnyOrder("old-held", "fresh", "other");
        }
    }

    @Test
    void aDryRunListsTheSameAndChangesNothing() {
        try (Workspace w = Backend.SQLITE.open(dir)) {
            fill(w);
            List<AuditEntry> auditBefore = w.audit().entries(null);
            List<SessionSummary> before = w.sessions().all();

            RetentionRun dry = new RetentionService(w).apply(NOW, true, "admin");

            assertThat(dry.dryRun()).isTrue();
            assertThat(dry.erase()).extracting(SessionExpiry::sessionId).containsExactlyInAnyOrder("old-review");
            assertThat(dry.skipped()).hasSize(2);
            assertThat(w.sessions().all()).isEqualTo(before);
            assertThat(w.audit().entries(null)).isEqualTo(auditBefore);
        }
    }

    @Test
    void anInterruptedRunLeavesWholeSessionsAndTheNextRunFinishesTheRest() {
        try (Workspace w = Backend.SQLITE.open(dir)) {
            fill(w);
            add(w, "old-2", "dee", "2025-01-03T09:00:00Z", "review");
            add(w, "old-3", "eve", "2025-01-04T09:00:00Z", "review");
            AtomicInteger erasures = new AtomicInteger();
            // the process "dies" as the second erasure starts: the first one has committed
            w.watchAccess(doing -> {
                if (doing.equals("erase sessions") && erasures.incrementAndGet() == 2) {
                    throw new IllegalStateException("killed");
                }
            });
            assertThatThrownBy(() -> new RetentionService(w).apply(NOW, false, "admin")).hasMessage("killed");

            List<String> left = w.sessions().all().stream().map(SessionSummary::id).toList();
            assertThat(left).doesNotContain("old-review").contains("old-2", "old-3", "old-held", "fresh");
            for (String id : List.of("old-2", "old-3")) {
                assertThat(w.sessions().loadLog(id).size()).as("untouched, whole").isEqualTo(60);
            }

            w.watchAccess(doing -> { });
            RetentionRun rest = new RetentionService(w).apply(NOW, false, "admin");
            assertThat(rest.erase()).extracting(SessionExpiry::sessionId).containsExactlyInAnyOrder("old-2", "old-3");
            assertThat(w.sessions().all()).extracting(SessionSummary::id).containsExactlyInAnyOrder("old-held", "fresh", "other",
                    "cited");
        }
    }

    @Test
    void aHoldPlacedAfterTheListWasReadStillStopsTheErasure() {
        try (Workspace w = Backend.SQLITE.open(dir)) {
            fill(w);
            RetentionService service = new RetentionService(w);
            AtomicInteger placed = new AtomicInteger();
            w.watchAccess(doing -> {
                if (doing.equals("erase sessions") && placed.getAndIncrement() == 0) {
                    new Thread(() -> w.holds().placeOnSubject("ana", "matter 15", "admin")).run();
                }
            });
            RetentionRun run = service.apply(NOW, false, "admin");

            assertThat(run.erase()).isEmpty();
            assertThat(run.skipped()).extracting(s -> s.session().sessionId()).contains("old-review");
            assertThat(w.holds().open()).extracting(LegalHold::subjectId).contains("ana");
            assertThat(w.sessions().contains("old-review")).isTrue();
        }
    }
}
