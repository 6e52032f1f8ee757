package org.trailmark.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentState;

/** My data lists labels, flag categories and consent in the same order every time it opens. */
class OverviewOrderTest {

    @Test
    void labelsCategoriesAndConsentKeepTheirSortedOrder() {
        Map<String, Integer> labels = new HashMap<>();
        for (String name : List.of("Navigate", "Edit document", "Search", "Compose mail", "Browse", "Zoom", "Fill form")) {
            labels.put(name, name.length());
        }
        Map<String, Integer> categories = new HashMap<>(Map.of("third_party", 1, "password", 2, "personal_data", 3,
                "credential", 4, "other", 5));
        Map<ConsentPurpose, ConsentState> consent = new EnumMap<>(ConsentPurpose.class);
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            consent.put(purpose, ConsentState.of("subj-ana", purpose, List.of()));
        }

        SubjectOverview overview = new SubjectOverview("subj-ana", 1, 1, 60_000, List.of("Notes"), 10, 2, 1, 1, 0, 7,
                labels, categories, 0, List.of(), consent);

        assertThat(overview.taskLabels().keySet())
                .containsExactly("Browse", "Compose mail", "Edit document", "Fill form", "Navigate", "Search", "Zoom");
        assertThat(overview.flagsByCategory().keySet())
                .containsExactly("credential", "other", "password", "personal_data", "third_party");
        assertThat(overview.consent().keySet()).containsExactly(ConsentPurpose.values());
    }
}
