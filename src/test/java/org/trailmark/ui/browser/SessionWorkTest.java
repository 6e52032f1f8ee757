package org.trailmark.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trailmark.store.Assignment;

/** What the session list says about who works on a session, for the person looking at it. */
class SessionWorkTest {
    private static final Instant NOW = Instant.parse("2026-12-05T14:00:00Z");
    private static final ZoneId UTC = ZoneId.of("UTC");

    private static Assignment assigned(String labeler) {
        return new Assignment("s-1", labeler, "cora", NOW.minusSeconds(600), null, null, false);
    }

    private static Assignment took(String labeler, Instant until) {
        return new Assignment("s-1", labeler, labeler, NOW.minusSeconds(60), until, null, true);
    }

    @Test
    void aNewcomerReadsWhatIsTheirsAndWhatSomeoneElseHolds() {
        assertThat(SessionWork.of(List.of(assigned("ada")), "ada", NOW, UTC))
                .isEqualTo(new SessionWork("Assigned to you", "You", "ada"));
        assertThat(SessionWork.of(List.of(took("ana", Instant.parse("2026-12-05T14:32:00Z"))), "ada", NOW, UTC))
                .isEqualTo(new SessionWork("Claimed by ana until 14:32", "ana until 14:32", "ana"));
        assertThat(SessionWork.of(List.of(assigned("ben"), assigned("ada")), "ada", NOW, UTC).text())
                .isEqualTo("Assigned to ben, you");
    }

    @Test
    void aLapsedClaimOnATakenSessionLeavesItOpen() {
        assertThat(SessionWork.of(List.of(took("ana", NOW.minusSeconds(1))), "ada", NOW, UTC)).isEqualTo(SessionWork.NONE);
        assertThat(SessionWork.of(List.of(), "ada", NOW, UTC)).isEqualTo(SessionWork.NONE);
    }

    @Test
    void twoReadingsThatSayTheSameAreEqualSoARefreshKeepsTheSelection() {
        Assignment ben = assigned("ben");
        assertThat(SessionWork.of(List.of(ben), "ada", NOW, UTC))
                .isEqualTo(SessionWork.of(List.of(ben), "ada", NOW.plusSeconds(30), UTC));
    }
}
