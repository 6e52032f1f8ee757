package org.trailmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LauncherTest {
    @Test
    void noArgumentsOpensTheStudio() {
        assertThat(Launcher.opensStudio(new String[0])).isTrue();
    }

    @Test
    void studioOptionsAloneOpenTheStudio() {
        assertThat(Launcher.opensStudio(new String[] {"--workspace", "/tmp/x.trailmark"})).isTrue();
        assertThat(Launcher.opensStudio(new String[] {"--workspace=/tmp/x.trailmark", "--debug"})).isTrue();
    }

    @Test
    void aCommandRunsTheCommandLine() {
        assertThat(Launcher.opensStudio(new String[] {"sessions"})).isFalse();
        assertThat(Launcher.opensStudio(new String[] {"--workspace", "w", "info", "s1"})).isFalse();
        assertThat(Launcher.opensStudio(new String[] {"--help"})).isFalse();
    }
}
