package org.trailmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.ConsentReference;
import org.trailmark.model.SessionInfo;
import org.trailmark.store.AuditEntry;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.SyntheticSessions;
import org.trailmark.store.Workspace;

/** retention set/clear/show/apply and hold add/release/list, end to end against a workspace file. */
class GovernanceCliTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private Path workspace;

    /** Two sessions captured in March 2025 (one to be held), one two days ago, one for a purpose without a rule. */
    @BeforeEach
    void sessions() {
        workspace = dir.resolve("ws.trailmark");
        try (Workspace w = Workspace.open(workspace)) {
            add(w, "old", "subj-a", SyntheticSessions.info("old", "subj-a").start(), "training");
            add(w, "old-held", "subj-b", SyntheticSessions.info("old-held", "subj-b").start(), "training");
            add(w, "recent", "subj-a", OffsetDateTime.now(ZoneOffset.UTC).minusDays(2), "training");
            add(w, "other", "subj-c", SyntheticSessions.info("other", "subj-c").start(), "support");
        }
    }

    private static void add(Workspace w, String id, String subject, OffsetDateTime start, String purpose) {
        SessionInfo base = SyntheticSessions.info(id, subject);
        w.sessions().add(new SessionInfo(id, subject, base.sourceFormat(), start, base.screens(), base.captureTool(),
                base.captureToolVersion(), new ConsentReference("p", "1", List.of(purpose), null), null),
                SyntheticSessions.r1Like(80, id.hashCode()), null, "test");
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--workspace");
        all.add(workspace.toString());
        return CliRun.of(all);
    }

    @Test
    void rulesAndAHoldDecideWhatApplyErasesAndADryRunOnlyLists() throws Exception {
        assertThat(run("retention", "set", "training", "30", "--keep-while-cited", "--by", "dana").code()).isZero();
        CliRun placed = run("hold", "add", "old-held", "--reason", "matter 14 (litigation)", "--by", "dana");
        assertThat(placed.code()).isZero();
        assertThat(placed.out()).contains("Placed legal hold 1 on session old-held");

        Map<String, String> status = statuses(run("retention", "show", "--json"));
        assertThat(status).containsExactlyInAnyOrderEntriesOf(Map.of("old", "due", "old-held", "held",
                "recent", "expires", "other", "no_policy"));

        CliRun dry = run("retention", "apply", "--dry-run", "--json");
        assertThat(dry.code()).isZero();
        JsonNode d = MAPPER.readTree(dry.out());
        assertThat(d.get("would_erase")).extracting(n -> n.get("session").asText()).containsExactly("old");
        assertThat(d.get("skipped").get(0).get("why").asText()).isEqualTo("held by legal hold 1");
        assertThat(remaining()).containsExactlyInAnyOrder("old", "old-held", "recent", "other");

        CliRun applied = run("retention", "apply", "--by", "dana");
        assertThat(applied.code()).isZero();
        assertThat(applied.out()).contains("Erased 1 expired session(s):", "  old (kept for training until 13 Apr 2025)",
                "Skipped old-held: held by legal hold 1");
        assertThat(remaining()).containsExactlyInAnyOrder("old-held", "recent", "other");
        assertThat(run("retention", "apply").out()).contains("No session is due for erasure.");
    }

    @Test
    void eraseRefusesAHeldSessionOrSubjectNamingTheHoldButNotItsReason() {
        run("hold", "add", "--subject", "subj-b", "--reason", "matter 14 (litigation)");

        CliRun refused = run("erase", "--subject", "subj-b", "--yes");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("session old-held is under legal hold 1 (on its subject)")
                .doesNotContain("matter 14");
        assertThat(remaining()).contains("old-held");

        assertThat(run("hold", "release", "1").code()).isZero();
        assertThat(run("erase", "--subject", "subj-b", "--yes").code()).isZero();
        assertThat(remaining()).doesNotContain("old-held");
    }

    @Test
    void holdsAreListedAsHistoryAndEveryChangeIsAuditedWithoutItsReason() throws Exception {
        assertThat(run("retention", "set", "review", "90").out())
                .isEqualTo(String.format("Sessions captured for review are kept 90 days after capture.%n"));
        assertThat(run("retention", "clear", "review").out())
                .isEqualTo(String.format("Removed the retention rule for review.%n"));
        assertThat(run("retention", "clear", "review").out())
                .isEqualTo(String.format("There was no retention rule for review; nothing changed.%n"));
        assertThat(run("hold", "add", "old", "--reason", "matter 14 (litigation)", "--by", "dana").out())
                .startsWith("Placed legal hold 1 on session old: it is kept").contains("(trailmark hold release 1)");
        CliRun released = run("hold", "release", "1", "--by", "ada");
        assertThat(released.out()).isEqualTo(String.format("Released legal hold 1 on session old.%n"));
        CliRun again = run("hold", "release", "1");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("legal hold 1 was already released by ada");

        JsonNode holds = MAPPER.readTree(run("hold", "list", "--json").out());
        assertThat(holds).hasSize(1);
        assertThat(holds.get(0).get("open").asBoolean()).isFalse();
        assertThat(holds.get(0).get("reason").asText()).isEqualTo("matter 14 (litigation)");
        assertThat(holds.get(0).get("released_by").asText()).isEqualTo("ada");
        assertThat(run("hold", "list").out()).contains("1  session old  released  placed by dana on");

        try (Workspace w = Workspace.open(workspace)) {
            List<AuditEntry> governance = w.audit().entries(null).stream()
                    .filter(e -> e.action().startsWith("hold_") || e.action().startsWith("retention_")).toList();
            assertThat(governance).extracting(AuditEntry::action)
                    .containsExactly("retention_set", "retention_clear", "hold_add", "hold_release");
            assertThat(governance).noneMatch(e -> e.detail().contains("matter"));
        }
    }

    @Test
    void mistakesAreUsageErrorsAndChangeNothing() {
        assertThat(run("hold", "add", "--reason", "x").code()).isEqualTo(2);
        assertThat(run("hold", "add", "old", "--subject", "subj-a", "--reason", "x").code()).isEqualTo(2);
        CliRun blank = run("hold", "add", "old", "--reason", "  ");
        assertThat(blank.code()).isEqualTo(2);
        assertThat(blank.err()).contains("a legal hold needs a reason");
        CliRun badPurpose = run("retention", "set", "Training Data", "30");
        assertThat(badPurpose.code()).isEqualTo(2);
        assertThat(badPurpose.err()).contains("lower-case word");
        assertThat(run("hold", "add", "nope", "--reason", "x").err()).contains("no session nope");
        assertThat(run("hold", "list").out()).contains("No legal holds.");
        assertThat(run("retention", "show").out()).contains("No retention rules");
    }

    private static Map<String, String> statuses(CliRun show) throws Exception {
        assertThat(show.code()).isZero();
        Map<String, String> byId = new TreeMap<>();
        for (JsonNode s : MAPPER.readTree(show.out()).get("sessions")) {
            byId.put(s.get("session").asText(), s.get("status").asText());
        }
        return byId;
    }

    private List<String> remaining() {
        try (Workspace w = Workspace.open(workspace)) {
            return w.sessions().all().stream().map(SessionSummary::id).toList();
        }
    }
}
