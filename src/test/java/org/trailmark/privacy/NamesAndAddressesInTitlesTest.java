package org.trailmark.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trailmark.model.ContextKind;
import org.trailmark.model.ContextSpan;

/** Window titles, from the capture or from an activity tracker, go through the name and address detectors too. */
class NamesAndAddressesInTitlesTest {
    @Test
    void aNameInACapturedWindowTitleIsFlaggedWhileTheWindowHadFocus() {
        KeyScript s = new KeyScript(100);
        s.focus("Slack", "Anna Schmidt (DM) \u2013 Example Corp \u2013 Slack");
        s.type("ok");
        s.focus("Code", "README.md \u2013 trailmark \u2013 Visual Studio Code");
        s.type("fix");
        List<Finding> titles = SessionScanner.scan(s.build()).findings().stream()
                .filter(f -> f.origin() == Finding.Origin.WINDOW_TITLE).toList();
        assertThat(titles).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.PERSON_NAME);
            assertThat(f.startMs()).isEqualTo(100);
            assertThat(f.preview()).doesNotContain("Anna");
        });
    }

    @Test
    void anAddressInATrackerTitleOrUrlIsFlaggedOverItsSpan() {
        List<ContextSpan> spans = List.of(
                new ContextSpan(ContextKind.WEB, 1_000, 9_000, "Firefox", "221B Baker Street \u2013 Google Maps",
                        "https://maps.example.org/", "aw-watcher-web"),
                new ContextSpan(ContextKind.WINDOW, 9_000, 12_000, "Code", "Visual Studio Code", "", "aw-watcher-window"));
        List<Finding> found = ContextScanner.scan(spans);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.POSTAL_ADDRESS);
            assertThat(f.startMs()).isEqualTo(1_000);
            assertThat(f.endMs()).isEqualTo(9_000);
        });
    }
}
