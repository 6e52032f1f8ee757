package org.trailmark.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class SqlErrorsTest {
    private static final Path FILE = Path.of("/data/w.trailmark");

    @Test
    void diskFullSaysSoInPlainWords() {
        assertThat(message(13)).isEqualTo("cannot write workspace /data/w.trailmark: disk full");
    }

    @Test
    void extendedBusyCodesCountAsLocked() {
        // SQLITE_BUSY_SNAPSHOT = 5 | (2 << 8)
        assertThat(message(5 | (2 << 8))).isEqualTo("workspace /data/w.trailmark is locked by another program");
    }

    @Test
    void theDriversTextNeverReachesTheMessage() {
        WorkspaceException e = SqlErrors.translate(
                new SQLException("[SQLITE_CONSTRAINT] UNIQUE failed: secret-title", "", 19), FILE, "import session");

        assertThat(e.getMessage()).isEqualTo("cannot import session (database error 19)").doesNotContain("secret");
    }

    @Test
    void readOnlyAndDamageHaveTheirOwnMessages() {
        assertThat(message(8)).isEqualTo("cannot write workspace /data/w.trailmark: it is read-only");
        assertThat(message(11)).isEqualTo("workspace /data/w.trailmark is damaged");
        assertThat(message(26)).isEqualTo("workspace /data/w.trailmark is not a Trailmark workspace");
    }

    private static String message(int code) {
        return SqlErrors.translate(new SQLException("driver text", "", code), FILE, "import session").getMessage();
    }
}
