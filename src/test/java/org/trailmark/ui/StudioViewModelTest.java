package org.trailmark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.io.NativeSessionWriter;
import org.trailmark.store.Workspace;
import org.trailmark.ui.common.SameThreadTaskExecutor;
import org.trailmark.ui.theme.Theme;

class StudioViewModelTest {
    @TempDir
    Path dir;

    private Workspace workspace;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final MemoryPreferences preferences = new MemoryPreferences();
    private StudioViewModel model;

    @BeforeEach
    void openWorkspace() {
        workspace = Workspace.open(dir.resolve("test.trailmark"));
        model = new StudioViewModel(workspace, new SameThreadTaskExecutor(), dialogs,
                new StudioPreferences(preferences));
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    @Test
    void startListsTheWorkspaceSessionsAndCountsThemInTheStatusBar() {
        TestSessions.add(workspace, TestSessions.info("s-1", "alice", "native", TestSessions.MORNING),
                TestSessions.everyKind());
        TestSessions.add(workspace, TestSessions.info("s-2", "bob", "native", TestSessions.MORNING.plusHours(2)),
                TestSessions.movesIn("Terminal", 20));

        model.start(false);

        assertThat(model.browser().shownRows()).extracting(r -> r.id()).containsExactly("s-1", "s-2");
        assertThat(model.countTextProperty().get()).isEqualTo("2 sessions");
        assertThat(model.browser().getSelected().id()).as("first session selected").isEqualTo("s-1");
        model.browser().filterTextProperty().set("terminal");
        assertThat(model.countTextProperty().get()).isEqualTo("1 of 2 sessions shown");
        assertThat(model.workspaceFile()).isEqualTo(workspace.file()).isPresent();
    }

    @Test
    void subjectModeListsOnlyThatSubjectsSessions() {
        TestSessions.add(workspace, TestSessions.info("s-1", "alice", "native", TestSessions.MORNING),
                TestSessions.everyKind());
        TestSessions.add(workspace, TestSessions.info("s-2", "bob", "native", TestSessions.MORNING),
                TestSessions.movesIn("Terminal", 5));
        StudioViewModel alice = new StudioViewModel(workspace, new SameThreadTaskExecutor(), dialogs,
                new StudioPreferences(preferences), "alice");

        alice.start(false);

        assertThat(alice.browser().shownRows()).extracting(r -> r.id()).containsExactly("s-1");
        assertThat(alice.countTextProperty().get()).isEqualTo("1 session of alice");
    }

    @Test
    void anEmptyWorkspaceWithoutSeedingShowsTheEmptyState() {
        model.start(false);
        assertThat(model.browser().isWorkspaceEmpty()).isTrue();
        assertThat(model.countTextProperty().get()).isEqualTo("0 sessions");
    }

    @Test
    void importingAMalformedFileReportsTheFileAndImportsNothing() throws IOException {
        Path broken = dir.resolve("broken.jsonl");
        Files.writeString(broken, "{\"format\": \"trailmark\", oops\n\u0000\u0001garbage\n", StandardCharsets.UTF_8);
        model.start(false);

        model.importPaths(List.of(broken));

        assertThat(dialogs.errors).isEmpty();
        ImportSummary report = dialogs.lastReport();
        assertThat(report).isSameAs(model.lastImportProperty().get());
        assertThat(report.outcome()).isEqualTo(ImportSummary.Outcome.NOTHING_IMPORTED);
        assertThat(report.problemsText()).startsWith("broken.jsonl:1: ");
        assertThat(report.problems()).allSatisfy(p -> assertThat(p.reason()).doesNotContain("garbage", "oops"));
        assertThat(model.browser().isWorkspaceEmpty()).isTrue();
        assertThat(model.progress().isRunning()).isFalse();
    }

    @Test
    void importingASessionSelectsItAndImportingItAgainSaysItIsAlreadyThere() throws IOException {
        Path capture = dir.resolve("alice.jsonl.gz");
        NativeSessionWriter.write(TestSessions.info("s-new", "alice", "native", TestSessions.MORNING),
                TestSessions.everyKind(), capture);
        model.start(false);

        model.importPaths(List.of(capture));
        assertThat(dialogs.lastReport().outcome()).isEqualTo(ImportSummary.Outcome.CLEAN);
        assertThat(dialogs.lastReport().imported()).containsExactly("s-new (native, 14 events)");
        assertThat(model.browser().getSelected().id()).isEqualTo("s-new");
        assertThat(model.browser().getDetails().figure("Apps")).isEqualTo("Firefox, Code");

        model.importPaths(List.of(capture));
        assertThat(dialogs.lastReport().alreadyPresent()).containsExactly("s-new (native, 14 events)");
        assertThat(dialogs.lastReport().headline()).contains("1 already in the workspace");
        assertThat(model.browser().sessionCountProperty().get()).isEqualTo(1);
    }

    @Test
    void anImportedSessionIsScannedAndAReScanKeepsRejectedFindingsRejected() throws IOException {
        org.trailmark.generate.GeneratedSession webmail = org.trailmark.generate.SessionGenerator
                .samples(org.trailmark.generate.SessionGenerator.DEFAULT_SEED).get(0);
        Path capture = dir.resolve("webmail.jsonl.gz");
        NativeSessionWriter.write(webmail.info(), webmail.log(), capture);
        model.start(false);

        model.importPaths(List.of(capture));

        String id = webmail.info().id();
        List<org.trailmark.model.Flag> suggested = workspace.flags().ofSession(id);
        assertThat(suggested).as("the planted password and e-mail are found").isNotEmpty()
                .allMatch(f -> f.source() == org.trailmark.model.FlagSource.DETECTOR
                        && f.status() == org.trailmark.model.FlagStatus.SUGGESTED);
        org.trailmark.model.Flag first = suggested.get(0);
        new org.trailmark.review.ReviewService(workspace, "tester")
                .setFlagStatus(first.id(), org.trailmark.model.FlagStatus.REJECTED);

        model.open(id);
        model.scanOpenSession();

        assertThat(workspace.flags().ofSession(id)).filteredOn(f -> f.startMs() == first.startMs() && f.endMs() == first.endMs()
                        && java.util.Objects.equals(f.detector(), first.detector()))
                .singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(org.trailmark.model.FlagStatus.REJECTED));
        assertThat(dialogs.notices).last().asString().startsWith("Sensitive-data scan: ")
                .doesNotContain(webmail.planted().get(0).value());
    }

    @Test
    void exportOpensTheWizardOnThisWorkspaceWithWhatWouldBeExcluded() {
        TestSessions.add(workspace, TestSessions.info("s-1", "alice", "native", TestSessions.MORNING),
                TestSessions.everyKind());
        model.start(false);

        model.exportTrainingSet();

        assertThat(dialogs.exportWizards).singleElement()
                .satisfies(w -> assertThat(w.summaryProperty().get()).isEqualTo("0 sessions will be exported; excluded: 1 not approved yet."));
    }

    @Test
    void aNewWorkspaceIsSeededWithTheBundledSamplesOnce() throws IOException {
        Path samples = Files.createDirectories(dir.resolve("samples"));
        NativeSessionWriter.write(TestSessions.info("sample-1", "subj-ana", "native", TestSessions.MORNING),
                TestSessions.everyKind(), samples.resolve("sample-1.jsonl.gz"));
        String before = System.getProperty("trailmark.samples");
        System.setProperty("trailmark.samples", samples.toString());
        try {
            model.start(true);
            assertThat(model.browser().shownRows()).extracting(r -> r.id()).containsExactly("sample-1");
            assertThat(dialogs.reports).as("a clean seed needs no dialog").isEmpty();
        } finally {
            if (before == null) {
                System.clearProperty("trailmark.samples");
            } else {
                System.setProperty("trailmark.samples", before);
            }
        }
    }

    @Test
    void theBundledSamplesSeedWithoutADialog() {
        String before = System.getProperty("trailmark.samples");
        System.setProperty("trailmark.samples", Path.of("sample-sessions").toAbsolutePath().toString());
        try {
            model.start(true);
            assertThat(model.browser().shownRows()).extracting(r -> r.id()).anyMatch(id -> id.startsWith("agentnet-"));
            // the AgentNet episode names no host (a warning) and leaves files unused (notes): ours, not the user's
            assertThat(dialogs.reports).isEmpty();
        } finally {
            if (before == null) {
                System.clearProperty("trailmark.samples");
            } else {
                System.setProperty("trailmark.samples", before);
            }
        }
    }

    @Test
    void cancellingTheFileChooserImportsNothingAndSaysNothing() {
        dialogs.filesToChoose = List.of();
        model.importFiles();
        model.importFolder();
        assertThat(dialogs.reports).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void chosenFolderIsImportedAndReported() {
        dialogs.folderToChoose = dir.resolve("nothing-here");
        model.importFolder();
        assertThat(dialogs.reports).hasSize(1);
        assertThat(dialogs.lastReport().outcome()).isEqualTo(ImportSummary.Outcome.NOTHING_IMPORTED);
    }

    @Test
    void theThemeToggleIsRememberedForTheNextWindow() {
        assertThat(model.getTheme()).isEqualTo(Theme.LIGHT);
        model.toggleTheme();
        assertThat(model.getTheme()).isEqualTo(Theme.DARK);

        StudioViewModel next = new StudioViewModel(workspace, new SameThreadTaskExecutor(), dialogs,
                new StudioPreferences(preferences));
        assertThat(next.getTheme()).isEqualTo(Theme.DARK);
    }

    @Test
    void aFailureInTheBackgroundBecomesAPlainErrorWithoutAStackTrace() {
        String words = StudioViewModel.plainWords(new IllegalStateException("boom"));
        assertThat(words).contains("IllegalStateException").doesNotContain("at org.", "boom");
        assertThat(StudioViewModel.plainWords(
                new org.trailmark.store.WorkspaceException("workspace is locked by another program")))
                .isEqualTo("workspace is locked by another program");
    }

    @Test
    void shortcutsAreShownOnRequestForTheRoleInUse() {
        model.showShortcuts();
        assertThat(dialogs.shortcutsShown).isEqualTo(1);
        assertThat(dialogs.shortcutsForSubject).isFalse();

        new StudioViewModel(workspace, new SameThreadTaskExecutor(), dialogs, new StudioPreferences(preferences),
                "alice").showShortcuts();
        assertThat(dialogs.shortcutsForSubject).isTrue();
    }
    @Test
    void selectingASessionOpensItInThePlayer() {
        addTwoSessions();
        model.start(false);
        assertThat(openInPlayer()).as("the first session is selected, so it is open").isEqualTo("s-1");

        model.browser().select("s-2");

        assertThat(openInPlayer()).isEqualTo("s-2");
        assertThat(model.player().getState()).isNotNull();
    }

    @Test
    void theSessionSelectedLastTimeIsOpenedOnRestart() {
        addTwoSessions();
        model.start(false);
        model.browser().select("s-2");
        new StudioPreferences(preferences).setBrowserState(model.browser().state());

        StudioViewModel restarted = new StudioViewModel(workspace, new SameThreadTaskExecutor(), dialogs,
                new StudioPreferences(preferences));
        restarted.start(false);

        assertThat(restarted.browser().getSelected().id()).isEqualTo("s-2");
        assertThat(restarted.player().sessionProperty().get().id()).isEqualTo("s-2");
    }

    @Test
    void refreshingTheListDoesNotReopenTheSessionOrMoveThePlayhead() {
        addTwoSessions();
        model.start(false);
        model.player().seek(30_000);

        model.refresh();

        assertThat(openInPlayer()).isEqualTo("s-1");
        assertThat(model.player().getTimeMs()).isEqualTo(30_000);
    }

    @Test
    void aFilterThatHidesTheOpenSessionLeavesItInThePlayer() {
        addTwoSessions();
        model.start(false);

        model.browser().filterTextProperty().set("terminal");

        assertThat(model.browser().getSelected()).isNull();
        assertThat(openInPlayer()).isEqualTo("s-1");
    }

    @Test
    void closingTheWindowClosesTheSessionAndSelectingItAgainReopensIt() {
        addTwoSessions();
        model.start(false);

        model.close();
        assertThat(model.player().sessionProperty().get()).isNull();

        model.open("s-1");
        assertThat(openInPlayer()).isEqualTo("s-1");
    }

    @Test
    void aReadOnlyWorkspaceReplaysButRefusesImportsWithANotice() throws IOException {
        addTwoSessions();
        Path capture = dir.resolve("alice.jsonl.gz");
        NativeSessionWriter.write(TestSessions.info("s-new", "alice", "native", TestSessions.MORNING),
                TestSessions.everyKind(), capture);
        try (Workspace readOnly = Workspace.openReadOnly(workspace.file().orElseThrow())) {
            StudioViewModel viewer = new StudioViewModel(readOnly, new SameThreadTaskExecutor(), dialogs,
                    new StudioPreferences(preferences));
            viewer.start(true);

            viewer.importPaths(List.of(capture));

            assertThat(viewer.isReadOnly()).isTrue();
            assertThat(viewer.player().sessionProperty().get().id()).isEqualTo("s-1");
            assertThat(dialogs.reports).isEmpty();
            assertThat(dialogs.notices).singleElement().asString().startsWith("Importing is switched off");
            assertThat(viewer.browser().sessionCountProperty().get()).isEqualTo(2);
        }
    }

    @Test
    void theSidePanelDividerIsRememberedWithinSaneBounds() {
        model.setSidePanelDivider(0.4);
        assertThat(new StudioViewModel(workspace, new SameThreadTaskExecutor(), dialogs,
                new StudioPreferences(preferences)).sidePanelDivider()).isEqualTo(0.4);
        model.setSidePanelDivider(0.99);
        assertThat(model.sidePanelDivider()).isEqualTo(StudioPreferences.DEFAULT_SIDE_PANEL_DIVIDER);
    }

    private void addTwoSessions() {
        TestSessions.add(workspace, TestSessions.info("s-1", "alice", "native", TestSessions.MORNING),
                TestSessions.everyKind());
        TestSessions.add(workspace, TestSessions.info("s-2", "bob", "native", TestSessions.MORNING.plusHours(2)),
                TestSessions.movesIn("Terminal", 20));
    }

    private String openInPlayer() {
        return model.player().sessionProperty().get() == null ? null : model.player().sessionProperty().get().id();
    }
}
