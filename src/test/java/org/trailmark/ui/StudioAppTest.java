package org.trailmark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StudioAppTest {

    @Test
    void optionsAreReadInBothSpellings() {
        assertThat(StudioApp.optionValue(List.of("--workspace", "/tmp/a.trailmark"), "--workspace"))
                .isEqualTo("/tmp/a.trailmark");
        assertThat(StudioApp.optionValue(List.of("--workspace=/tmp/b.trailmark"), "--workspace"))
                .isEqualTo("/tmp/b.trailmark");
        assertThat(StudioApp.optionValue(List.of("--workspace", "w", "--subject=subj-ana"), "--subject"))
                .isEqualTo("subj-ana");
    }

    @Test
    void withoutTheOptionTheDefaultDecides() {
        assertThat(StudioApp.optionValue(List.of(), "--workspace")).isNull();
        assertThat(StudioApp.optionValue(List.of("--workspace"), "--workspace")).isNull();
        assertThat(StudioApp.optionValue(List.of("--debug"), "--workspace")).isNull();
        assertThat(StudioApp.optionValue(List.of("--workspace-other=x"), "--workspace")).isNull();
    }
}
