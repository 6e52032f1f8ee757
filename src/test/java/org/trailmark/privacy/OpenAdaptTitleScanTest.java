package org.trailmark.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.ParsedSession;
import org.trailmark.io.openadapt.OpenAdaptImporter;
import org.trailmark.io.openadapt.OpenAdaptTestDatabase;
import org.trailmark.io.openadapt.OpenAdaptTestDatabase.Recording;
import org.trailmark.io.openadapt.OpenAdaptTestDatabase.Schema;

/** An OpenAdapt window title is a focus title like any other: the scan finds what it holds. */
class OpenAdaptTitleScanTest {
    @TempDir
    Path dir;

    @Test
    void anAddressInAWindowTitleIsFoundAtTheFocusChange() throws Exception {
        Path file = dir.resolve("recording.db");
        double start = 1_717_171_717.0;
        try (OpenAdaptTestDatabase db = OpenAdaptTestDatabase.create(file, Schema.CAPTURE)) {
            Recording r = db.recording(start);
            db.action(r, "move", start + 1, "mouse_x", 1, "mouse_y", 1);
            db.window(r, start + 2, "Inbox - ana.lopez@example.com - Mail");
            db.action(r, "move", start + 3, "mouse_x", 2, "mouse_y", 2);
        }
        ParsedSession session = new OpenAdaptImporter().read(file, ImportOptions.defaults()).sessions().get(0);

        assertThat(SessionScanner.scan(session.log()).findings())
                .anySatisfy(f -> {
                    assertThat(f.kind()).isEqualTo(FindingKind.EMAIL);
                    assertThat(f.startMs()).isEqualTo(2000);
                });
    }
}
