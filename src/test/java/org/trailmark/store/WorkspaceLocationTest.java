package org.trailmark.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkspaceLocationTest {
    private static final Path HOME = Path.of("/home/ada");

    @Test
    void theCommandLineOptionWinsOverEverything() {
        Path p = WorkspaceLocation.resolve("/data/team.trailmark",
                Map.of("TRAILMARK_WORKSPACE", "/env/w.trailmark"), "Linux", HOME);
        assertThat(p).isEqualTo(Path.of("/data/team.trailmark"));
    }

    @Test
    void theEnvironmentVariableWinsOverTheDefault() {
        Path p = WorkspaceLocation.resolve(null, Map.of("TRAILMARK_WORKSPACE", "/env/w.trailmark"), "Linux", HOME);
        assertThat(p).isEqualTo(Path.of("/env/w.trailmark"));
    }

    @Test
    void blankValuesCountAsNotGiven() {
        Path p = WorkspaceLocation.resolve(" ", Map.of("TRAILMARK_WORKSPACE", ""), "Linux", HOME);
        assertThat(p).isEqualTo(HOME.resolve(".local/share/trailmark/workspace.trailmark"));
    }

    @Test
    void linuxUsesXdgDataHomeWhenItIsAbsolute() {
        assertThat(WorkspaceLocation.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", HOME))
                .isEqualTo(Path.of("/xdg/trailmark/workspace.trailmark"));
        assertThat(WorkspaceLocation.resolve(null, Map.of("XDG_DATA_HOME", "relative"), "Linux", HOME))
                .isEqualTo(HOME.resolve(".local/share/trailmark/workspace.trailmark"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(WorkspaceLocation.resolve(null, Map.of(), "Mac OS X", HOME))
                .isEqualTo(HOME.resolve("Library/Application Support/Trailmark/workspace.trailmark"));
    }

    @Test
    void windowsUsesAppData() {
        Path appData = HOME.resolve("AppData/Roaming");
        assertThat(WorkspaceLocation.resolve(null, Map.of("APPDATA", appData.toString()), "Windows 11", HOME))
                .isEqualTo(appData.resolve("Trailmark/workspace.trailmark"));
    }

    @Test
    void aRelativeOptionIsMadeAbsolute() {
        assertThat(WorkspaceLocation.resolve("w.trailmark", Map.of(), "Linux", HOME)).isAbsolute();
    }
}
