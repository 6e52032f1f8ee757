package org.trailmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.review.ReviewFixtures;

/** Export filters that would match nothing here are typos: an error listing what there is, no empty dataset. */
class ExportFilterValuesCliTest {
    @TempDir
    Path dir;

    private Path workspace;

    @BeforeEach
    void aWorkspaceWithASession() {
        workspace = dir.resolve("ws.trailmark");
        ReviewFixtures.workspaceWith(workspace, "s-1").close();
    }

    private CliRun export(String... filter) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("export", "--out",
                dir.resolve("out").toString(), "--include-unreviewed", "--workspace", workspace.toString()));
        args.addAll(java.util.List.of(filter));
        return CliRun.of(args);
    }

    @Test
    void anUnknownLabelSubjectOrAppIsAnErrorListingTheKnownValues() {
        CliRun label = export("--label", "Cdoe");
        CliRun subject = export("--subject", "subject-9");
        CliRun app = export("--app", "Browsr");

        assertThat(label.code()).isEqualTo(2);
        assertThat(label.err().strip()).startsWith("trailmark: error: --label 'Cdoe' is not a label here; labels: ")
                .contains("Code");
        assertThat(subject.err().strip()).isEqualTo("trailmark: error: --subject 'subject-9' has no sessions in"
                + " this workspace; subjects here: subject-1");
        assertThat(app.err().strip()).isEqualTo("trailmark: error: --app 'Browsr' was not used in any session here;"
                + " apps used: Browser");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void knownValuesExportAsBefore() {
        CliRun run = export("--label", "Code", "--subject", "subject-1", "--app", "Browser", "--outcome", "Success");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("verification passed");
    }
}
