package org.trailmark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.review.ReviewService;
import org.trailmark.store.Claim;
import org.trailmark.store.Workspace;
import org.trailmark.ui.browser.SessionRow;
import org.trailmark.ui.common.SameThreadTaskExecutor;

/**
 * Ctrl+N in the studio is "next session for me": it claims, never takes a session someone else holds,
 * and the session list says who works on what ("Claimed by you until …", "Claimed by ana until …").
 */
class NextSessionForMeTest {
    @TempDir
    Path dir;

    private Workspace mine;
    private Workspace hers;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private StudioViewModel model;

    @BeforeEach
    void twoPeopleOnOneWorkspace() {
        Path file = dir.resolve("team.trailmark");
        mine = Workspace.open(file);
        TestSessions.add(mine, TestSessions.info("s-1", "alice", "native", TestSessions.MORNING),
                TestSessions.everyKind());
        TestSessions.add(mine, TestSessions.info("s-2", "bob", "native", TestSessions.MORNING.plusHours(1)),
                TestSessions.movesIn("Terminal", 20));
        TestSessions.add(mine, TestSessions.info("s-3", "cy", "native", TestSessions.MORNING.plusHours(2)),
                TestSessions.movesIn("Terminal", 20));
        ReviewService.rememberReviewer(mine, "ada");
        hers = Workspace.open(file);
        model = new StudioViewModel(mine, new SameThreadTaskExecutor(), dialogs,
                new StudioPreferences(new MemoryPreferences()));
    }

    @AfterEach
    void close() {
        mine.close();
        hers.close();
    }

    private SessionRow row(String id) {
        return model.browser().shownRows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static String clock(Claim claim) {
        return DateTimeFormatter.ofPattern("HH:mm").format(claim.until().atZone(ZoneId.systemDefault()));
    }

    @Test
    void ctrlNClaimsTheOldestSessionNobodyHoldsAndTheListSaysWhoHoldsWhat() {
        Claim anas = hers.assignments().next("ana").orElseThrow();
        hers.assignments().assign("s-3", List.of("ben"), "cora");
        model.start(false);

        model.openNextToReview();

        assertThat(model.browser().getSelected().id()).isEqualTo("s-2");
        assertThat(model.player().sessionProperty().get().id()).isEqualTo("s-2");
        Claim adas = new Claim(row("s-2").summary(), "ada",
                mine.assignments().ofSession("s-2").get(0).claimedUntil(), false);
        assertThat(row("s-2").workText()).isEqualTo("Claimed by you until " + clock(adas));
        assertThat(row("s-2").workShortText()).isEqualTo("You until " + clock(adas));
        assertThat(model.browser().getDetails().figure("Labeler")).isEqualTo("Claimed by you until " + clock(adas));
        assertThat(row("s-1").workText()).isEqualTo("Claimed by ana until " + clock(anas));
        assertThat(row("s-3").workText()).isEqualTo("Assigned to ben");
        assertThat(dialogs.notices).isEmpty();
    }

    @Test
    void sessionsAssignedToMeComeFirstAndReadAssignedToYou() {
        hers.assignments().assign("s-3", List.of("ada"), "cora");
        model.start(false);

        model.openNextToReview();

        assertThat(model.browser().getSelected().id()).isEqualTo("s-3");
        assertThat(row("s-3").workText()).isEqualTo("Assigned to you");
        assertThat(row("s-1").workText()).isEmpty();
    }

    @Test
    void whenEverythingIsHeldBySomeoneElseItSaysSo() {
        hers.assignments().assign("s-1", List.of("ben"), "cora");
        hers.assignments().assign("s-2", List.of("ben"), "cora");
        hers.assignments().assign("s-3", List.of("ben", "cy"), "cora");
        model.start(false);

        model.openNextToReview();

        assertThat(dialogs.notices).singleElement().asString().startsWith("Nothing left for you");
        assertThat(row("s-3").workText()).isEqualTo("Assigned to ben, cy");
    }
}
