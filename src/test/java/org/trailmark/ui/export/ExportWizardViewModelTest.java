package org.trailmark.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.export.ExclusionReason;
import org.trailmark.export.Exporter;
import org.trailmark.store.Workspace;
import org.trailmark.ui.common.BackgroundTask;
import org.trailmark.ui.common.SameThreadTaskExecutor;
import org.trailmark.ui.common.TaskExecutor;
import org.trailmark.ui.common.TaskProgress;
import org.trailmark.ui.export.ExportWizardViewModel.Phase;

class ExportWizardViewModelTest {
    @TempDir
    Path dir;

    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = ExportWorkspaces.samples(dir);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private ExportWizardViewModel wizard(TaskExecutor executor) {
        return new ExportWizardViewModel(workspace, executor, "test-1");
    }

    @Test
    void summaryCountsEveryReasonASessionStaysOut() {
        ExportWizardViewModel model = wizard(new SameThreadTaskExecutor());

        assertThat(model.excludedCounts()).containsEntry(ExclusionReason.NO_TRAINING_CONSENT, 2)
                .containsEntry(ExclusionReason.CONSENT_WITHDRAWN, 2)
                .containsEntry(ExclusionReason.NOT_APPROVED, 1);
        assertThat(model.summaryProperty().get()).isEqualTo("1 session will be exported; excluded: "
                + "2 without training consent, 2 withdrawn, 1 not approved yet.");
    }

    @Test
    void includingUnreviewedAddsAnasOtherSessionButNoSessionWithoutConsent() {
        ExportWizardViewModel model = wizard(new SameThreadTaskExecutor());

        model.includeUnreviewedProperty().set(true);

        assertThat(model.summaryProperty().get()).isEqualTo("2 sessions will be exported; excluded: "
                + "2 without training consent, 2 withdrawn.");
        assertThat(model.options().includeUnreviewed()).isTrue();
    }

    @Test
    void exportWaitsForAnEmptyFolderAValidSplitAndAWholeNumberSeed() throws Exception {
        ExportWizardViewModel model = wizard(new SameThreadTaskExecutor());
        assertThat(model.canExportProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).contains("output folder");

        Files.writeString(Files.createDirectories(dir.resolve("full")).resolve("x.txt"), "x");
        model.outputFolderProperty().set(dir.resolve("full"));
        assertThat(model.problemProperty().get()).contains("not empty");

        model.outputFolderProperty().set(dir.resolve("out"));
        model.splitProperty().set("0.8, 0.3, 0.1");
        assertThat(model.problemProperty().get()).contains("add up to 1");
        model.splitProperty().set("0.7 0.2 0.1");
        model.seedProperty().set("forty-two");
        assertThat(model.problemProperty().get()).contains("whole number");
        model.seedProperty().set("42");

        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.canExportProperty().get()).isTrue();
        assertThat(model.options().split()).containsExactly(0.7, 0.2, 0.1);
        assertThat(model.options().seed()).hasValue(42);
    }

    @Test
    void splitNeedsThreeNumbers() {
        assertThatThrownBy(() -> ExportWizardViewModel.parseSplit("0.5, 0.5")).hasMessageContaining("three ratios");
        assertThatThrownBy(() -> ExportWizardViewModel.parseSplit("a, b, c")).hasMessageContaining("number");
        assertThat(ExportWizardViewModel.parseSplit("1;0;0")).containsExactly(1.0, 0.0, 0.0);
    }

    @Test
    void finishedExportReportsVerificationAndOffersItsFolder() {
        ExportWizardViewModel model = wizard(new SameThreadTaskExecutor());
        Path out = dir.resolve("out");
        model.outputFolderProperty().set(out);
        model.seedProperty().set("7");

        model.export();

        assertThat(model.phaseProperty().get()).isEqualTo(Phase.VERIFIED);
        assertThat(model.resultProperty().get().verified()).isTrue();
        assertThat(model.outcomeProperty().get()).startsWith("Verified.").contains("from 1 session")
                .contains("every checksum matches");
        assertThat(model.finishedFolder()).isEqualTo(out.toAbsolutePath().normalize());
        assertThat(out.resolve(Exporter.MANIFEST)).exists();
        assertThat(model.canExportProperty().get()).as("the folder is no longer empty").isFalse();
    }

    @Test
    void anExportIntoAFolderTakenMeanwhileFailsInPlainWords() throws Exception {
        ExportWizardViewModel model = wizard(new SameThreadTaskExecutor());
        Path out = dir.resolve("out");
        model.outputFolderProperty().set(out);
        Files.createDirectories(out.resolveSibling("out.partial"));

        model.export();

        assertThat(model.phaseProperty().get()).isEqualTo(Phase.FAILED);
        assertThat(model.outcomeProperty().get()).startsWith("The export did not run: a staging folder")
                .endsWith("Nothing was written.");
        assertThat(model.finishedFolder()).isNull();
    }

    @Test
    void cancelBeforeTheWorkStartsWritesNothing() {
        DeferredExecutor executor = new DeferredExecutor();
        ExportWizardViewModel model = wizard(executor);
        Path out = dir.resolve("out");
        model.outputFolderProperty().set(out);

        model.export();
        assertThat(model.phaseProperty().get()).isEqualTo(Phase.RUNNING);
        assertThat(model.canExportProperty().get()).isFalse();
        model.cancel();
        assertThat(model.phaseProperty().get()).isEqualTo(Phase.CANCELLING);
        executor.runQueued();

        assertThat(model.phaseProperty().get()).isEqualTo(Phase.CANCELLED);
        assertThat(model.outcomeProperty().get()).contains("cancelled");
        assertThat(out).doesNotExist();
        assertThat(model.canExportProperty().get()).as("a cancelled export can be started again").isTrue();
    }

    /** Holds tasks until told, so a test can act while the export is still waiting to run. */
    private static final class DeferredExecutor implements TaskExecutor {
        private final SameThreadTaskExecutor delegate = new SameThreadTaskExecutor();
        private final List<Runnable> queued = new ArrayList<>();

        @Override
        public <T> void execute(BackgroundTask<T> task) {
            queued.add(() -> delegate.execute(task));
        }

        void runQueued() {
            queued.forEach(Runnable::run);
            queued.clear();
        }

        @Override
        public TaskProgress progress() {
            return delegate.progress();
        }

        @Override
        public void close() {
        }
    }
}
