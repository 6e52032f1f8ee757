package org.trailmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.review.ReviewFixtures;
import org.trailmark.store.AuditActions;

/** A misspelt audit action is a mistake to point out, not an empty log. */
class AuditActionFilterTest {
    @TempDir
    Path dir;

    @Test
    void anUnknownActionIsAnErrorListingTheKnownOnesSorted() {
        Path workspace = dir.resolve("ws.trailmark");
        ReviewFixtures.workspaceWith(workspace, "s-1").close();

        CliRun run = CliRun.of("audit", "--action", "imports", "--workspace", workspace.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).isEqualTo("trailmark: error: --action must be one of "
                + String.join(", ", AuditActions.ALL) + ", not 'imports'");
        assertThat(java.util.List.copyOf(AuditActions.ALL)).isSorted().contains("import", "view", "dataset_export", "erase", "consent");
    }

    @Test
    void aKnownActionStillFilters() {
        Path workspace = dir.resolve("ws.trailmark");
        ReviewFixtures.workspaceWith(workspace, "s-1").close();

        CliRun imports = CliRun.of("audit", "--action", "import", "--workspace", workspace.toString());
        CliRun views = CliRun.of("audit", "--action", "view", "--workspace", workspace.toString());

        assertThat(imports.code()).as(imports.err()).isZero();
        assertThat(imports.out()).contains("import", "s-1");
        assertThat(views.out().strip()).isEqualTo("No audit entries with action view.");
    }
}
