package org.trailmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.io.screenpipe.ScreenpipeTestDatabase;
import org.trailmark.model.EventKind;
import org.trailmark.model.SessionLog;
import org.trailmark.store.Workspace;

/** `trailmark import` of a screenpipe database: clipboard text stays out of the workspace unless asked for. */
class ScreenpipeImportCliTest {
    private static final String COPIED = "ana.lopez@example.com 4111 1111 1111 1111";

    @TempDir
    Path dir;

    private Path database() throws Exception {
        Path file = dir.resolve("db.sqlite");
        try (ScreenpipeTestDatabase db = ScreenpipeTestDatabase.create(file)) {
            db.row("2025-03-04T09:00:00+00:00", "window_focus", "app_name", "Mail", "window_title", "Inbox");
            db.row("2025-03-04T09:00:01+00:00", "move", "x", 10, "y", 20);
            db.row("2025-03-04T09:00:02+00:00", "clipboard", "text_content", COPIED, "text_length", COPIED.length(),
                    "modifiers", (int) 'c');
            db.row("2025-03-04T09:00:03+00:00", "text", "text_content", "thanks");
        }
        return file;
    }

    private static byte[] workspaceBytes(Path workspace) throws Exception {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (Path p : List.of(workspace, Path.of(workspace + "-wal"))) {
            if (Files.exists(p)) {
                all.write(Files.readAllBytes(p));
            }
        }
        return all.toByteArray();
    }

    private static SessionLog onlySession(Path workspace) {
        try (Workspace ws = Workspace.openExisting(workspace)) {
            return ws.sessions().loadLog(ws.sessions().all().get(0).id());
        }
    }

    @Test
    void byDefaultOnlyTheLengthIsImportedAndTheTextIsNowhereInTheWorkspace() throws Exception {
        Path workspace = dir.resolve("ws.trailmark");

        CliRun r = CliRun.of("import", database().toString(), "--workspace", workspace.toString());

        assertThat(r.code()).as(r.err()).isIn(0, 1);
        assertThat(r.out()).contains("screenpipe").contains("imported as their length only");
        SessionLog log = onlySession(workspace);
        assertThat(log.countOf(EventKind.CLIPBOARD)).isEqualTo(1);
        assertThat(log.strings()).noneMatch(s -> s.contains("example.com") || s.contains("4111"));
        String bytes = new String(workspaceBytes(workspace), StandardCharsets.ISO_8859_1);
        assertThat(bytes).doesNotContain("ana.lopez").doesNotContain("4111 1111");
    }

    @Test
    void withKeepClipboardTheTextIsKeptScannedAndTheReportSaysSo() throws Exception {
        Path workspace = dir.resolve("ws.trailmark");

        CliRun r = CliRun.of("import", "--keep-clipboard", database().toString(), "--workspace", workspace.toString());

        assertThat(r.code()).as(r.err()).isIn(0, 1);
        assertThat(r.out()).contains("imported with their text (--keep-clipboard)");
        assertThat(r.out()).containsPattern("Sensitive-data scan: [1-9]");
        SessionLog log = onlySession(workspace);
        int clipboard = -1;
        for (int i = 0; i < log.size(); i++) {
            if (log.kind(i) == EventKind.CLIPBOARD) {
                clipboard = i;
            }
        }
        assertThat(log.a(clipboard)).isEqualTo(COPIED.length());
        assertThat(log.string(log.b(clipboard))).isEqualTo(COPIED);
    }
}
