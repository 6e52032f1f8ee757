package org.trailmark.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.trailmark.model.SessionLog;

/** Column-by-column equality of two logs, with a message that names the column. */
final class LogAssertions {
    private LogAssertions() {
    }

    static void assertSameEvents(SessionLog actual, SessionLog expected) {
        int n = expected.size();
        assertThat(actual.size()).as("size").isEqualTo(n);
        assertThat(actual.timeColumn(0, n)).as("time").isEqualTo(expected.timeColumn(0, n));
        assertThat(actual.kindColumn(0, n)).as("kind").isEqualTo(expected.kindColumn(0, n));
        assertThat(actual.xColumn(0, n)).as("x").isEqualTo(expected.xColumn(0, n));
        assertThat(actual.yColumn(0, n)).as("y").isEqualTo(expected.yColumn(0, n));
        assertThat(actual.aColumn(0, n)).as("a").isEqualTo(expected.aColumn(0, n));
        assertThat(actual.bColumn(0, n)).as("b").isEqualTo(expected.bColumn(0, n));
        assertThat(actual.strings()).as("strings").isEqualTo(expected.strings());
    }
}
