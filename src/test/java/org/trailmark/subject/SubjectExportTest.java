package org.trailmark.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.export.ExclusionReason;
import org.trailmark.export.ExportFormat;
import org.trailmark.export.ExportOptions;
import org.trailmark.export.ExportResult;
import org.trailmark.export.Exporter;
import org.trailmark.store.Workspace;

/** The subject's choices hold through the real exporter, in every format it writes. */
class SubjectExportTest {
    @TempDir
    Path dir;

    private static ExportOptions everyFormat() {
        return ExportOptions.defaults("test").withSeed(7).withFormats(EnumSet.allOf(ExportFormat.class))
                .withPyautogui(true);
    }

    @Test
    void aPrivateStretchsTypedTextAndTitleAppearInNoExportFormat() throws IOException {
        ExportResult result;
        try (Workspace ws = Workspace.open(dir.resolve("w.trailmark"))) {
            SubjectFixtures.addApprovedSession(ws, "ana-1", "ana");
            new SubjectService(ws, "ana").markPrivate("ana-1", SubjectFixtures.PRIVATE_FROM,
                    SubjectFixtures.PRIVATE_TO);
            result = new Exporter(ws, everyFormat()).run(dir.resolve("out"));
        }
        assertThat(result.selection().included()).hasSize(1);
        assertThat(result.verified()).isTrue();
        String all = allText(dir.resolve("out"));
        assertThat(all).isNotEmpty();
        assertThat(all).doesNotContain(SubjectFixtures.PRIVATE_TEXT, SubjectFixtures.PRIVATE_TITLE,
                SubjectFixtures.PRIVATE_TEXT.substring(0, 8));
        // The stretch before it still goes out: the mark hides its span, not the session.
        assertThat(all).contains(SubjectFixtures.OWN_TEXT);
    }

    @Test
    void afterWithdrawalApprovedSessionsAreExcludedAsConsentWithdrawn() throws IOException {
        ExportResult result;
        try (Workspace ws = Workspace.open(dir.resolve("w.trailmark"))) {
            SubjectFixtures.addApprovedSession(ws, "ana-1", "ana");
            SubjectFixtures.addApprovedSession(ws, "ana-2", "ana");
            SubjectFixtures.addApprovedSession(ws, "ben-1", "ben");
            new SubjectService(ws, "ana").withdrawTraining();
            result = new Exporter(ws, everyFormat().withIncludeUnreviewed(true)).run(dir.resolve("out"));
        }
        assertThat(result.selection().included()).extracting(c -> c.session().id()).containsExactly("ben-1");
        assertThat(result.selection().excluded()).containsEntry(ExclusionReason.CONSENT_WITHDRAWN, 2);
        assertThat(allText(dir.resolve("out"))).doesNotContain("ana-1", "ana-2");
    }

    static String allText(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(p -> {
                try {
                    return Files.readString(p, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
    }
}
