package org.trailmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.store.pg.PostgresTestServer;

/** A file workspace moved to a team server and back with `workspace copy`, and ordinary commands on the URL. */
class TeamWorkspaceCopyCliTest {
    @TempDir
    Path dir;

    @Test
    void aFileWorkspaceGoesToTheServerWorksThereAndComesBack() {
        PostgresTestServer.TestDatabase db = PostgresTestServer.newDatabase();
        String url = db.url(PostgresTestServer.OWNER);
        String file = dir.resolve("mine.trailmark").toString();
        assertThat(CliRun.of("import", "sample-sessions/ana-budget-20261127.jsonl.gz",
                "sample-sessions/ben-deploy-20261127.jsonl.gz", "--workspace", file).code()).isZero();
        assertThat(CliRun.of("workspace", "init", url).code()).isZero();

        CliRun copied = CliRun.of("workspace", "copy", file, url);
        CliRun listed = CliRun.of("sessions", "--workspace", url);
        CliRun back = CliRun.of("workspace", "copy", url, dir.resolve("back.trailmark").toString(), "--json");
        CliRun again = CliRun.of("workspace", "copy", file, dir.resolve("back.trailmark").toString());

        assertThat(copied.code()).as(copied.err()).isZero();
        assertThat(copied.out()).contains("every table checked on both sides").contains("postgresql://");
        assertThat(listed.code()).as(listed.err()).isZero();
        assertThat(listed.out()).isEqualTo(CliRun.of("sessions", "--workspace", file).out());
        assertThat(back.code()).as(back.err()).isZero();
        assertThat(back.out()).contains("\"event_chunks\"").contains("\"sha256\"");
        assertThat(CliRun.of("sessions", "--workspace", dir.resolve("back.trailmark").toString()).out())
                .isEqualTo(CliRun.of("sessions", "--workspace", file).out());
        assertThat(again.code()).isNotZero();
        assertThat(again.err()).contains("a workspace already exists");
    }
}
