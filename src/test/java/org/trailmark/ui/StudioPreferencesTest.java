package org.trailmark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trailmark.ui.StudioPreferences.WindowBounds;
import org.trailmark.ui.theme.Theme;

class StudioPreferencesTest {
    private final MemoryPreferences node = new MemoryPreferences();
    private final StudioPreferences preferences = new StudioPreferences(node);

    @Test
    void aFirstRunGetsTheLightThemeAndADefaultWindowWithoutPosition() {
        assertThat(preferences.theme()).isEqualTo(Theme.LIGHT);
        assertThat(preferences.windowBounds()).isEqualTo(WindowBounds.DEFAULT);
        assertThat(preferences.windowBounds().hasPosition()).isFalse();
    }

    @Test
    void windowPlacementAndThemeSurviveARestart() {
        preferences.setTheme(Theme.DARK);
        preferences.setWindowBounds(new WindowBounds(40, 60, 1400, 900, false));

        StudioPreferences again = new StudioPreferences(node);
        assertThat(again.theme()).isEqualTo(Theme.DARK);
        assertThat(again.windowBounds()).isEqualTo(new WindowBounds(40, 60, 1400, 900, false));
    }

    @Test
    void thePlayerAndReviewDividerSurvivesARestartWithinSaneBounds() {
        assertThat(preferences.reviewDivider()).isEqualTo(StudioPreferences.DEFAULT_REVIEW_DIVIDER);
        preferences.setReviewDivider(0.55);
        assertThat(new StudioPreferences(node).reviewDivider()).isEqualTo(0.55);

        // a player or a review panel squeezed to a sliver is not brought back
        preferences.setReviewDivider(0.97);
        assertThat(new StudioPreferences(node).reviewDivider()).isEqualTo(StudioPreferences.DEFAULT_REVIEW_DIVIDER);
        preferences.setReviewDivider(0.05);
        assertThat(new StudioPreferences(node).reviewDivider()).isEqualTo(StudioPreferences.DEFAULT_REVIEW_DIVIDER);
    }

    @Test
    void nonsenseStoredValuesFallBackToDefaults() {
        node.put("theme", "purple");
        node.putDouble("window.width", 12);
        node.put("window.reviewDivider", "half");
        assertThat(preferences.theme()).isEqualTo(Theme.LIGHT);
        assertThat(preferences.windowBounds()).isEqualTo(WindowBounds.DEFAULT);
        assertThat(preferences.reviewDivider()).isEqualTo(StudioPreferences.DEFAULT_REVIEW_DIVIDER);
    }
}
