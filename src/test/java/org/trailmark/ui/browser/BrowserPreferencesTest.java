package org.trailmark.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.trailmark.model.ReviewStatus;
import org.trailmark.ui.MemoryPreferences;
import org.trailmark.ui.StudioPreferences;

/** The browser's filters and selection as the studio's preferences keep them between runs. */
class BrowserPreferencesTest {
    private final MemoryPreferences node = new MemoryPreferences();
    private final StudioPreferences preferences = new StudioPreferences(node);

    @Test
    void aFirstRunHasNoFiltersAndNoSelection() {
        assertThat(preferences.browserState()).isEqualTo(BrowserState.EMPTY);
    }

    @Test
    void filtersAndSelectedSessionSurviveARestart() {
        BrowserState state = new BrowserState(new SessionFilter("mail", "ana", "Firefox", ReviewStatus.IN_REVIEW,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)), "ana-webmail-20261127");
        preferences.setBrowserState(state);

        assertThat(new StudioPreferences(node).browserState()).isEqualTo(state);
    }

    @Test
    void unsetFiltersAreForgottenNotStoredAsBlanks() {
        preferences.setBrowserState(new BrowserState(new SessionFilter("x", "ana", null, ReviewStatus.NEW,
                LocalDate.of(2026, 11, 1), null), "s1"));
        preferences.setBrowserState(BrowserState.EMPTY);

        assertThat(preferences.browserState()).isEqualTo(BrowserState.EMPTY);
        assertThat(node.get("browser.subject", null)).isNull();
    }

    @Test
    void unreadableStoredValuesCountAsUnset() {
        node.put("browser.status", "lost");
        node.put("browser.from", "yesterday");
        node.put("browser.subject", "bob");

        assertThat(preferences.browserState()).isEqualTo(
                new BrowserState(SessionFilter.NONE.withSubject("bob"), null));
    }
}
