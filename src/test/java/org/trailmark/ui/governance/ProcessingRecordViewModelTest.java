package org.trailmark.ui.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.governance.RecordSections;
import org.trailmark.store.SyntheticSessions;
import org.trailmark.store.Workspace;
import org.trailmark.ui.common.SameThreadTaskExecutor;

/** The page's view-model without a stage: reading the record, and saving it as HTML where the person chose. */
class ProcessingRecordViewModelTest {
    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

    @TempDir
    Path dir;

    private Workspace workspace;
    private final Answers dialogs = new Answers();
    private ProcessingRecordViewModel model;

    @BeforeEach
    void workspaceWithATrainingSession() {
        workspace = Workspace.open(dir.resolve("ws.trailmark"));
        workspace.sessions().add(SyntheticSessions.info("s1", "subj-a"), SyntheticSessions.r1Like(300, 3), null, "i");
        model = new ProcessingRecordViewModel(workspace, new SameThreadTaskExecutor(), dialogs, () -> NOW);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void refreshShowsTheRecordsSections() {
        assertThat(model.readyProperty().get()).isFalse();

        model.refresh();

        assertThat(model.readyProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(model.sections()).extracting(RecordSections.Section::title)
                .containsExactly("Record of processing activities (GDPR Art. 30)", "Purpose: training",
                        "Across all purposes");
    }

    @Test
    void saveAsHtmlWritesAnOwnerOnlyPageWhereThePersonChose() throws Exception {
        model.refresh();
        dialogs.answer = dir.resolve("out/record.html");

        model.saveAsHtml();

        assertThat(dialogs.suggested).containsExactly("records-of-processing-2026-12-05.html");
        assertThat(Files.readString(dialogs.answer)).startsWith("<!DOCTYPE html>").contains("Purpose: training");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dialogs.answer))).isEqualTo("rw-------");
        assertThat(dialogs.saved).containsExactly(dialogs.answer);
        assertThat(model.messageProperty().get()).isEqualTo("Saved to " + dialogs.answer);
    }

    @Test
    void cancellingTheFileChooserWritesNothing() {
        model.refresh();

        model.saveAsHtml();

        assertThat(dialogs.suggested).hasSize(1);
        assertThat(dialogs.saved).isEmpty();
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aRecordThatCannotBeReadIsSaidOnThePageAndCannotBeSaved() {
        model.refresh();
        workspace.close();

        model.refresh();

        assertThat(model.readyProperty().get()).isFalse();
        assertThat(model.sections()).isEmpty();
        assertThat(model.messageProperty().get()).startsWith("Something unexpected went wrong");
        model.saveAsHtml();
        assertThat(dialogs.suggested).as("nothing to save, nothing asked").isEmpty();
    }

    private static final class Answers implements ProcessingRecordDialogs {
        Path answer;
        final List<String> suggested = new ArrayList<>();
        final List<Path> saved = new ArrayList<>();
        final List<String> errors = new ArrayList<>();

        @Override
        public Optional<Path> chooseRecordFile(String suggestedName) {
            suggested.add(suggestedName);
            return Optional.ofNullable(answer);
        }

        @Override
        public void showSaved(String title, String message, Path file) {
            saved.add(file);
        }

        @Override
        public void showError(String title, String message) {
            errors.add(title + ": " + message);
        }
    }
}
