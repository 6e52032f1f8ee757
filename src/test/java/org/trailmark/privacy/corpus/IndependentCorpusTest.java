package org.trailmark.privacy.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.privacy.FindingKind;

class IndependentCorpusTest {
    @TempDir
    Path dir;

    @Test
    void theCorpusPlantsEveryKindTheDetectorsKnowAndNamesAndAddresses() {
        Set<String> kinds = CorpusFixtures.REAL.items().stream().flatMap(i -> i.truths().stream())
                .map(CorpusTruth::kind).collect(Collectors.toSet());
        for (FindingKind k : FindingKind.values()) {
            assertThat(kinds).as("corpus values of kind " + k.wireName()).contains(k.wireName());
        }
        assertThat(kinds).contains("person_name", "postal_address");
        assertThat(CorpusFixtures.REAL.items()).anyMatch(CorpusItem::lookAlike);
        assertThat(CorpusFixtures.REAL.titles()).anyMatch(t -> t.truths().isEmpty()).anyMatch(t -> !t.truths().isEmpty());
    }

    @Test
    void everyEntryComesFromAGroupThatSourcesMdRecords() throws IOException {
        String sources = Files.readString(IndependentCorpus.DEFAULT_FOLDER.resolve("SOURCES.md"));
        Set<String> groups = CorpusFixtures.REAL.items().stream().map(CorpusItem::group).collect(Collectors.toSet());
        CorpusFixtures.REAL.titles().forEach(t -> groups.add(t.group()));
        for (String g : groups) {
            assertThat(sources).as("SOURCES.md names group " + g).contains("`" + g + "`");
        }
    }

    @Test
    void aLineThatDoesNotFitNamesItsFileAndLine() throws IOException {
        Files.writeString(dir.resolve("values.jsonl"), "{\"id\":\"a\",\"group\":\"g\",\"truths\":[{\"kind\":\"email\",\"value\":\"a@b.org\"}]}\n"
                + "{\"id\":\"b\",\"group\":\"g\",\"text\":\"no value here\",\"truths\":[{\"kind\":\"email\",\"value\":\"x@y.org\"}]}\n");
        Files.writeString(dir.resolve("templates.jsonl"), "");
        Files.writeString(dir.resolve("fillers.jsonl"), "");
        Files.writeString(dir.resolve("titles.jsonl"), "");
        assertThatThrownBy(() -> IndependentCorpus.load(dir))
                .isInstanceOf(IndependentCorpus.CorpusFormatException.class)
                .hasMessageContaining("values.jsonl:2");
    }

    @Test
    void anIdUsedTwiceIsRefused() throws IOException {
        String line = "{\"id\":\"a\",\"group\":\"g\",\"truths\":[{\"kind\":\"email\",\"value\":\"a@b.org\"}]}\n";
        Files.writeString(dir.resolve("values.jsonl"), line + line);
        Files.writeString(dir.resolve("templates.jsonl"), "");
        Files.writeString(dir.resolve("fillers.jsonl"), "");
        Files.writeString(dir.resolve("titles.jsonl"), "");
        assertThatThrownBy(() -> IndependentCorpus.load(dir)).hasMessageContaining("values.jsonl:2").hasMessageContaining("twice");
    }

    @Test
    void templatesSplitIntoProseAndSlots() {
        ProseTemplate t = new ProseTemplate("t", "Hi [FIRST_NAME], my IBAN [IBAN] (see [note])");
        assertThat(t.slots()).containsExactly("FIRST_NAME", "IBAN");
        assertThat(t.pieces()).extracting(ProseTemplate.Piece::text)
                .containsExactly("Hi ", "FIRST_NAME", ", my IBAN ", "IBAN", " (see [note])");
    }
}
