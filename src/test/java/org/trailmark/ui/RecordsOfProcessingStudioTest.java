package org.trailmark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.store.Workspace;
import org.trailmark.ui.common.SameThreadTaskExecutor;

/** View → Records of processing…: offered to labelers, read afresh each time, never in subject mode. */
class RecordsOfProcessingStudioTest {
    @TempDir
    Path dir;

    private Workspace workspace;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("ws.trailmark"));
        TestSessions.add(workspace, TestSessions.info("s-1", "alice", "native", TestSessions.MORNING),
                TestSessions.everyKind());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theLabelersStudioShowsTheRecordReadAfresh() {
        StudioViewModel model = new StudioViewModel(workspace, new SameThreadTaskExecutor(), dialogs,
                new StudioPreferences(new MemoryPreferences()));

        model.showRecordsOfProcessing();

        assertThat(dialogs.recordsShown).containsExactly(model.processingRecord());
        assertThat(model.processingRecord().readyProperty().get()).isTrue();
        assertThat(model.processingRecord().sections()).isNotEmpty();
        assertThat(StudioAction.RECORDS_OF_PROCESSING.isOffered(false)).isTrue();
    }

    @Test
    void aRecordedPersonIsNotShownEveryonesRecord() {
        StudioViewModel model = new StudioViewModel(workspace, new SameThreadTaskExecutor(), dialogs,
                new StudioPreferences(new MemoryPreferences()), "alice");

        model.showRecordsOfProcessing();

        assertThat(dialogs.recordsShown).isEmpty();
        assertThat(model.processingRecord().sections()).isEmpty();
        assertThat(dialogs.notices).singleElement().asString().startsWith("The record of processing is for labelers");
        assertThat(StudioAction.RECORDS_OF_PROCESSING.isOffered(true)).isFalse();
    }
}
