package org.trailmark.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trailmark.model.ConsentPurpose;

/** The recorded person is told about clipboard use when there was any. */
class ClipboardSentenceTest {

    private static SubjectOverview overview(long clipboardUses) {
        return new SubjectOverview("subj-ana", 1, 1, 60_000, List.of("Notes"), 10, 2, 1, 1, clipboardUses, 0,
                Map.of(), Map.of(), 0, List.of(), new EnumMap<>(ConsentPurpose.class));
    }

    @Test
    void copiesAndPastesAreCountedInTheirOwnSentence() {
        assertThat(overview(2).plainSentences()).contains("Also recorded: 2 copies or pastes through the clipboard"
                + " (how many characters each time; the copied text only where the import was told to keep it).");
        assertThat(overview(1).plainSentences()).anyMatch(s -> s.startsWith("Also recorded: 1 copy or paste "));
    }

    @Test
    void noClipboardUseNoSentence() {
        assertThat(overview(0).plainSentences()).noneMatch(s -> s.contains("clipboard"));
    }
}
