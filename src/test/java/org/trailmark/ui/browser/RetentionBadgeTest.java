package org.trailmark.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trailmark.ui.TestSessions.summary;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trailmark.governance.SessionExpiry;
import org.trailmark.model.ReviewStatus;
import org.trailmark.store.LegalHold;

/** What the session list's Retention column says, and what the status bar counts. */
class RetentionBadgeTest {
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static final Instant CAPTURED = Instant.parse("2026-03-03T09:00:00Z");

    private static SessionExpiry expiring(String id, Instant at, boolean kept, List<LegalHold> holds) {
        return new SessionExpiry(id, "subj", CAPTURED, at, at == null ? null : "review", kept, kept, holds);
    }

    @Test
    void eachStandingHasItsWordsAndOnlyAWeeksNoticeOrADueErasureWarns() {
        LegalHold hold = new LegalHold(4, "h", null, "matter 14", "ada", CAPTURED, null, null);
        Map<String, RetentionBadge> badges = Map.of(
                "soon", RetentionBadge.of(expiring("soon", NOW.plus(Duration.ofDays(3)), false, List.of()), NOW),
                "later", RetentionBadge.of(expiring("later", Instant.parse("2027-01-12T09:00:00Z"), false, List.of()), NOW),
                "due", RetentionBadge.of(expiring("due", NOW.minusSeconds(60), false, List.of()), NOW),
                "kept", RetentionBadge.of(expiring("kept", NOW.minusSeconds(60), true, List.of()), NOW),
                "held", RetentionBadge.of(expiring("held", NOW.minusSeconds(60), false, List.of(hold)), NOW),
                "none", RetentionBadge.of(expiring("none", null, false, List.of()), NOW));

        assertThat(badges.get("soon").text()).isEqualTo("expires 8 Dec");
        assertThat(badges.get("later").text()).isEqualTo("expires 12 Jan 2027");
        assertThat(badges.get("due").text()).isEqualTo("expired");
        assertThat(badges.get("kept").text()).isEqualTo("kept (cited)");
        assertThat(badges.get("held").text()).isEqualTo("held");
        assertThat(badges.get("held").explanation()).contains("legal hold 4").doesNotContain("matter");
        assertThat(badges.get("none").text()).isEqualTo("no policy");
        assertThat(badges).allSatisfy((id, badge) ->
                assertThat(badge.warns()).as(id).isEqualTo(id.equals("soon") || id.equals("due")));
    }

    @Test
    void theBrowserCountsWarningsOverAllSessionsWhateverTheFilterAndFindsHeldOnes() {
        SessionBrowserViewModel model = new SessionBrowserViewModel();
        var a = summary("s-a", "alice", "native", 1_000, List.of("Mail"), ReviewStatus.NEW, 10);
        var b = summary("s-b", "bob", "native", 1_000, List.of("Mail"), ReviewStatus.NEW, 10);
        var c = summary("s-c", "bob", "native", 1_000, List.of("Mail"), ReviewStatus.NEW, 10);
        LegalHold hold = new LegalHold(1, "s-c", null, "r", "ada", CAPTURED, null, null);
        model.setSessions(List.of(a, b, c), id -> SessionWork.NONE, Map.of(
                "s-a", RetentionBadge.of(expiring("s-a", NOW.plus(Duration.ofDays(2)), false, List.of()), NOW),
                "s-b", RetentionBadge.of(expiring("s-b", NOW.minusSeconds(1), false, List.of()), NOW),
                "s-c", RetentionBadge.of(expiring("s-c", NOW.minusSeconds(1), false, List.of(hold)), NOW)));
        model.filterTextProperty().set("alice");

        assertThat(model.expiringSoonProperty().get()).isEqualTo(2);
        model.filterTextProperty().set("held");
        assertThat(model.shownRows()).extracting(SessionRow::id).containsExactly("s-c");

        model.setSessions(List.of(a, b, c));
        assertThat(model.expiringSoonProperty().get()).isZero();
    }
}
