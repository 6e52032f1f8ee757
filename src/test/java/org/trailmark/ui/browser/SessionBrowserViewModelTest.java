package org.trailmark.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trailmark.ui.TestSessions.summary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.SubjectIds;
import org.trailmark.store.SessionSummary;
import org.trailmark.ui.TestSessions;

class SessionBrowserViewModelTest {
    private final SessionSummary aliceMail = summary("s-alice-mail", "alice", "native", 125_000,
            List.of("Firefox", "Thunderbird"), ReviewStatus.NEW, 900);
    private final SessionSummary aliceCode = summary("s-alice-code", "alice", "native", 3_723_000,
            List.of("Code", "Terminal"), ReviewStatus.APPROVED, 40_000);
    private final SessionSummary bobDuck = summary("s-bob-duck", "bob", "ducktrack", 61_000,
            List.of(), ReviewStatus.IN_REVIEW, 13_163);

    /** Two days later than the others. */
    private final SessionSummary aliceLater = startingAt(summary("s-alice-later", "alice", "native", 30_000,
            List.of("Firefox"), ReviewStatus.APPROVED, 300), TestSessions.MORNING.plusDays(2));
    /** Late evening in New York on 4 March: already 5 March in UTC, still 4 March where it was captured. */
    private final SessionSummary bobEvening = startingAt(summary("s-bob-evening", "bob", "native", 20_000,
            List.of("Terminal"), ReviewStatus.APPROVED, 200),
            OffsetDateTime.of(2026, 3, 4, 22, 30, 0, 0, ZoneOffset.ofHours(-5)));

    private final SessionBrowserViewModel model = new SessionBrowserViewModel();

    private static SessionSummary startingAt(SessionSummary s, OffsetDateTime start) {
        return new SessionSummary(TestSessions.info(s.id(), s.subject(), s.info().sourceFormat(), start),
                s.events(), s.durationMs(), s.counts(), s.apps(), s.status(), s.importedAt(), s.sourcePath());
    }

    private List<String> shownIds() {
        return model.shownRows().stream().map(SessionRow::id).toList();
    }

    private void showAll() {
        model.setSessions(List.of(aliceMail, aliceCode, bobDuck, aliceLater, bobEvening));
    }

    @Test
    void recordingsNoPersonIsAssignedToShowAsUnassignedAndFilterTogether() {
        SessionSummary first = summary("dt-1", SubjectIds.unassignedFor("dt-1"), "ducktrack", 61_000,
                List.of(), ReviewStatus.NEW, 13_163);
        SessionSummary second = summary("dt-2", SubjectIds.unassignedFor("dt-2"), "ducktrack", 30_000,
                List.of(), ReviewStatus.NEW, 9_000);
        model.setSessions(List.of(aliceMail, first, bobDuck, second));

        assertThat(model.shownRows()).filteredOn(SessionRow::unassigned).extracting(SessionRow::subjectText)
                .containsExactly(SessionRow.UNASSIGNED, SessionRow.UNASSIGNED);
        assertThat(model.shownRows()).filteredOn(r -> !r.unassigned()).extracting(SessionRow::subjectText)
                .containsExactly("alice", "bob");
        // one choice for every unassigned recording, after the people
        assertThat(model.subjects()).containsExactly("alice", "bob", SessionFilter.UNASSIGNED_SUBJECTS);
        assertThat(SessionFilter.subjectChoiceText(model.subjects().get(2))).isEqualTo("Unassigned");

        model.subjectFilterProperty().set(SessionFilter.UNASSIGNED_SUBJECTS);

        assertThat(shownIds()).containsExactly("dt-1", "dt-2");
        assertThat(model.getFilter().parts()).extracting(SessionFilter.Part::description)
                .containsExactly("no person assigned");
        model.select("dt-1");
        assertThat(model.getDetails().figure("Subject")).startsWith("Unassigned");
        assertThat(model.getDetails().subtitle()).startsWith("Unassigned · ducktrack");
    }

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

    @Test
    void theFilterChoicesAreTheSubjectsAppsAndStatusesTheSessionsHave() {
        showAll();
        assertThat(model.subjects()).containsExactly("alice", "bob");
        assertThat(model.apps()).containsExactly("Code", "Firefox", "Terminal", "Thunderbird");
        assertThat(model.statuses()).containsExactly(ReviewStatus.NEW, ReviewStatus.IN_REVIEW, ReviewStatus.APPROVED);

        model.setSessions(List.of(bobDuck));
        assertThat(model.subjects()).containsExactly("bob");
        assertThat(model.apps()).isEmpty();
        assertThat(model.statuses()).containsExactly(ReviewStatus.IN_REVIEW);
    }

    @Test
    void theSubjectFilterShowsOnlyThatSubjectsSessions() {
        showAll();
        model.subjectFilterProperty().set("bob");
        assertThat(shownIds()).containsExactly("s-bob-duck", "s-bob-evening");
        model.subjectFilterProperty().set(null);
        assertThat(shownIds()).hasSize(5);
    }

    @Test
    void theAppFilterShowsSessionsInWhichThatAppHadFocus() {
        showAll();
        model.appFilterProperty().set("Terminal");
        assertThat(shownIds()).containsExactly("s-alice-code", "s-bob-evening");
        model.appFilterProperty().set("Firefox");
        assertThat(shownIds()).containsExactly("s-alice-mail", "s-alice-later");
    }

    @Test
    void theStatusFilterShowsOnlySessionsWithThatStatus() {
        showAll();
        model.statusFilterProperty().set(ReviewStatus.APPROVED);
        assertThat(shownIds()).containsExactly("s-alice-code", "s-alice-later", "s-bob-evening");
        model.statusFilterProperty().set(ReviewStatus.NEW);
        assertThat(shownIds()).containsExactly("s-alice-mail");
    }

    @Test
    void theDateRangeIncludesBothEndsAndUsesTheDateWhereTheSessionWasCaptured() {
        showAll();
        model.fromDateProperty().set(LocalDate.of(2026, 3, 4));
        assertThat(shownIds()).containsExactly("s-alice-later", "s-bob-evening");
        model.toDateProperty().set(LocalDate.of(2026, 3, 4));
        assertThat(shownIds()).containsExactly("s-alice-later", "s-bob-evening");
        model.fromDateProperty().set(null);
        model.toDateProperty().set(LocalDate.of(2026, 3, 2));
        assertThat(shownIds()).containsExactly("s-alice-mail", "s-alice-code", "s-bob-duck");
    }

    @Test
    void allFiltersCombineWithTheTextFilter() {
        showAll();
        model.statusFilterProperty().set(ReviewStatus.APPROVED);
        model.subjectFilterProperty().set("alice");
        assertThat(shownIds()).containsExactly("s-alice-code", "s-alice-later");
        model.fromDateProperty().set(LocalDate.of(2026, 3, 3));
        assertThat(shownIds()).containsExactly("s-alice-later");
        model.filterTextProperty().set("firefox");
        assertThat(shownIds()).containsExactly("s-alice-later");
        model.appFilterProperty().set("Code");
        assertThat(shownIds()).isEmpty();
        assertThat(model.noMatchesProperty().get()).isTrue();
    }

    @Test
    void theCountSaysHowManyOfAllSessionsTheFiltersShow() {
        showAll();
        assertThat(model.countTextProperty().get()).isEqualTo("5 sessions");
        assertThat(model.filtersActiveProperty().get()).isFalse();
        model.subjectFilterProperty().set("bob");
        assertThat(model.countTextProperty().get()).isEqualTo("2 of 5 sessions");
        assertThat(model.filtersActiveProperty().get()).isTrue();
    }

    @Test
    void clearingTheFiltersShowsEverySessionButEscapeClearsOnlyTheText() {
        showAll();
        model.subjectFilterProperty().set("alice");
        model.filterTextProperty().set("code");
        model.clearFilter();
        assertThat(model.getFilter().subject()).isEqualTo("alice");
        assertThat(shownIds()).hasSize(3);

        model.statusFilterProperty().set(ReviewStatus.NEW);
        model.toDateProperty().set(LocalDate.of(2026, 3, 2));
        model.clearFilters();
        assertThat(model.getFilter()).isEqualTo(SessionFilter.NONE);
        assertThat(model.subjectFilterProperty().get()).isNull();
        assertThat(model.toDateProperty().get()).isNull();
        assertThat(shownIds()).hasSize(5);
        assertThat(model.filtersActiveProperty().get()).isFalse();
    }

    @Test
    void noMatchesNamesTheFilterThatHidesEverythingOnItsOwn() {
        showAll();
        model.subjectFilterProperty().set("alice");
        model.filterTextProperty().set("carol");
        assertThat(model.noMatchesMessageProperty().get()).isEqualTo("No session matches text “carol”.");
        assertThat(model.blockingFilters()).extracting(SessionFilter.Part::kind)
                .containsExactly(SessionFilter.Kind.TEXT);

        model.clear(SessionFilter.Kind.TEXT);
        assertThat(shownIds()).hasSize(3);
        assertThat(model.noMatchesMessageProperty().get()).isEmpty();
        assertThat(model.blockingFilters()).isEmpty();
    }

    @Test
    void noMatchesBlamesTheCombinationWhenEachFilterAloneMatchesSomething() {
        showAll();
        model.subjectFilterProperty().set("bob");
        model.statusFilterProperty().set(ReviewStatus.NEW);
        assertThat(model.noMatchesMessageProperty().get()).isEqualTo(
                "Each filter matches some sessions, but none matches subject bob, status New together.");
        assertThat(model.blockingFilters()).extracting(SessionFilter.Part::kind)
                .containsExactly(SessionFilter.Kind.SUBJECT, SessionFilter.Kind.STATUS);
    }

    @Test
    void aDateRangeThatEndsBeforeItStartsIsCalledEmpty() {
        showAll();
        model.fromDateProperty().set(LocalDate.of(2026, 3, 4));
        model.toDateProperty().set(LocalDate.of(2026, 3, 3));
        assertThat(model.noMatchesMessageProperty().get())
                .isEqualTo("The date range is empty: 2026-03-04 comes after 2026-03-03.");
        assertThat(model.blockingFilters()).extracting(SessionFilter.Part::kind)
                .containsExactly(SessionFilter.Kind.FROM, SessionFilter.Kind.TO);
    }

    @Test
    void theStateRoundTripsFiltersAndSelection() {
        showAll();
        model.subjectFilterProperty().set("alice");
        model.fromDateProperty().set(LocalDate.of(2026, 3, 2));
        model.select("s-alice-code");
        BrowserState remembered = model.state();
        assertThat(remembered.selectedId()).isEqualTo("s-alice-code");
        assertThat(model.stateProperty().get()).isEqualTo(remembered);

        SessionBrowserViewModel nextRun = new SessionBrowserViewModel();
        nextRun.restore(remembered);
        assertThat(nextRun.state()).as("kept while waiting for sessions").isEqualTo(remembered);
        nextRun.setSessions(List.of(aliceMail, aliceCode, bobDuck, aliceLater, bobEvening));

        assertThat(nextRun.getFilter()).isEqualTo(remembered.filter());
        assertThat(nextRun.getSelected().id()).isEqualTo("s-alice-code");
        assertThat(nextRun.shownRows()).extracting(SessionRow::id)
                .containsExactly("s-alice-mail", "s-alice-code", "s-alice-later");
        assertThat(nextRun.state()).isEqualTo(remembered);
    }

    @Test
    void everyFilterOrSelectionChangeUpdatesTheState() {
        showAll();
        List<BrowserState> seen = new ArrayList<>();
        model.stateProperty().addListener((obs, old, now) -> seen.add(now));
        model.statusFilterProperty().set(ReviewStatus.APPROVED);
        model.select("s-bob-evening");
        assertThat(seen).last().isEqualTo(new BrowserState(
                SessionFilter.NONE.withStatus(ReviewStatus.APPROVED), "s-bob-evening"));
    }

    @Test
    void restoringDropsChoicesNoSessionHasAnyMore() {
        model.restore(new BrowserState(new SessionFilter("mail", "carol", "Photoshop", ReviewStatus.REJECTED,
                null, null), "s-gone"));
        model.setSessions(List.of(aliceMail, bobDuck));
        assertThat(model.getFilter()).isEqualTo(new SessionFilter("mail", null, null, null, null, null));
        assertThat(shownIds()).containsExactly("s-alice-mail");
        assertThat(model.getSelected()).isNull();
    }

    @Test
    void restoringIntoAListedWorkspaceAppliesAtOnce() {
        showAll();
        model.restore(new BrowserState(SessionFilter.NONE.withSubject("bob"), "s-bob-duck"));
        assertThat(shownIds()).containsExactly("s-bob-duck", "s-bob-evening");
        assertThat(model.getSelected().id()).isEqualTo("s-bob-duck");
    }

    @Test
    void revealClearsTheFiltersThatHideASessionSoItCanBeSelected() {
        showAll();
        model.subjectFilterProperty().set("bob");
        assertThat(model.reveal("s-bob-duck")).isTrue();
        assertThat(model.getFilter().subject()).as("filters kept when the session shows").isEqualTo("bob");

        assertThat(model.reveal("s-alice-code")).isTrue();
        assertThat(model.getFilter()).isEqualTo(SessionFilter.NONE);
        assertThat(model.getSelected().id()).isEqualTo("s-alice-code");
        assertThat(model.reveal("s-nowhere")).isFalse();
    }
}
