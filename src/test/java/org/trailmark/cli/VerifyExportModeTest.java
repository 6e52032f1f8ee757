package org.trailmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VerifyExportModeTest {
    @Test
    void onlyANamedWorkspaceIsTakenForTheOneThatMadeTheExport() {
        CommonOptions none = new CommonOptions();
        assertThat(VerifyExportCommand.workspaceNamed(none, Map.of())).isFalse();
        assertThat(VerifyExportCommand.workspaceNamed(none, Map.of("TRAILMARK_WORKSPACE", " "))).isFalse();
        assertThat(VerifyExportCommand.workspaceNamed(none, Map.of("TRAILMARK_WORKSPACE", "/w.trailmark"))).isTrue();
        CommonOptions given = new CommonOptions();
        given.workspace = "w.trailmark";
        assertThat(VerifyExportCommand.workspaceNamed(given, Map.of())).isTrue();
    }
}
