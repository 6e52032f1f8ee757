package org.trailmark.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.export.ExclusionReason;
import org.trailmark.export.ExportFormat;
import org.trailmark.export.Exporter;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.ParsedSession;
import org.trailmark.io.ducktrack.DuckTrackImporter;
import org.trailmark.io.ducktrack.HostlessRecordings;
import org.trailmark.model.TaskOutcome;
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
        return new ExportWizardViewModel(workspace, executor, "test-1", Runnable::run);
    }

    @Test
    void summaryCountsEveryReasonASessionStaysOut() {
        ExportWizardViewModel model = wizard(new SameThreadTaskExecutor());

        assertThat(model.excludedCounts()).containsEntry(ExclusionReason.NO_TRAINING_CONSENT, 2)
                .containsEntry(ExclusionReason.CONSENT_WITHDRAWN, 2)
                .containsEntry(ExclusionReason.NOT_APPROVED, 1);
        assertThat(model.summaryProperty().get()).isEqualTo("1 session will be exported; excluded: "
                + "2 without training consent, 2 withdrawn, 1 not approved yet.");
        assertThat(model.taskSummaryProperty().get()).isEqualTo("2 tasks in these sessions, one trajectory record each.");
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
    void aRecordingNoPersonIsAssignedToIsCountedWithItsReasonAndIsNoSubjectToPick() throws Exception {
        ParsedSession hostless = new DuckTrackImporter().read(HostlessRecordings.copy(dir.resolve("rec"), 0),
                ImportOptions.defaults()).sessions().get(0);
        workspace.sessions().add(hostless.info(), hostless.log(), null, "tester");

        ExportWizardViewModel model = wizard(new SameThreadTaskExecutor());

        assertThat(model.excludedCounts()).containsEntry(ExclusionReason.NO_PERSON_ASSIGNED, 1);
        assertThat(model.summaryProperty().get()).isEqualTo("1 session will be exported; excluded: "
                + "1 with no person assigned, 2 without training consent, 2 withdrawn, 1 not approved yet.");
        assertThat(model.subjectChoices()).containsExactly("subj-ana", "subj-ben", "subj-chloe");
    }

    @Test
    void offersTheSubjectsAndAppsTheWorkspaceHas() {
        ExportWizardViewModel model = wizard(new SameThreadTaskExecutor());

        assertThat(model.subjectChoices()).containsExactly("subj-ana", "subj-ben", "subj-chloe");
        assertThat(model.appChoices()).isNotEmpty().isSorted().doesNotHaveDuplicates();
    }

    @Test
    void subjectAndDateFiltersChangeTheCountsAsTheyChange() {
        ExportWizardViewModel model = wizard(new SameThreadTaskExecutor());

        model.subjectsProperty().set(Set.of("subj-ben"));
        assertThat(model.summaryProperty().get()).isEqualTo("0 sessions will be exported; excluded: "
                + "2 without training consent, 2 withdrawn, 1 not approved yet, 1 filtered out.");

        model.subjectsProperty().set(Set.of());
        model.fromProperty().set(LocalDate.of(2030, 1, 1));
        assertThat(model.excludedCounts()).containsEntry(ExclusionReason.FILTERED_OUT, 1);

        model.fromProperty().set(null);
        assertThat(model.summaryProperty().get()).startsWith("1 session will be exported");
    }

    @Test
    void labelAndOutcomeFiltersCountTheTasksThatStayIn() {
        ExportWizardViewModel model = wizard(new SameThreadTaskExecutor());

        model.outcomesProperty().set(Set.of(TaskOutcome.SUCCESS));

        assertThat(model.taskSummaryProperty().get()).isEqualTo("1 of 2 tasks match the label and outcome filters.");
        assertThat(model.options().filter().outcomes()).containsExactly("success");

        model.appsProperty().set(Set.of("no such app"));
        assertThat(model.taskSummaryProperty().get()).startsWith("At most 0 of 2 tasks match the filters");
    }

    @Test
    void aDateRangeThatEndsBeforeItStartsIsExplained() {
        ExportWizardViewModel model = wizard(new SameThreadTaskExecutor());
        model.outputFolderProperty().set(dir.resolve("out"));

        model.fromProperty().set(LocalDate.of(2026, 5, 2));
        model.toProperty().set(LocalDate.of(2026, 5, 1));

        assertThat(model.problemProperty().get()).isEqualTo("The date range ends before it starts.");
        assertThat(model.canExportProperty().get()).isFalse();
    }

    @Test
    void withoutAnyFormatExportIsDisabledAndSaysWhy() {
        ExportWizardViewModel model = wizard(new SameThreadTaskExecutor());
        model.outputFolderProperty().set(dir.resolve("out"));
        assertThat(model.canExportProperty().get()).isTrue();

        model.formatProperty(ExportFormat.TRAJECTORIES).set(false);

        assertThat(model.canExportProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).contains("at least one format");
        model.formatProperty(ExportFormat.KEYSTROKES).set(true);
        assertThat(model.canExportProperty().get()).isTrue();
    }

    @Test
    void screensAreOffByDefaultAndOnlyGoWithTrajectories() {
        ExportWizardViewModel model = wizard(new SameThreadTaskExecutor());
        assertThat(model.options().withScreens()).isFalse();
        model.withScreensProperty().set(true);
        assertThat(model.options().withScreens()).isTrue();
        assertThat(model.options().observationOffsetMs()).isEqualTo(500);

        model.formatProperty(ExportFormat.TRAJECTORIES).set(false);
        model.formatProperty(ExportFormat.EVENTS).set(true);

        assertThat(model.options().withScreens()).isFalse();
    }

    @Test
    void pyautoguiCallStringsOnlyGoWithTrajectories() {
        ExportWizardViewModel model = wizard(new SameThreadTaskExecutor());
        model.pyautoguiProperty().set(true);
        assertThat(model.options().pyautogui()).isTrue();

        model.formatProperty(ExportFormat.TRAJECTORIES).set(false);
        model.formatProperty(ExportFormat.EVENTS).set(true);

        assertThat(model.options().pyautogui()).isFalse();
        assertThat(model.options().formats()).containsExactly(ExportFormat.EVENTS);
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
        assertThatThrownBy(() -> ExportChoiceText.parseSplit("0.5, 0.5")).hasMessageContaining("three ratios");
        assertThatThrownBy(() -> ExportChoiceText.parseSplit("a, b, c")).hasMessageContaining("number");
        assertThat(ExportChoiceText.parseSplit("1;0;0")).containsExactly(1.0, 0.0, 0.0);
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
        assertThat(model.outcomeProperty().get()).startsWith("Verified. Written from 1 session: 2 trajectory records")
                .contains("every checksum matches");
        assertThat(model.finishedFolder()).isEqualTo(out.toAbsolutePath().normalize());
        assertThat(out.resolve(Exporter.MANIFEST)).exists();
        assertThat(model.canExportProperty().get()).as("the folder is no longer empty").isFalse();
    }

    @Test
    void eventsAndKeystrokesWriteThoseFoldersAndNoTrajectories() {
        ExportWizardViewModel model = wizard(new SameThreadTaskExecutor());
        Path out = dir.resolve("out");
        model.outputFolderProperty().set(out);
        model.formatProperty(ExportFormat.TRAJECTORIES).set(false);
        model.formatProperty(ExportFormat.EVENTS).set(true);
        model.formatProperty(ExportFormat.KEYSTROKES).set(true);

        model.export();

        assertThat(model.phaseProperty().get()).isEqualTo(Phase.VERIFIED);
        assertThat(out.resolve("data/events")).isDirectory();
        assertThat(out.resolve("data/keystrokes")).isDirectory();
        assertThat(out.resolve("data/train.jsonl")).doesNotExist();
        assertThat(model.outcomeProperty().get()).contains("redacted event streams, keystroke timings")
                .doesNotContain("trajectory");
    }

    @Test
    void progressShowsTheExportersOwnStepsAndFractions() {
        ExportWizardViewModel model = wizard(new SameThreadTaskExecutor());
        model.outputFolderProperty().set(dir.resolve("out"));
        List<String> steps = new ArrayList<>();
        List<Double> fractions = new ArrayList<>();
        model.progressMessageProperty().addListener((obs, old, now) -> steps.add(now));
        model.progressProperty().addListener((obs, old, now) -> fractions.add(now.doubleValue()));

        model.export();

        assertThat(steps).contains("Redacting session 1 of 1", "Verifying the written files");
        assertThat(fractions).contains(0.0, 0.9);
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void cancelDuringTheRunStopsTheExporterAndLeavesNoOutputFolder() {
        ExportWizardViewModel model = wizard(new SameThreadTaskExecutor());
        Path out = dir.resolve("out");
        model.outputFolderProperty().set(out);
        model.includeUnreviewedProperty().set(true);
        // Cancel is pressed once, as soon as the first session is being redacted, i.e. mid-run
        boolean[] pressed = {false};
        model.progressMessageProperty().addListener((obs, old, now) -> {
            if (!pressed[0] && now.startsWith("Redacting session 1")) {
                pressed[0] = true;
                model.cancel();
            }
        });

        model.export();

        assertThat(model.phaseProperty().get()).isEqualTo(Phase.CANCELLED);
        assertThat(model.outcomeProperty().get()).startsWith("Export cancelled — nothing was written");
        assertThat(model.resultProperty().get()).isNull();
        assertThat(out).doesNotExist();
        assertThat(out.resolveSibling("out.partial")).doesNotExist();
        assertThat(model.isEditable(model.phaseProperty().get())).isTrue();
        assertThat(model.canExportProperty().get()).as("a cancelled export can be started again").isTrue();

        model.export();
        assertThat(model.phaseProperty().get()).isEqualTo(Phase.VERIFIED);
    }

    @Test
    void cancelIntoAnEmptyFolderLeavesItEmpty() throws Exception {
        ExportWizardViewModel model = wizard(new SameThreadTaskExecutor());
        Path out = Files.createDirectories(dir.resolve("empty"));
        model.outputFolderProperty().set(out);
        model.progressMessageProperty().addListener((obs, old, now) -> {
            if (now.startsWith("Verifying")) {
                model.cancel();
            }
        });

        model.export();

        assertThat(model.phaseProperty().get()).isEqualTo(Phase.CANCELLED);
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void theFolderIsCheckedByTheExportCommandsRulesAsItIsTyped() throws Exception {
        ExportWizardViewModel model = wizard(new SameThreadTaskExecutor());
        model.outputFolderProperty().set(Path.of("relative", "out"));
        assertThat(model.problemProperty().get()).startsWith("Type the output folder's full path");
        assertThat(model.canExportProperty().get()).isFalse();

        Path out = dir.resolve("typed");
        Files.createDirectories(out.resolveSibling("typed.partial"));
        model.outputFolderProperty().set(out);
        assertThat(model.problemProperty().get()).startsWith("A staging folder from an earlier export is in the way");

        Files.writeString(dir.resolve("a-file"), "x");
        model.outputFolderProperty().set(dir.resolve("a-file"));
        assertThat(model.problemProperty().get()).startsWith("The output folder is a file, not a folder.");

        model.outputFolderProperty().set(dir.resolve("fresh"));
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.canExportProperty().get()).isTrue();
    }

    @Test
    void anExportIntoAFolderTakenMeanwhileFailsInPlainWords() throws Exception {
        Path out = dir.resolve("out");
        SameThreadTaskExecutor same = new SameThreadTaskExecutor();
        // the staging folder appears after the wizard checked the folder, before the export starts
        ExportWizardViewModel model = wizard(new TaskExecutor() {
            @Override
            public <T> void execute(BackgroundTask<T> task) {
                try {
                    Files.createDirectories(out.resolveSibling("out.partial"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                same.execute(task);
            }

            @Override
            public TaskProgress progress() {
                return same.progress();
            }

            @Override
            public TaskProgress interactiveProgress() {
                return same.interactiveProgress();
            }

            @Override
            public void close() {
                same.close();
            }
        });
        model.outputFolderProperty().set(out);

        model.export();

        assertThat(model.phaseProperty().get()).isEqualTo(Phase.FAILED);
        assertThat(model.outcomeProperty().get()).startsWith("The export did not run: a staging folder")
                .endsWith("Nothing was written.");
        assertThat(model.finishedFolder()).isNull();
        assertThat(model.isEditable(Phase.FAILED)).as("a failed export can be retried elsewhere").isTrue();
    }

    @Test
    void failuresAreNamedInWordsWithoutAStackTrace() {
        assertThat(ExportWording.inWords(new UncheckedIOException("could not write the export",
                new AccessDeniedException("/data/out")))).isEqualTo("could not write the export: no permission to write there");
        assertThat(ExportWording.inWords(new IllegalStateException("boom")))
                .isEqualTo("an unexpected problem (IllegalStateException)");
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
        public TaskProgress interactiveProgress() {
            return delegate.interactiveProgress();
        }

        @Override
        public void close() {
        }
    }
}
