package org.trailmark.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trailmark.ui.TestSessions.summary;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trailmark.model.ReviewStatus;
import org.trailmark.store.SessionSummary;

class SessionBrowserViewModelTest {
    private final SessionSummary aliceMail = summary("s-alice-mail", "alice", "native", 125_000,
            List.of("Firefox", "Thunderbird"), ReviewStatus.NEW, 900);
    private final SessionSummary aliceCode = summary("s-alice-code", "alice", "native", 3_723_000,
            List.of("Code", "Terminal"), ReviewStatus.APPROVED, 40_000);
    private final SessionSummary bobDuck = summary("s-bob-duck", "bob", "ducktrack", 61_000,
            List.of(), ReviewStatus.IN_REVIEW, 13_163);

    private final SessionBrowserViewModel model = new SessionBrowserViewModel();

    @Test
    void aNewWorkspaceShowsTheEmptyStateUntilSessionsArrive() {
        assertThat(model.isWorkspaceEmpty()).isTrue();
        model.setSessions(List.of(aliceMail));
        assertThat(model.isWorkspaceEmpty()).isFalse();
        assertThat(model.sessionCountProperty().get()).isEqualTo(1);
    }

    @Test
    void everyWordOfTheFilterMustMatchIgnoringCase() {
        model.setSessions(List.of(aliceMail, aliceCode, bobDuck));
        model.filterTextProperty().set("ALICE terminal");
        assertThat(model.shownRows()).extracting(SessionRow::id).containsExactly("s-alice-code");
        model.filterTextProperty().set("ducktrack");
        assertThat(model.shownRows()).extracting(SessionRow::id).containsExactly("s-bob-duck");
        model.filterTextProperty().set("in review");
        assertThat(model.shownRows()).extracting(SessionRow::id).containsExactly("s-bob-duck");
    }

    @Test
    void aFilterThatHidesEverythingIsNotAnEmptyWorkspace() {
        model.setSessions(List.of(aliceMail, bobDuck));
        model.filterTextProperty().set("carol");
        assertThat(model.shownRows()).isEmpty();
        assertThat(model.noMatchesProperty().get()).isTrue();
        assertThat(model.isWorkspaceEmpty()).isFalse();
        model.clearFilter();
        assertThat(model.shownRows()).hasSize(2);
        assertThat(model.noMatchesProperty().get()).isFalse();
    }

    @Test
    void selectingASessionShowsItsInfoFigures() {
        model.setSessions(List.of(aliceMail, aliceCode, bobDuck));
        assertThat(model.getDetails()).isNull();

        assertThat(model.select("s-alice-code")).isTrue();

        SessionDetails details = model.getDetails();
        assertThat(details.id()).isEqualTo("s-alice-code");
        assertThat(details.figure("Subject")).isEqualTo("alice");
        assertThat(details.figure("Duration")).isEqualTo("01:02:03");
        assertThat(details.figure("Events")).isEqualTo("40,002");
        assertThat(details.figure("Apps")).isEqualTo("Code, Terminal");
        assertThat(details.figure("Review status")).isEqualTo("Approved");
    }

    @Test
    void refreshKeepsTheSelectedSessionWhenItIsStillThere() {
        model.setSessions(List.of(aliceMail, aliceCode));
        model.select("s-alice-mail");
        model.setSessions(List.of(aliceMail, aliceCode, bobDuck));
        assertThat(model.getSelected().id()).isEqualTo("s-alice-mail");
        model.setSessions(List.of(aliceCode));
        assertThat(model.getSelected()).isNull();
        assertThat(model.getDetails()).isNull();
    }

    @Test
    void filteringOutTheSelectedSessionClearsTheDetails() {
        model.setSessions(List.of(aliceMail, bobDuck));
        model.select("s-bob-duck");
        model.filterTextProperty().set("alice");
        assertThat(model.getSelected()).isNull();
        assertThat(model.getDetails()).isNull();
    }

    @Test
    void aSessionHiddenByTheFilterCannotBeSelected() {
        model.setSessions(List.of(aliceMail, bobDuck));
        model.filterTextProperty().set("bob");
        assertThat(model.select("s-alice-mail")).isFalse();
        assertThat(model.getSelected()).isNull();
    }

    @Test
    void theFirstShownSessionIsSelectedOnlyWhenNothingIs() {
        model.selectFirstIfNone();
        assertThat(model.getSelected()).isNull();
        model.setSessions(List.of(aliceMail, bobDuck));
        model.select("s-bob-duck");
        model.selectFirstIfNone();
        assertThat(model.getSelected().id()).isEqualTo("s-bob-duck");
        model.selectedProperty().set(null);
        model.selectFirstIfNone();
        assertThat(model.getSelected().id()).isEqualTo("s-alice-mail");
    }

    @Test
    void rowsShowDurationAsHoursMinutesSecondsAndMissingAppsAsADash() {
        SessionRow row = new SessionRow(bobDuck);
        assertThat(row.durationText()).isEqualTo("00:01:01");
        assertThat(row.eventsText()).isEqualTo("13,163");
        assertThat(row.appsText()).isEqualTo("—");
        assertThat(row.startText()).isEqualTo("2026-03-02 09:15");
    }
}
