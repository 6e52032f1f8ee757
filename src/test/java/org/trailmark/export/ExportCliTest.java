package org.trailmark.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.cli.Cli;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.SubjectIds;
import org.trailmark.review.ReviewService;
import org.trailmark.store.Workspace;

class ExportCliTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--workspace";
        all[args.length + 1] = dir.resolve("w.db").toString();
        return Cli.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void exportThenVerifyExportPassesAndTamperingFails() throws IOException {
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            ExportFixtures.addApprovedSession(ws, "s1", "alice");
            ExportFixtures.addSession(ws, "s2", "bob");
        }
        Path target = dir.resolve("out");
        assertThat(run("export", "--out", target.toString(), "--seed", "7", "--split", "1,0,0")).isEqualTo(0);
        assertThat(out.toString()).contains("Included 1 session(s); excluded 1 (no_training_consent: 1)",
                "Wrote 1 train, 0 validation, 0 test");
        assertThat(run("verify-export", target.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("Verification passed");

        Files.writeString(target.resolve("data/train.jsonl"), "{\"actions\":[{\"type\":\"type\",\"text\":\""
                + ExportFixtures.FLAGGED_TYPING + "\"}]}\n");
        assertThat(run("verify-export", target.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("checksum differs", "a flagged value appears as text")
                .doesNotContain(ExportFixtures.FLAGGED_TYPING);
    }

    @Test
    void aSessionNoPersonIsAssignedToIsNeverExportedAndTheReasonIsCounted() throws IOException {
        String unassigned = SubjectIds.unassignedFor("s2");
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            ExportFixtures.addApprovedSession(ws, "s1", "alice");
            ExportFixtures.addSession(ws, "s2", unassigned);
            new ReviewService(ws, "rita").setReviewStatus("s2", ReviewStatus.APPROVED, null);
        }
        Path target = dir.resolve("out");

        assertThat(run("export", "--out", target.toString(), "--seed", "7", "--split", "1,0,0",
                "--include-unreviewed")).isEqualTo(0);

        assertThat(out.toString()).contains("Included 1 session(s); excluded 1 (no_person_assigned: 1)");
        assertThat(Files.readString(target.resolve("manifest.json"))).contains("\"no_person_assigned\" : 1")
                .doesNotContain(unassigned);
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            ws.subjects().assign("s2", "alice", false, "rita");
        }
        assertThat(run("export", "--out", dir.resolve("out2").toString(), "--seed", "7", "--split", "1,0,0"))
                .isEqualTo(0);
        assertThat(out.toString()).contains("Included 2 session(s); excluded 0");
    }

    @Test
    void writesTheChosenFormatsAndVerifiesThem() throws IOException {
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            ExportFixtures.addApprovedSession(ws, "s1", "alice");
        }
        Path target = dir.resolve("out");
        assertThat(run("export", "--out", target.toString(), "--seed", "7", "--split", "1,0,0",
                "--format", "events, keystrokes")).isEqualTo(0);
        assertThat(target.resolve("data/keystrokes/train.tsv")).isRegularFile();
        assertThat(target.resolve("data/events/train")).isDirectory();
        assertThat(target.resolve("data/train.jsonl")).doesNotExist();
        assertThat(run("verify-export", target.toString())).isEqualTo(0);
    }

    @Test
    void rejectsFormatsAndSplitsItCannotHonour() {
        assertThat(run("export", "--out", dir.resolve("o").toString(), "--format", "events,videos")).isEqualTo(2);
        assertThat(run("export", "--out", dir.resolve("o").toString(), "--split", "0.5,0.5,0.5")).isEqualTo(2);
        assertThat(run("export", "--out", dir.resolve("o").toString(), "--outcome", "maybe")).isEqualTo(2);
        assertThat(err.toString()).contains("--format must be one of trajectories, events, keystrokes", "sum to 1", "--outcome must be");
        assertThat(dir.resolve("o")).doesNotExist();
    }
}
